import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { Euler, type Object3D } from 'three'
import { JOINTS, JOINT_EULER_ORDER, jointEuler } from '../anatomy/joints'
import { JOINT_POSITIONS } from '../anatomy/skeletonLayout'
import { chainTimeStep } from '../chains/clock'
import { chainFrame, createChainFrame, linkStartTime } from '../chains/playback'
import { chainGait } from '../chains/resolve'
import { createPose, floorStep, gaitTiming, keyPhaseFor, pose, type GaitCondition, type Pose } from '../gait'
import { livePlayback } from '../state/livePlayback'
import { compareChainOf, secondChainTime } from '../state/compare'
import { appStore } from '../state/store'
import { cameraRig } from './cameraCommands'
import { liveScene } from './liveScene'
import { FRAME_ORDER } from './frameOrder'

const limp = createPose()
const second = createPose()
/** The second skeleton's last pose, for its own floor step. */
const secondPrevious = createPose()
const secondCondition: GaitCondition = { changes: [], slowdown: 1, side: 'left', severity: 0 }
const secondFrame = createChainFrame()
/** What the second skeleton was last posed as: a new skeleton or condition starts without a floor step. */
const secondSeen: { joints: Map<string, Object3D> | null; compare: unknown } = { joints: null, compare: null }
const euler = new Euler(0, 0, 0, JOINT_EULER_ORDER)
const restPose = createPose()
/** Last frame's limp pose: the floor moves by what its loaded foot point moved since (floorStep). */
const previous = createPose()
const condition: GaitCondition = { changes: [], slowdown: 1, side: 'left', severity: 0 }

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
  const requests = useRef({ step: -1, phase: -1, wasPlaying: false })

  useFrame((_, rawDt) => {
    const seen = requests.current
    const state = appStore.getState()
    const chain = state.chain
    if (chain !== livePlayback.chain) {
      livePlayback.chain = chain
      seen.step = -1
    }
    if (!chain) {
      seen.wasPlaying = false
      // The overview: the skeleton stands at rest.
      liveScene.chainGlow = null
      liveScene.secondGlow = null
      livePlayback.pose = restPose
      applyPose(liveScene.joints, restPose)
      applyPose(liveScene.secondJoints, restPose)
      return
    }
    // A jump (a step or phase request) moves the feet without walking: the floor does not follow it.
    let jumped = false
    if (state.stepRequest !== seen.step) {
      livePlayback.chainTime = linkStartTime(chain, state.step)
      seen.step = state.stepRequest
      jumped = true
    }
    if (state.phaseRequest && state.phaseRequest.id !== seen.phase) {
      livePlayback.phase = state.phaseRequest.phase
      livePlayback.phaseRequestTaken = state.phaseRequest.id
      seen.phase = state.phaseRequest.id
      jumped = true
    }
    const reduced = cameraRig.reducedMotion
    // Wall-clock time, so a lesson keeps its pace on a machine that draws only a few frames a second.
    const dt = chainTimeStep({ rawDt, playing: state.playing, speed: state.speed, wasPlaying: seen.wasPlaying })
    seen.wasPlaying = state.playing
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
    }
    pose(livePlayback.phase, condition, frame.weights, limp)
    // The floor follows the foot carrying the body, so no loaded foot slides and the body does not surge.
    if (dt > 0 && !reduced && !jumped) livePlayback.floorOffset += floorStep(previous, limp)
    previous.feet.set(limp.feet)
    livePlayback.pose = limp
    applyPose(liveScene.joints, limp)
    liveScene.chainGlow = frame.glow

    // The second skeleton (compare view or ghost) is at the same point of its stride and, with a chain
    // of its own, at the same fraction of that chain, so the two compare event for event.
    liveScene.secondGlow = null
    if (liveScene.secondJoints.size === 0) return
    const secondChain = compareChainOf(chain, state.compare)
    if (secondChain) {
      chainFrame(secondChain, secondChainTime(chain, secondChain, livePlayback.chainTime), secondFrame)
      pose(livePlayback.phase, chainGait(secondChain, state.severity, secondCondition), secondFrame.weights, second)
      liveScene.secondGlow = secondFrame.glow
    } else pose(livePlayback.phase, null, undefined, second)
    // Its own walkway follows its own loaded foot: its stride differs, so a shared floor would slide under it.
    const fresh = secondSeen.joints !== liveScene.secondJoints || secondSeen.compare !== state.compare
    secondSeen.joints = liveScene.secondJoints
    secondSeen.compare = state.compare
    if (dt > 0 && !reduced && !jumped && !fresh) livePlayback.secondFloorOffset += floorStep(secondPrevious, second)
    secondPrevious.feet.set(second.feet)
    applyPose(liveScene.secondJoints, second)
  }, FRAME_ORDER.pose)

  return null
}
