import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { Mesh, MeshStandardMaterial, type Material, type Object3D } from 'three'
import { QUALITY_LADDER } from '../quality/ladder'
import { useAppStore } from '../state/store'
import { createBoneMaterial } from './boneMaterial'
import { secondGlowUniforms } from './glowUniforms'
import { liveScene } from './liveScene'
import { BONE_COLOUR, DISC_COLOUR, boneColourOf } from './SkeletonModel'
import { addVertexNormals } from './geometryPrep'
import { createBoneBatch, type BoneBatch } from './boneBatch'
import { FRAME_ORDER } from './frameOrder'
import { mergeBonesByJoint } from './mergeBones'
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

  const { root, bones, materials } = useMemo(() => {
    // Beside: bone and disc materials for the meshes, and the white one the batch tints per bone.
    const made: Material[] =
      look === 'ghost'
        ? [new MeshStandardMaterial({ color: '#8cc4ee', roughness: 0.7, transparent: true, opacity: 0.3, depthWrite: false })]
        : [createBoneMaterial(secondGlowUniforms, BONE_COLOUR), createBoneMaterial(secondGlowUniforms, DISC_COLOUR, 0.5), createBoneMaterial(secondGlowUniforms, '#ffffff')]
    const clone = gltf.scene.clone(true)
    clone.traverse((o: Object3D) => {
      if (o instanceof Mesh) addVertexNormals(o.geometry)
    })
    // Merged per joint as the first skeleton is (the merged geometries are shared with it).
    mergeBonesByJoint(clone, gltf)
    const meshes: Mesh[] = []
    clone.traverse((o: Object3D) => {
      if (o instanceof Mesh) {
        o.material = look === 'beside' && o.name.startsWith('disc_') ? made[1]! : made[0]!
        o.castShadow = look === 'beside'
        o.raycast = () => {}
        meshes.push(o)
      }
    })
    return { root: clone, bones: meshes, materials: made }
  }, [gltf, look])

  // Drawn as one batch per material, like the first skeleton (boneBatch.ts), and for the same reason.
  const batch = useRef<BoneBatch | null>(null)
  useFrame(() => batch.current?.update(), FRAME_ORDER.bones)

  useLayoutEffect(() => {
    const made = createBoneBatch(root, bones, look === 'beside' ? { tinted: { material: materials[2]!, colourOf: boneColourOf } } : { castShadow: false })
    batch.current = made
    const joints = new Map<string, Object3D>()
    root.traverse((o) => {
      if (o.name.startsWith('joint_')) joints.set(o.name.slice('joint_'.length), o)
    })
    liveScene.secondJoints = joints
    return () => {
      batch.current = null
      made.dispose()
      if (liveScene.secondJoints === joints) liveScene.secondJoints = new Map()
    }
  }, [root, bones, look, materials])
  useEffect(() => () => materials.forEach((m) => m.dispose()), [materials])

  useLayoutEffect(() => {
    // A lighter second skeleton keeps the bones the chains are about (legs, pelvis, lumbar spine): about
    // half the vertices, one of the quality ladder's steps on a slow machine.
    for (const o of bones) {
      const shown = allBones || Boolean((o.userData as { region?: string | null }).region)
      o.visible = shown
      batch.current?.show(o, shown)
    }
  }, [bones, allBones])

  return <primitive object={root} position={[x, 0, 0]} />
}
