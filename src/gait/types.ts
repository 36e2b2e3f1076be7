/**
 * Types shared by the gait engine's modules. Pure: no React, no three.
 */
import type { ClinicalAngles } from '../anatomy/joints'
import type { RegionKind, Side } from '../anatomy/regions'
import type { GaitChangeId } from '../chains/types'

/**
 * What is wrong, where and how badly.
 * - `origin`: the region family where the problem starts; `null` = normal walking.
 * - `side`: the affected side (for the lumbar spine and the pelvis: the side of the pinched root or of
 *   the painful pelvic joint).
 * - `severity`: 0 (no effect, normal walking) … 1 (the full magnitudes listed in GAIT_CHANGES).
 */
export interface GaitCondition {
  origin: RegionKind | null
  side: Side
  severity: number
}

/**
 * How far each gait change is faded in, 0…1. A change missing from the map counts as 0. When `pose()`
 * gets no map at all, every change of the origin's chain is at 1.
 */
export type GaitWeights = Partial<Record<GaitChangeId, number>>

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
   * y = vertical (chosen so the lowest foot point touches the floor y = 0), z = 0 (the floor moves instead).
   */
  pelvisOffset: Vec3Out
  /** The foot carrying the body: the one with the lowest point, not counting a foot in mid-swing. */
  stanceSide: Side
  /**
   * Phase in the normal-walking tables after the limp's stance-shortening time warp (equal to the input
   * phase when no warp is active). Mostly useful for debugging and charts.
   */
  tablePhase: number
}
