import { Suspense } from 'react'
import { useAppStore } from '../state/store'
import { NormalGhost } from './NormalGhost'

/** Mounts the normal-walking ghost only while it is asked for and a chain is chosen. */
export function NormalGhostSlot() {
  const on = useAppStore((s) => s.normalGhost !== 'off' && s.chain !== null)
  if (!on) return null
  return (
    <Suspense fallback={null}>
      <NormalGhost />
    </Suspense>
  )
}
