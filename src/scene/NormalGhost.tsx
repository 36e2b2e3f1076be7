import { useLoader } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { Mesh, MeshStandardMaterial, type Object3D } from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { QUALITY_LADDER } from '../quality/ladder'
import { problemSide, useAppStore } from '../state/store'
import { MODEL_URL, configureLoader } from './SkeletonModel'
import { liveScene } from './liveScene'

/** How far beside the limping skeleton the normal one walks, metres. */
const BESIDE = 0.62

/** Where the normal skeleton walks: on the side away from the problem, so the limping leg stays in view. */
export function ghostOffsetX(problem: 'left' | 'right'): number {
  return problem === 'left' ? -BESIDE : BESIDE
}

/**
 * "Show normal walking": a translucent second skeleton that walks normally at the same point of the
 * gait cycle, either beside the limping one (on the side away from the problem) or over it.
 * It takes no clicks and casts no shadow.
 */
export function NormalGhost() {
  const placement = useAppStore((s) => s.normalGhost)
  const side = useAppStore((s) => problemSide(s))
  const allBones = useAppStore((s) => QUALITY_LADDER[s.quality]!.settings.fullGhost)
  const gltf = useLoader(GLTFLoader, MODEL_URL, configureLoader)

  const { root, material } = useMemo(() => {
    const ghostMaterial = new MeshStandardMaterial({ color: '#8cc4ee', roughness: 0.7, transparent: true, opacity: 0.3, depthWrite: false })
    const clone = gltf.scene.clone(true)
    clone.traverse((o: Object3D) => {
      if (o instanceof Mesh) {
        o.material = ghostMaterial
        o.castShadow = false
        o.raycast = () => {}
        if (!o.geometry.getAttribute('normal')) o.geometry.computeVertexNormals()
      }
    })
    return { root: clone, material: ghostMaterial }
  }, [gltf])

  useEffect(() => {
    const joints = new Map<string, Object3D>()
    root.traverse((o) => {
      if (o.name.startsWith('joint_')) joints.set(o.name.slice('joint_'.length), o)
    })
    liveScene.ghostJoints = joints
    return () => {
      liveScene.ghostJoints = new Map()
      material.dispose()
    }
  }, [root, material])

  useEffect(() => {
    // A lighter ghost keeps the bones the chains are about (legs, pelvis, lumbar spine): about half the draws.
    root.traverse((o) => {
      if (o instanceof Mesh) o.visible = allBones || Boolean((o.userData as { region?: string | null }).region)
    })
  }, [root, allBones])

  const x = placement === 'beside' ? ghostOffsetX(side) : 0
  return <primitive object={root} position={[x, 0, 0]} />
}
