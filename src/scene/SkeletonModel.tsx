import { useEffect, useMemo } from 'react'
import { type Material, Mesh, type Object3D } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { createBoneMaterial } from './boneMaterial'
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
}

/** The bone and disc materials; one pair serves both models, so swapping models compiles nothing. */
export function createSkeletonMaterials(): SkeletonMaterials {
  return {
    bone: createBoneMaterial(glowUniforms, BONE_COLOUR),
    disc: createBoneMaterial(glowUniforms, DISC_COLOUR, 0.5),
  }
}

interface Props {
  url: string
  detail: 'lite' | 'full'
  /** Shared with the other model and disposed by the owner (SkeletonModels). */
  materials: SkeletonMaterials
}

/**
 * Loads the generated skeleton, clones it (the cached original is never changed apart from its
 * geometry helpers), gives every bone the glowing bone material and registers the joints and bones
 * with the live scene for the per-frame driver and the API.
 */
export function SkeletonModel({ url, detail, materials }: Props) {
  const gltf = useModelFile(url)

  const root = useMemo(() => {
    const clone = gltf.scene.clone(true)
    // The geometry is shared with the loader's cache: normals are added once, in place.
    clone.traverse((o: Object3D) => {
      if (o instanceof Mesh) addVertexNormals(o.geometry)
    })
    mergeBonesByJoint(clone, gltf)
    clone.traverse((o: Object3D) => {
      if (o instanceof Mesh) {
        o.material = o.name.startsWith('disc_') ? materials.disc : materials.bone
        o.raycast = acceleratedRaycast
        o.castShadow = true
        o.receiveShadow = true
      }
    })
    return clone
  }, [gltf, materials])

  useEffect(() => {
    const joints = new Map<string, Object3D>()
    const bones = new Map<string, Object3D>()
    root.traverse((o) => {
      if (o.name.startsWith('joint_')) joints.set(o.name.slice('joint_'.length), o)
      else if (o instanceof Mesh) bones.set(o.name, o)
    })
    liveScene.joints = joints
    liveScene.bones = bones
    // Picking trees after this model is on screen, a bone at a time.
    const cancelTrees = buildBoundsTreesWhenIdle([...bones.values()] as Mesh[])
    liveScene.materials = materials
    appStore.getState().actions.setModelDetail(detail)
    return () => {
      cancelTrees()
      if (liveScene.joints === joints) {
        liveScene.joints = new Map()
        liveScene.bones = new Map()
      }
    }
  }, [root, materials, detail])

  return <primitive object={root} />
}
