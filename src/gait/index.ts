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
 * const condition = { changes, slowdown, side, severity }      // gaitConditionOf() in src/conditions
 * const timing = gaitTiming(condition, frame.weights)          // cached
 * phase += dt / timing.strideTime                              // integrate: stride time changes with the limp
 * pose(phase, condition, frame.weights, limp)                  // limping skeleton (swap with `before` each frame)
 * floorOffset += floorStep(before, limp)                       // the floor follows the loaded foot (toward −Z)
 * pose(ghostPhase, null, undefined, ghost)                     // normal ghost (its own phase and timing)
 * for (const j of JOINTS) nodes[j.name].rotation.set(...jointEuler(j, limp.joints[j.name]), 'XZY')
 * pelvisNode.position = JOINT_POSITIONS.pelvis + limp.pelvisOffset
 * ```
 */

/** Types: the condition, the weights map and the Pose (see types.ts for every field). */
export type { GaitCondition, GaitWeights, Pose, Vec3Out } from './types'

/** What a gait change is, and the helpers condition modules build theirs from. */
export type { EvidenceGrade, GaitChangeDef, GaitChangeInfo, LegOffsets, ModifierContext } from './modifierKit'

/**
 * pose(phase, condition?, weights?, out?) → Pose: clinical angles per joint + pelvis offset.
 * createPose(): a Pose to reuse. NORMAL_WALKING: the "no condition" value.
 * keyPhaseFor(id, condition, weights?): the cycle phase at which a gait change shows best.
 * cyclePhaseFor(localPhase, condition, weights?): the cycle phase at which the affected leg is at its own localPhase.
 * stanceFractions(condition?, weights?): stance share of each leg after the antalgic warp.
 * LUMBAR_LEVEL_WEIGHTS, ARM_SWING, WARP_STEP_BALANCE: the engine's constants, documented where declared.
 * The feet are in the Pose (`feet`, `onFloor`, `load`, `contactPoint`); contact.ts solves them.
 */
export {
  ARM_SWING,
  LUMBAR_LEVEL_WEIGHTS,
  NORMAL_WALKING,
  WARP_STEP_BALANCE,
  clearStrideCache,
  createPose,
  cyclePhaseFor,
  exportStrideGeometries,
  importStrideGeometries,
  keyPhaseFor,
  pose,
  sourcedPose,
  stanceFractions,
  strideGeometry,
  strideMeasurementCount,
} from './pose'

/** warpPhase / unwarpPhase: the antalgic time warp and its inverse; TABLE_TOE_OFF: end of stance. */
export { TABLE_TOE_OFF, unwarpPhase, warpPhase } from './warp'

/** MAX_TOE_EXTENSION, SWING_TOE_EXTENSION: how far the toes lie flat (feet.ts). */
export { MAX_TOE_EXTENSION, SWING_TOE_EXTENSION } from './feet'

/** Ground contact constants (contact.ts), the load share and swing corridor; floorStep: the floor follows the loaded foot. */
export { DOUBLE_SUPPORT, LANDING_RATE, LIFT_RATE, SWING_CLEARANCE, loadShare, swingCorridor } from './contact'
export { floorStep, type StrideGeometry } from './stride'

/** footfallReport(condition?, weights?): stance bars, stance shares, step times and lengths from the animated feet. */
export { FOOT_DOWN_HEIGHT, footfallReport, type FootfallReport, type FootfallSide } from './footfall'

/** MAX_CHANGES: the most gait changes one condition may have. */
export { MAX_CHANGES } from './amounts'

/**
 * gaitTiming(condition?, weights?) → { strideTime, cadence, slowdown, strideLength, floorSpeed,
 * stanceFraction }. NORMAL_STRIDE_TIME (1.1 s), strideTimeFor(condition?, weights?).
 */
export { NORMAL_STRIDE_TIME, gaitTiming, strideTimeFor, type GaitTiming } from './timing'

/** gaitCurves({ side, condition?, weights?, samples? }) and normalGaitCurves(side): chart data. */
export { gaitCurves, lumbarSideBend, normalGaitCurves, type GaitCurveOptions, type GaitCurves } from './curves'

/** extraLumbarSideBend(condition, weights?): how differently from normal the low back bends on each step (illustrative). */
export { extraLumbarSideBend, type LumbarSideBendFigure } from './derived'

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
