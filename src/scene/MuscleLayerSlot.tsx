import { Suspense } from 'react'
import { useAppStore } from '../state/store'
import { MuscleErrorBoundary } from './MuscleErrorBoundary'
import { MuscleLayer } from './MuscleLayer'

/**
 * Mounts the muscle layer once the full skeleton is on screen, so its download and set-up never
 * delay the first skeleton frame. It stays mounted when switched off (the toggle only hides it).
 */
export function MuscleLayerSlot() {
  const ready = useAppStore((s) => s.modelDetail === 'full')
  if (!ready) return null
  return (
    <MuscleErrorBoundary>
      <Suspense fallback={null}>
        <MuscleLayer />
      </Suspense>
    </MuscleErrorBoundary>
  )
}
