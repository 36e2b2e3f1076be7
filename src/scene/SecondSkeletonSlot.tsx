import { Suspense } from 'react'
import { useAppStore } from '../state/store'
import { LITE_MODEL_URL, MODEL_URL } from './SkeletonModel'
import { SecondSkeleton } from './SecondSkeleton'
import { secondLookOf, secondX } from './secondSkeleton'

/**
 * Mounts the second skeleton while the compare view or the normal-walking ghost is asked for.
 * @param quality the canvas's quality; 'low' (a low frame rate) loads the lite model, bones merged per joint (default 'high')
 */
export function SecondSkeletonSlot({ quality = 'high' }: { quality?: 'high' | 'low' }) {
  const look = useAppStore(secondLookOf)
  const x = useAppStore(secondX)
  if (look === 'none') return null
  return (
    <Suspense fallback={null}>
      <SecondSkeleton url={quality === 'low' ? LITE_MODEL_URL : MODEL_URL} look={look} x={x} />
    </Suspense>
  )
}
