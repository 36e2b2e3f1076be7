/**
 * The one place the muscle engine meets the gait engine: joint world transforms of normal walking at a
 * cycle phase. Kept small on purpose: when the gait API changes, only this file changes.
 * Pure: no React, no three.
 */
import { NORMAL_WALKING, createPose, pose, type Pose } from '../gait'
import { createJointTransforms, solveJointTransforms, type JointTransforms } from '../gait/kinematics'

const scratch: Pose = createPose()

/** Joint world transforms of normal walking at `phase` (0..1 from heel strike of the left... see pose()). */
export function normalWalkingTransforms(phase: number, out: JointTransforms = createJointTransforms()): JointTransforms {
  pose(phase, NORMAL_WALKING, undefined, scratch)
  return solveJointTransforms(scratch, out)
}

/** The pose itself, for tests that compare muscle lengths with joint angles. */
export function normalWalkingPose(phase: number, out: Pose = createPose()): Pose {
  return pose(phase, NORMAL_WALKING, undefined, out)
}
