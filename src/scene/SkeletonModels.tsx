import { Suspense, useEffect, useMemo } from 'react'
import { useAppStore } from '../state/store'
import { LITE_MODEL_URL, MODEL_URL, SkeletonModel, createSkeletonMaterials } from './SkeletonModel'

/**
 * The lite skeleton first; the full one is asked for only after the first frame is on screen, so
 * the first frame waits for one small file, and only when the quality ladder allows it. The lite
 * model stays until the full one is mounted, so the skeleton never disappears while a file loads.
 * @param full whether the full-detail model may be shown (default: the lite one only)
 */
export function SkeletonModels({ full = false }: { full?: boolean }) {
  const materials = useMemo(() => createSkeletonMaterials(), [])
  useEffect(
    () => () => {
      materials.bone.dispose()
      materials.disc.dispose()
      materials.batch.dispose()
    },
    [materials],
  )
  // Never 'loading' again once a frame was drawn (a lost context is 'context-lost', then 'ready').
  const drawn = useAppStore((s) => s.sceneStatus !== 'loading')
  const fullOnScreen = useAppStore((s) => s.modelDetail === 'full')
  const wantFull = full && drawn
  return (
    <>
      {(!wantFull || !fullOnScreen) && <SkeletonModel url={LITE_MODEL_URL} detail="lite" materials={materials} />}
      {wantFull && (
        <Suspense fallback={null}>
          <SkeletonModel url={MODEL_URL} detail="full" materials={materials} />
        </Suspense>
      )}
    </>
  )
}
