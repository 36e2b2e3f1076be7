import { useLayoutEffect, useMemo } from 'react'
import type { Material, Mesh, Object3D } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { createBatchBoneMaterial, createBoneMaterial } from './boneMaterial'
import { buildBoundsTreesWhenIdle } from './geometryPrep'
import { cloneMergedSkeleton, jointsOf } from './mergeBones'
import { useBoneBatch } from './useBoneBatch'
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
    batch: createBatchBoneMaterial(glowUniforms),
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
 * one tinted batch (boneBatch.ts) and registers the joints and bones with the live scene for the
 * per-frame driver, picking and the API.
 */
export function SkeletonModel({ url, detail, materials }: Props) {
  const gltf = useModelFile(url)

  const { root, bones } = useMemo(() => {
    const { root: clone, meshes } = cloneMergedSkeleton(gltf)
    for (const o of meshes) {
      o.material = o.name.startsWith('disc_') ? materials.disc : materials.bone
      o.raycast = acceleratedRaycast
      o.castShadow = true
      o.receiveShadow = true
    }
    return { root: clone, bones: meshes }
  }, [gltf, materials])

  // The whole skeleton in one draw call: every bone and disc tinted in the batch.
  const batchOptions = useMemo(() => ({ tinted: { material: materials.batch, colourOf: boneColourOf } }), [materials])
  const batch = useBoneBatch(root, bones, batchOptions)

  useLayoutEffect(() => {
    const joints = jointsOf(root)
    liveScene.joints = joints
    liveScene.bones = new Map<string, Object3D>(bones.map((b) => [b.name, b]))
    liveScene.boneBatch = batch.current
    // Picking trees after this model is on screen, a bone at a time.
    const cancelTrees = buildBoundsTreesWhenIdle(bones)
    liveScene.materials = materials
    appStore.getState().actions.setModelDetail(detail)
    return () => {
      cancelTrees()
      if (liveScene.joints === joints) {
        liveScene.joints = new Map()
        liveScene.bones = new Map()
        liveScene.boneBatch = null
      }
    }
  }, [root, bones, batch, materials, detail])

  return <primitive object={root} />
}
