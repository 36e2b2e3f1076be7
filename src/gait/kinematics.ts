/**
 * Forward kinematics of the skeleton's joint hierarchy, in plain math: the same hierarchy as
 * src/anatomy/joints.ts (JOINTS), the same rest positions (JOINT_POSITIONS), the same Euler order
 * ('XZY') and the same clinical-angle signs as jointEuler(). Used by the gait engine to keep the feet on
 * the floor and to measure foot travel; the tests check it against three's Object3D hierarchy.
 *
 * Conventions: every joint node has, at rest, the model's axes (+X = the skeleton's left, +Y up,
 * +Z forward). A node's local position is its rest position minus its parent's; its local rotation is
 * Rx(x)·Rz(z)·Ry(y) with [x, y, z] = jointEuler(joint, angles) (three's Euler order 'XZY').
 * Matrices are row-major 3×3 stored in Float64Arrays.
 * Pure: no React, no three.
 */
import { JOINTS, jointEuler, type ClinicalAngles } from '../anatomy/joints'
import { JOINT_POSITIONS, LANDMARKS, mirrorX, type Vec3 } from '../anatomy/skeletonLayout'
import type { Pose, Vec3Out } from './types'

const DEG = Math.PI / 180

/** Number of joints (JOINTS.length). */
export const JOINT_COUNT = JOINTS.length

/** Index of each joint name in JOINTS (parents come before children). */
export const JOINT_INDEX: ReadonlyMap<string, number> = new Map(JOINTS.map((j, i) => [j.name, i]))

/** The index of a joint name in JOINTS; throws on an unknown name. */
export function jointIndex(name: string): number {
  const i = JOINT_INDEX.get(name)
  if (i === undefined) throw new Error(`Unknown joint "${name}"`)
  return i
}

/** Parent index per joint, −1 for the pelvis (the root). */
const PARENT = Int32Array.from(JOINTS, (j) => (j.parent === null ? -1 : jointIndex(j.parent)))

function rest(name: string): Vec3 {
  const p = JOINT_POSITIONS[name]
  if (!p) throw new Error(`No rest position for joint "${name}"`)
  return p
}

/** Local offset of each joint from its parent at rest (for the root: its rest position). */
const LOCAL = new Float64Array(JOINT_COUNT * 3)
JOINTS.forEach((j, i) => {
  const p = rest(j.name)
  const q: Vec3 = j.parent === null ? [0, 0, 0] : rest(j.parent)
  LOCAL[i * 3] = p[0] - q[0]
  LOCAL[i * 3 + 1] = p[1] - q[1]
  LOCAL[i * 3 + 2] = p[2] - q[2]
})

/**
 * Signs taken from jointEuler itself, so this module can never drift from it:
 * [flexion → X, adduction → Z, rotation → Y] per joint.
 */
const SIGN = new Float64Array(JOINT_COUNT * 3)
JOINTS.forEach((j, i) => {
  SIGN[i * 3] = jointEuler(j, { flexion: 1, adduction: 0, rotation: 0 })[0] / DEG
  SIGN[i * 3 + 1] = jointEuler(j, { flexion: 0, adduction: 1, rotation: 0 })[2] / DEG
  SIGN[i * 3 + 2] = jointEuler(j, { flexion: 0, adduction: 0, rotation: 1 })[1] / DEG
})

/**
 * Writes the row-major rotation matrix of three's Euler(x, y, z, 'XZY') (radians), i.e.
 * Rx(x)·Rz(z)·Ry(y), into `out` at offset `o`.
 */
export function rotationXZY(x: number, y: number, z: number, out: Float64Array, o = 0): void {
  const a = Math.cos(x)
  const b = Math.sin(x)
  const c = Math.cos(y)
  const d = Math.sin(y)
  const e = Math.cos(z)
  const f = Math.sin(z)
  out[o] = c * e
  out[o + 1] = -f
  out[o + 2] = d * e
  out[o + 3] = a * c * f + b * d
  out[o + 4] = a * e
  out[o + 5] = a * d * f - b * c
  out[o + 6] = b * c * f - a * d
  out[o + 7] = b * e
  out[o + 8] = b * d * f + a * c
}

/**
 * The inverse of rotationXZY: Euler angles [x, y, z] (radians, order 'XZY') of a row-major rotation
 * matrix, as three's Euler.setFromRotationMatrix does. Writes into `out`.
 */
export function decomposeXZY(m: Float64Array, o: number, out: Float64Array | number[]): void {
  const m12 = Math.max(-1, Math.min(1, m[o + 1]!))
  out[2] = Math.asin(-m12)
  if (Math.abs(m12) < 0.9999999) {
    out[0] = Math.atan2(m[o + 7]!, m[o + 4]!)
    out[1] = Math.atan2(m[o + 2]!, m[o]!)
  } else {
    out[0] = Math.atan2(-m[o + 5]!, m[o + 8]!)
    out[1] = 0
  }
}

/** out[oo..] = a[ao..] · b[bo..] for row-major 3×3 matrices (out must not overlap a or b). */
export function multiply3(a: Float64Array, ao: number, b: Float64Array, bo: number, out: Float64Array, oo: number): void {
  for (let r = 0; r < 3; r++) {
    const a0 = a[ao + r * 3]!
    const a1 = a[ao + r * 3 + 1]!
    const a2 = a[ao + r * 3 + 2]!
    out[oo + r * 3] = a0 * b[bo]! + a1 * b[bo + 3]! + a2 * b[bo + 6]!
    out[oo + r * 3 + 1] = a0 * b[bo + 1]! + a1 * b[bo + 4]! + a2 * b[bo + 7]!
    out[oo + r * 3 + 2] = a0 * b[bo + 2]! + a1 * b[bo + 5]! + a2 * b[bo + 8]!
  }
}

/**
 * The local rotation of joint `j` for clinical angles in degrees, written row-major into `out` at `o`.
 * Equal to three's Euler(...jointEuler(JOINTS[j], angles), 'XZY').
 */
export function jointRotation(j: number, flexion: number, adduction: number, rotation: number, out: Float64Array, o = 0): void {
  rotationXZY(SIGN[j * 3]! * flexion * DEG, SIGN[j * 3 + 2]! * rotation * DEG, SIGN[j * 3 + 1]! * adduction * DEG, out, o)
}

/**
 * Clinical angles (degrees) of joint `j` whose local rotation is the row-major matrix `m` at `o`
 * (the inverse of jointRotation). Writes [flexion, adduction, rotation] into `out` at `oo`.
 */
export function jointAnglesFromRotation(j: number, m: Float64Array, o: number, out: Float64Array, oo: number): void {
  const e = SCRATCH_EULER
  decomposeXZY(m, o, e)
  out[oo] = e[0]! / DEG / SIGN[j * 3]!
  out[oo + 1] = e[2]! / DEG / SIGN[j * 3 + 1]!
  out[oo + 2] = e[1]! / DEG / SIGN[j * 3 + 2]!
}
const SCRATCH_EULER = new Float64Array(3)

/** World transforms of every joint node: rotation (row-major 3×3 per joint) and position (metres). */
export interface JointTransforms {
  /** JOINT_COUNT × 9 numbers: the world rotation of joint i at [i·9, i·9 + 9). */
  rotation: Float64Array
  /** JOINT_COUNT × 3 numbers: the world position of joint i at [i·3, i·3 + 3). */
  position: Float64Array
}

/** Allocates a JointTransforms to reuse with solveJointTransforms / composeJoint. */
export function createJointTransforms(): JointTransforms {
  return { rotation: new Float64Array(JOINT_COUNT * 9), position: new Float64Array(JOINT_COUNT * 3) }
}

const LOCAL_ROT = new Float64Array(9)

/**
 * Computes the world transform of joint `j` from its parent's (already computed in `t`) and its own
 * clinical angles. For the root (pelvis), `rootOffset` is added to its rest position.
 * `angles` holds [flexion, adduction, rotation] per joint at [j·3, j·3 + 3).
 */
export function composeJoint(j: number, angles: Float64Array, t: JointTransforms, rootOffset?: ArrayLike<number>): void {
  jointRotation(j, angles[j * 3]!, angles[j * 3 + 1]!, angles[j * 3 + 2]!, LOCAL_ROT, 0)
  const p = PARENT[j]!
  const R = t.rotation
  const P = t.position
  if (p < 0) {
    R.set(LOCAL_ROT, j * 9)
    P[j * 3] = LOCAL[j * 3]! + (rootOffset ? rootOffset[0]! : 0)
    P[j * 3 + 1] = LOCAL[j * 3 + 1]! + (rootOffset ? rootOffset[1]! : 0)
    P[j * 3 + 2] = LOCAL[j * 3 + 2]! + (rootOffset ? rootOffset[2]! : 0)
    return
  }
  multiply3(R, p * 9, LOCAL_ROT, 0, R, j * 9)
  const lx = LOCAL[j * 3]!
  const ly = LOCAL[j * 3 + 1]!
  const lz = LOCAL[j * 3 + 2]!
  const po = p * 9
  P[j * 3] = P[p * 3]! + R[po]! * lx + R[po + 1]! * ly + R[po + 2]! * lz
  P[j * 3 + 1] = P[p * 3 + 1]! + R[po + 3]! * lx + R[po + 4]! * ly + R[po + 5]! * lz
  P[j * 3 + 2] = P[p * 3 + 2]! + R[po + 6]! * lx + R[po + 7]! * ly + R[po + 8]! * lz
}

/** Solves every joint's world transform from a flat angle array (see composeJoint) and a pelvis offset. */
export function solveFromAngles(angles: Float64Array, rootOffset: ArrayLike<number>, out: JointTransforms): JointTransforms {
  for (let j = 0; j < JOINT_COUNT; j++) composeJoint(j, angles, out, rootOffset)
  return out
}

/** Copies a Pose's joint angles into a flat [flexion, adduction, rotation] × JOINT_COUNT array. */
export function poseToAngles(pose: Pose, out: Float64Array = new Float64Array(JOINT_COUNT * 3)): Float64Array {
  JOINTS.forEach((j, i) => {
    const a: ClinicalAngles | undefined = pose.joints[j.name]
    out[i * 3] = a?.flexion ?? 0
    out[i * 3 + 1] = a?.adduction ?? 0
    out[i * 3 + 2] = a?.rotation ?? 0
  })
  return out
}

/** World transforms of every joint of a Pose (pelvis offset included). */
export function solveJointTransforms(pose: Pose, out: JointTransforms = createJointTransforms()): JointTransforms {
  return solveFromAngles(poseToAngles(pose), pose.pelvisOffset, out)
}

/**
 * World position of a point carried by joint `j`'s node, given where that point is in the standing
 * skeleton (rest model coordinates, e.g. a LANDMARKS entry). Writes into `out`.
 */
export function pointOnJointIndex(t: JointTransforms, j: number, restPoint: Vec3, out: Vec3Out | Float64Array, oo = 0): void {
  const base = JOINT_POSITIONS[JOINTS[j]!.name]!
  const lx = restPoint[0] - base[0]
  const ly = restPoint[1] - base[1]
  const lz = restPoint[2] - base[2]
  const R = t.rotation
  const o = j * 9
  out[oo] = t.position[j * 3]! + R[o]! * lx + R[o + 1]! * ly + R[o + 2]! * lz
  out[oo + 1] = t.position[j * 3 + 1]! + R[o + 3]! * lx + R[o + 4]! * ly + R[o + 5]! * lz
  out[oo + 2] = t.position[j * 3 + 2]! + R[o + 6]! * lx + R[o + 7]! * ly + R[o + 8]! * lz
}

/** World position of a point carried by the named joint's node (see pointOnJointIndex). */
export function pointOnJoint(t: JointTransforms, jointName: string, restPoint: Vec3): Vec3Out {
  const out: Vec3Out = [0, 0, 0]
  pointOnJointIndex(t, jointIndex(jointName), restPoint, out)
  return out
}

/** The points of a foot that can touch the floor. */
export type FootPointName = 'heel' | 'mtp' | 'toe'

/**
 * The contact points of both feet, with the node that carries each: heel (LANDMARKS.heelL, on the
 * subtalar node: the calcaneus), MTP joint centre (JOINT_POSITIONS.mtp_*, on the mtp node) and toe tip
 * (LANDMARKS.toeTipL, on the mtp node: the toes). Right side = mirror image of the left.
 * Order: left heel, left mtp, left toe, right heel, right mtp, right toe.
 */
export const FOOT_POINTS: readonly { side: 'left' | 'right'; name: FootPointName; joint: number; rest: Vec3 }[] = (
  ['left', 'right'] as const
).flatMap((side) => {
  const s = side === 'left' ? 'l' : 'r'
  const m = (p: Vec3): Vec3 => (side === 'left' ? p : mirrorX(p))
  return [
    { side, name: 'heel' as const, joint: jointIndex(`subtalar_${s}`), rest: m(LANDMARKS.heelL) },
    { side, name: 'mtp' as const, joint: jointIndex(`mtp_${s}`), rest: rest(`mtp_${s}`) },
    { side, name: 'toe' as const, joint: jointIndex(`mtp_${s}`), rest: m(LANDMARKS.toeTipL) },
  ]
})

/** World positions of the six FOOT_POINTS (6 × 3 numbers, same order) for solved transforms. */
export function footPointPositions(t: JointTransforms, out: Float64Array = new Float64Array(FOOT_POINTS.length * 3)): Float64Array {
  for (let k = 0; k < FOOT_POINTS.length; k++) {
    const fp = FOOT_POINTS[k]!
    pointOnJointIndex(t, fp.joint, fp.rest, out, k * 3)
  }
  return out
}
