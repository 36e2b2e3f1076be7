/**
 * Types shared by the gait engine's modules. Pure: no React, no three.
 */
import type { ClinicalAngles } from '../anatomy/joints'
import type { Side } from '../anatomy/regions'
import type { GaitChangeDef } from './modifierKit'

export type { EvidenceGrade, GaitChangeDef, GaitChangeInfo } from './modifierKit'

/**
 * What is wrong, where and how badly: the engine's whole input about a condition (it never reads chain
 * or panel data; src/conditions gaitConditionOf() builds this from a condition).
 * - `changes`: the condition's gait changes, the origin's first (at most MAX_CHANGES); none = normal walking.
 * - `slowdown`: stride time × this at severity 1 and full weight of the first change (1 = no slowdown).
 * - `side`: the affected side (for the lumbar spine and the pelvis: the side of the pinched root or of
 *   the painful pelvic joint).
 * - `severity`: 0 (no effect, normal walking) … 1 (the full magnitudes of the changes).
 */
export interface GaitCondition {
  changes: readonly GaitChangeDef[]
  slowdown: number
  side: Side
  severity: number
}

/**
 * How far each gait change is faded in, 0…1, by change id. A change missing from the map counts as 0.
 * When `pose()` gets no map at all, every change of the condition is at 1.
 */
export type GaitWeights = Readonly<Record<string, number>>

/** A mutable [x, y, z] in metres, model frame (+X = the skeleton's left, +Y up, +Z forward). */
export type Vec3Out = [number, number, number]

/**
 * One frame of the walking skeleton.
 *
 * Apply it as: for every joint node `joint_<name>`, `node.rotation.set(...jointEuler(JOINT_BY_NAME.get(name)!,
 * pose.joints[name]!), 'XZY')`; and `joint_pelvis.position = JOINT_POSITIONS.pelvis + pose.pelvisOffset`.
 */
export interface Pose {
  /** Clinical angles in degrees for every joint name of src/anatomy/joints.ts (JOINTS), signs as there. */
  joints: Record<string, ClinicalAngles>
  /**
   * Pelvis translation from its rest position, metres: x = lateral sway (+ = toward the skeleton's left),
   * y = vertical (solved so the stance feet meet the floor y = 0), z = 0 (the floor moves instead).
   */
  pelvisOffset: Vec3Out
  /** The foot carrying most of the body (the one the floor follows). */
  stanceSide: Side
  /**
   * World positions (metres, pelvis offset included) of the six FOOT_POINTS of kinematics.ts: left heel,
   * mtp, toe, right heel, mtp, toe, as 18 numbers [x, y, z, x, y, z, ...].
   */
  feet: Float64Array
  /** Index into FOOT_POINTS of the lowest point of the stanceSide foot: the point the floor follows. */
  contactPoint: number
  /**
   * Which feet are in stance by the engine's timing (from initial contact to toe-off, warp included:
   * exactly stanceFractions()). A foot on the floor has its lowest point at y = 0; a swinging one is clear.
   */
  onFloor: { left: boolean; right: boolean }
  /** Share of the body carried by each foot (0…1, sum 1): passes from one foot to the other in double support. */
  load: { left: number; right: number }
  /**
   * Phase in the normal-walking tables after the limp's stance-shortening time warp (equal to the input
   * phase when no warp is active). Mostly useful for debugging and charts.
   */
  tablePhase: number
}
