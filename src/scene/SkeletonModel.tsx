import { useLayoutEffect, useMemo, useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import { type Material, Mesh, type Object3D } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { createBoneBatch, type BoneBatch } from './boneBatch'
import { createBoneMaterial } from './boneMaterial'
import { FRAME_ORDER } from './frameOrder'
import { addVertexNormals, buildBoundsTreesWhenIdle } from './geometryPrep'
import { mergeBonesByJoint } from './mergeBones'
import { glowUniforms } from './glowUniforms'
import { liveScene } from './liveScene'
import { useModelFile } from './modelFiles'
import { appStore } from '../state/store'

export const MODEL_URL = `${import.meta.env.BASE_URL}models/skeleton.glb`
export const LITE_MODEL_URL = `${import.meta.env.BASE_URL}models/skeleton-lite.glb`

/** Bone colours tuned for a projector: warm ivory bone, cool grey-blue discs. */
export const BONE_COLOUR = '#e9dfca'
export const DISC_COLOUR = '#9db4c9'

export interface SkeletonMaterials {
  bone: Material
  disc: Material
  /** White bone material the batch draws every bone and disc with, each tinted by its own colour (boneBatch.ts). */
  batch: Material
}

/** The bone and disc materials; one set serves both models, so swapping models compiles nothing. */
export function createSkeletonMaterials(): SkeletonMaterials {
  return {
    bone: createBoneMaterial(glowUniforms, BONE_COLOUR),
    disc: createBoneMaterial(glowUniforms, DISC_COLOUR, 0.5),
    batch: createBoneMaterial(glowUniforms, '#ffffff'),
  }
}

/** The colour a bone mesh of the skeleton is tinted in the batch. */
export const boneColourOf = (mesh: Mesh) => (mesh.name.startsWith('disc_') ? DISC_COLOUR : BONE_COLOUR)

interface Props {
  url: string
  detail: 'lite' | 'full'
  /** Shared with the other model and disposed by the owner (SkeletonModels). */
  materials: SkeletonMaterials
}

/**
 * Loads the generated skeleton, clones it (the cached original is never changed apart from its
 * geometry helpers), merges its bones per joint, gives them the glowing bone material, draws them as
 * one batch per material (boneBatch.ts) and registers the joints and bones with the live scene for the
 * per-frame driver, picking and the API.
 */
export function SkeletonModel({ url, detail, materials }: Props) {
  const gltf = useModelFile(url)

  const { root, bones } = useMemo(() => {
    const clone = gltf.scene.clone(true)
    // The geometry is shared with the loader's cache: normals are added once, in place.
    clone.traverse((o: Object3D) => {
      if (o instanceof Mesh) addVertexNormals(o.geometry)
    })
    mergeBonesByJoint(clone, gltf)
    const meshes: Mesh[] = []
    clone.traverse((o: Object3D) => {
      if (o instanceof Mesh) {
        o.material = o.name.startsWith('disc_') ? materials.disc : materials.bone
        o.raycast = acceleratedRaycast
        o.castShadow = true
        o.receiveShadow = true
        meshes.push(o)
      }
    })
    return { root: clone, bones: meshes }
  }, [gltf, materials])

  // One draw call per material for the whole skeleton (boneBatch.ts). Made in the effect that frees it, so a
  // remount (React's strict mode, a lost context) never draws a freed batch; a layout effect, so it exists
  // before the first frame (else that frame would compile a program for the bones drawn one by one).
  const batch = useRef<BoneBatch | null>(null)
  useFrame(() => batch.current?.update(), FRAME_ORDER.bones)

  useLayoutEffect(() => {
    const made = createBoneBatch(root, bones, { tinted: { material: materials.batch, colourOf: boneColourOf } })
    batch.current = made
    const joints = new Map<string, Object3D>()
    root.traverse((o) => {
      if (o.name.startsWith('joint_')) joints.set(o.name.slice('joint_'.length), o)
    })
    const byName = new Map<string, Object3D>(bones.map((b) => [b.name, b]))
    liveScene.joints = joints
    liveScene.bones = byName
    liveScene.boneBatch = made
    // Picking trees after this model is on screen, a bone at a time.
    const cancelTrees = buildBoundsTreesWhenIdle(bones)
    liveScene.materials = materials
    appStore.getState().actions.setModelDetail(detail)
    return () => {
      cancelTrees()
      batch.current = null
      made.dispose()
      if (liveScene.joints === joints) {
        liveScene.joints = new Map()
        liveScene.bones = new Map()
        liveScene.boneBatch = null
      }
    }
  }, [root, bones, materials, detail])

  return <primitive object={root} />
}
