import { useFrame, useThree, type ThreeEvent } from '@react-three/fiber'
import { useEffect, useMemo } from 'react'
import { livePlayback } from '../state/livePlayback'
import { appStore } from '../state/store'
import { useModelFile } from './modelFiles'
import { glowUniforms } from './glowUniforms'
import { FRAME_ORDER } from './frameOrder'
import { liveScene } from './liveScene'
import { drainWhenIdle } from './idleWork'
import { bindLayerMuscle, createMuscleLayerRuntime, disposeMuscleLayer, frameMuscleLayer } from './muscleLayerRuntime'

export const MUSCLES_URL = `${import.meta.env.BASE_URL}models/muscles.glb`

/** Idle time the vertex ties may take per slice, ms, so a frame is never held up. */
const IDLE_SLICE_MS = 8

function onPointerMove(e: ThreeEvent<PointerEvent>) {
  // No stopPropagation: the skeleton's handler above still picks the region at the hit point.
  appStore.getState().actions.setHoverMuscle(e.object.name)
}

function onPointerOut() {
  appStore.getState().actions.setHoverMuscle(null)
}

/**
 * The muscles, loaded after the skeleton: each follows the current pose of the limping skeleton along
 * its path (vertex shader), lights with the chain link that names it, brightens when it works in the
 * stride (optional) and names itself under the pointer. A click falls through to the region picking
 * of SkeletonInteraction, so a click on a muscle chooses the region under it, as a bone would.
 */
export function MuscleLayer() {
  const gltf = useModelFile(MUSCLES_URL)
  const runtime = useMemo(() => createMuscleLayerRuntime(gltf.scene, glowUniforms.uTime), [gltf])
  // The canvas draws on demand when nothing walks: each newly tied muscle asks for a frame to be seen.
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    // Tie the vertices (tens of milliseconds in all) in idle slices rather than in one long task. Truly idle
    // time only: a busy page (software WebGL) ties a muscle in the frame that first shows it instead.
    const stop = drainWhenIdle([...runtime.muscles], (m) => bindLayerMuscle(runtime, m), { sliceMs: IDLE_SLICE_MS, afterSlice: invalidate })
    liveScene.muscles = runtime
    invalidate()
    return () => {
      stop()
      if (liveScene.muscles === runtime) liveScene.muscles = null
      disposeMuscleLayer(runtime)
    }
  }, [runtime, invalidate])

  useFrame((state) => {
    const s = appStore.getState()
    frameMuscleLayer(runtime, {
      layer: s.muscleLayer,
      activity: s.muscleActivity,
      hoverMuscle: s.hoverMuscle,
      highlight: s.highlightMuscles,
      chain: s.chain,
      chainFrame: livePlayback.frame,
      pose: livePlayback.pose,
      phase: livePlayback.phase,
      severity: s.severity,
      renderer: state.gl,
    })
  }, FRAME_ORDER.muscles)

  return (
    <group onPointerMove={onPointerMove} onPointerOut={onPointerOut}>
      <primitive object={runtime.root} />
    </group>
  )
}
