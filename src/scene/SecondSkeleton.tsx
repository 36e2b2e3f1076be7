import { useEffect, useLayoutEffect, useMemo } from 'react'
import { MeshStandardMaterial } from 'three'
import { QUALITY_LADDER } from '../quality/ladder'
import { useAppStore } from '../state/store'
import { createBatchBoneMaterial } from './boneMaterial'
import { secondGlowUniforms } from './glowUniforms'
import { liveScene } from './liveScene'
import { boneColourOf } from './SkeletonModel'
import { cloneMergedSkeleton, jointsOf } from './mergeBones'
import { useBoneBatch } from './useBoneBatch'
import { useModelFile } from './modelFiles'

export interface SecondSkeletonProps {
  /** The model file (the full skeleton, or the lite one when the frame rate is low). */
  url: string
  /** 'beside': solid bone with its own chain glow (compare); 'ghost': translucent normal walking over the first. */
  look: 'beside' | 'ghost'
  /** Metres to the side of the first skeleton (0 for the ghost). */
  x: number
}

/**
 * The second skeleton, one mechanism for both uses: the compare view (another condition, or normal
 * walking, beside the first, glowing with its own chain) and the normal-walking ghost over the first.
 * ChainPlayer poses it at the same point of the stride as the first. It takes no clicks and, as a
 * ghost, casts no shadow.
 */
export function SecondSkeleton({ url, look, x }: SecondSkeletonProps) {
  const gltf = useModelFile(url)
  const allBones = useAppStore((st) => QUALITY_LADDER[st.quality]!.settings.fullGhost)

  const { root, bones, material } = useMemo(() => {
    // Beside: the white bone material the batch tints per bone. The meshes themselves are never drawn (the
    // batch is, and nothing draws this skeleton's bones apart), so they take the same material.
    const made =
      look === 'ghost'
        ? new MeshStandardMaterial({ color: '#8cc4ee', roughness: 0.7, transparent: true, opacity: 0.3, depthWrite: false })
        : createBatchBoneMaterial(secondGlowUniforms)
    const { root: clone, meshes } = cloneMergedSkeleton(gltf)
    for (const o of meshes) {
      o.material = made
      o.raycast = () => {}
    }
    return { root: clone, bones: meshes, material: made }
  }, [gltf, look])
  useEffect(() => () => material.dispose(), [material])

  // One draw call, like the first skeleton (boneBatch.ts), and for the same reason.
  const batchOptions = useMemo(
    () => (look === 'beside' ? { tinted: { material, colourOf: boneColourOf } } : { castShadow: false }),
    [look, material],
  )
  const batch = useBoneBatch(root, bones, batchOptions)

  useLayoutEffect(() => {
    const joints = jointsOf(root)
    liveScene.secondJoints = joints
    return () => {
      if (liveScene.secondJoints === joints) liveScene.secondJoints = new Map()
    }
  }, [root])

  useLayoutEffect(() => {
    // A lighter second skeleton keeps the bones the chains are about (legs, pelvis, lumbar spine): about
    // half the vertices, one of the quality ladder's steps on a slow machine.
    for (const o of bones) {
      const shown = allBones || Boolean((o.userData as { region?: string | null }).region)
      o.visible = shown
      batch.current?.show(o, shown)
    }
  }, [bones, batch, allBones])

  return <primitive object={root} position={[x, 0, 0]} />
}
