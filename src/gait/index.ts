/**
 * The gait engine: the walking skeleton's pose at any moment, for normal walking or a limp with its
 * compensations faded in, plus timing, chart curves and the derived low-back figure. Pure TypeScript:
 * no React, no three; everything here is safe to call every frame.
 *
 * Typical render loop (the chain playback lives in src/chains/playback.ts):
 * ```ts
 * const limp = createPose(), ghost = createPose(), frame = createChainFrame()
 * // each frame:
 * chainFrame(chain, chainTime, frame)
 * const condition = { origin: chain.origin, side: chain.side, severity }
 * const timing = gaitTiming(condition, frame.weights)          // cached
 * phase += dt / timing.strideTime                              // integrate: stride time changes with the limp
 * floorOffset -= timing.floorSpeed * dt                        // the floor moves toward −Z
 * pose(phase, condition, frame.weights, limp)                  // limping skeleton
 * pose(ghostPhase, null, undefined, ghost)                     // normal ghost (its own phase and timing)
 * for (const j of JOINTS) nodes[j.name].rotation.set(...jointEuler(j, limp.joints[j.name]), 'XZY')
 * pelvisNode.position = JOINT_POSITIONS.pelvis + limp.pelvisOffset
 * ```
 */

/** Types: the condition, the weights map and the Pose (see types.ts for every field). */
export type { GaitCondition, GaitWeights, Pose, Vec3Out } from './types'

/**
 * pose(phase, condition?, weights?, out?) → Pose: clinical angles per joint + pelvis offset.
 * createPose(): a Pose to reuse. NORMAL_WALKING: the "no condition" value.
 * keyPhaseFor(id, condition, weights?): the cycle phase at which a gait change shows best.
 * cyclePhaseFor(localPhase, condition, weights?): the cycle phase at which the affected leg is at its own localPhase.
 * stanceFractions(condition?, weights?): stance share of each leg after the antalgic warp.
 * lastFootPoints() / lastContactPoint(): the feet of the most recent pose() call.
 * warpPhase / unwarpPhase: the antalgic time warp and its inverse.
 * LUMBAR_LEVEL_WEIGHTS, ARM_SWING, MAX_TOE_EXTENSION, SWING_TOE_EXTENSION, WARP_STEP_BALANCE,
 * TABLE_TOE_OFF: the engine's constants, each documented where declared.
 */
export {
  ARM_SWING,
  LUMBAR_LEVEL_WEIGHTS,
  MAX_TOE_EXTENSION,
  NORMAL_WALKING,
  SWING_TOE_EXTENSION,
  TABLE_TOE_OFF,
  WARP_STEP_BALANCE,
  createPose,
  cyclePhaseFor,
  keyPhaseFor,
  lastContactPoint,
  lastFootPoints,
  pose,
  stanceFractions,
  unwarpPhase,
  warpPhase,
} from './pose'

/**
 * gaitTiming(condition?, weights?) → { strideTime, cadence, slowdown, strideLength, floorSpeed,
 * stanceFraction, pelvisSurge }. NORMAL_STRIDE_TIME (1.1 s), SLOWDOWN_AT_FULL_SEVERITY per origin,
 * strideTimeFor(condition?, weights?).
 */
export { NORMAL_STRIDE_TIME, SLOWDOWN_AT_FULL_SEVERITY, gaitTiming, strideTimeFor, type GaitTiming } from './timing'

/** GAIT_CHANGES: label, magnitudes at severity 1, sources, illustrative flag and key phase of every change. */
export { GAIT_CHANGES, GAIT_CHANGE_IDS, type GaitChangeInfo } from './modifiers'

/** gaitCurves({ side, condition?, weights?, samples? }) and normalGaitCurves(side): chart data. */
export { gaitCurves, lumbarSideBend, normalGaitCurves, type GaitCurveOptions, type GaitCurves } from './curves'

/** extraLumbarSideBend(condition, weights?): the extra lumbar side-bend per step and per day (illustrative). */
export { STEPS_PER_DAY, extraLumbarSideBend, type LumbarSideBendFigure } from './derived'

/** The measured tables (with sources) and their periodic interpolator. */
export { NORMAL_CURVES, OPENSIM_NORMAL_GAIT, OPENSIM_SUBJECT01, PeriodicCurve, TABLE_SAMPLES, wrapPhase } from './normalGait'

/** Forward kinematics in plain math (same hierarchy, order and signs as jointEuler). */
export {
  FOOT_POINTS,
  JOINT_COUNT,
  JOINT_INDEX,
  createJointTransforms,
  footPointPositions,
  jointIndex,
  pointOnJoint,
  solveJointTransforms,
  type FootPointName,
  type JointTransforms,
} from './kinematics'
