import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { Euler, type Object3D } from 'three'
import { JOINTS, JOINT_EULER_ORDER, jointEuler } from '../anatomy/joints'
import { JOINT_POSITIONS } from '../anatomy/skeletonLayout'
import { chainFrame, linkStartTime } from '../chains/playback'
import { chainGait } from '../chains/resolve'
import { createPose, gaitTiming, keyPhaseFor, pose, type GaitCondition, type Pose } from '../gait'
import { livePlayback } from '../state/livePlayback'
import { appStore } from '../state/store'
import { cameraRig } from './cameraCommands'
import { liveScene } from './liveScene'
import { FRAME_ORDER } from './frameOrder'

const limp = createPose()
const ghost = createPose()
const euler = new Euler(0, 0, 0, JOINT_EULER_ORDER)
const restPose = createPose()
const condition: GaitCondition = { changes: [], slowdown: 1, side: 'left', severity: 0 }
/** Longest frame step the animation takes: after a stall (a hidden tab) it resumes instead of jumping. */
const MAX_DT = 0.1

/** Sets a skeleton's joint nodes from a pose. */
export function applyPose(joints: ReadonlyMap<string, Object3D>, p: Pose) {
  for (const j of JOINTS) {
    const node = joints.get(j.name)
    if (!node) continue
    const [x, y, z] = jointEuler(j, p.joints[j.name]!)
    node.rotation.copy(euler.set(x, y, z, JOINT_EULER_ORDER))
  }
  const pelvis = joints.get('pelvis')
  const rest = JOINT_POSITIONS.pelvis!
  if (!pelvis) return
  pelvis.position.set(rest[0] + p.pelvisOffset[0], rest[1] + p.pelvisOffset[1], rest[2] + p.pelvisOffset[2])
  // Bring world matrices up to date now, so region capsules and picking this frame match the pose.
  pelvis.updateMatrixWorld(true)
}

/**
 * Drives the walking skeleton from the store's chain and playback settings: advances chain time and
 * the gait phase, computes the pose with the chain's gait changes faded in, and hands the glow to the
 * scene driver. Reports the link it reaches back to the store (a few times per chain, not per frame).
 */
export function ChainPlayer() {
  const requests = useRef({ step: -1, phase: -1 })

  useFrame((_, rawDt) => {
    const seen = requests.current
    const state = appStore.getState()
    const chain = state.chain
    if (chain !== livePlayback.chain) {
      livePlayback.chain = chain
      seen.step = -1
    }
    if (!chain) {
      // The overview: the skeleton stands at rest.
      liveScene.chainGlow = null
      applyPose(liveScene.joints, restPose)
      applyPose(liveScene.ghostJoints, restPose)
      return
    }
    if (state.stepRequest !== seen.step) {
      livePlayback.chainTime = linkStartTime(chain, state.step)
      seen.step = state.stepRequest
    }
    if (state.phaseRequest && state.phaseRequest.id !== seen.phase) {
      livePlayback.phase = state.phaseRequest.phase
      seen.phase = state.phaseRequest.id
    }
    const reduced = cameraRig.reducedMotion
    const dt = state.playing ? Math.min(rawDt, MAX_DT) * state.speed : 0
    livePlayback.chainTime += dt
    // In a lesson the teacher moves on: the link keeps walking but the chain waits for the clicker.
    if (state.lesson && state.step < chain.links.length - 1) {
      livePlayback.chainTime = Math.min(livePlayback.chainTime, linkStartTime(chain, state.step + 1) - 1e-3)
    }
    const frame = chainFrame(chain, livePlayback.chainTime, livePlayback.frame)
    if (frame.linkIndex !== state.step) state.actions.reportStep(frame.linkIndex)

    chainGait(chain, state.severity, condition)
    if (reduced) {
      // Still frames: each link is shown at the moment of the gait where its change is clearest.
      livePlayback.phase = keyPhaseFor(chain.links[frame.linkIndex]!.change, condition, frame.weights)
    } else if (dt > 0) {
      const timing = gaitTiming(condition, frame.weights)
      livePlayback.phase = (livePlayback.phase + dt / timing.strideTime) % 1
      livePlayback.floorOffset += timing.floorSpeed * dt
    }
    pose(livePlayback.phase, condition, frame.weights, limp)
    applyPose(liveScene.joints, limp)
    // The normal-walking ghost walks at the same point of the cycle, so the two compare step for step.
    if (liveScene.ghostJoints.size > 0) {
      pose(livePlayback.phase, null, undefined, ghost)
      applyPose(liveScene.ghostJoints, ghost)
    }

    liveScene.chainGlow = frame.glow
  }, FRAME_ORDER.pose)

  return null
}
