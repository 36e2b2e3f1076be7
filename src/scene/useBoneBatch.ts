import { useLayoutEffect, useRef, type RefObject } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Mesh, Object3D } from 'three'
import { createBoneBatch, type BoneBatch, type BoneBatchOptions } from './boneBatch'
import { FRAME_ORDER } from './frameOrder'

/**
 * Draws a skeleton's bone meshes as a batch (boneBatch.ts) while mounted: made in a layout effect, so it
 * exists before the first frame (else that frame would compile a program for the bones drawn one by one)
 * and a remount (React's strict mode, a lost context) never draws a freed batch; placed from the joints
 * every frame after the pose; freed on unmount. Layout effects declared after this one see the batch.
 * `options` must keep its identity while the batch should stay (useMemo).
 */
export function useBoneBatch(root: Object3D, bones: readonly Mesh[], options: BoneBatchOptions): RefObject<BoneBatch | null> {
  const batch = useRef<BoneBatch | null>(null)
  useFrame((state) => batch.current?.update(state.gl), FRAME_ORDER.bones)
  useLayoutEffect(() => {
    const made = createBoneBatch(root, bones, options)
    batch.current = made
    return () => {
      batch.current = null
      made.dispose()
    }
  }, [root, bones, options])
  return batch
}
