/**
 * The joint hierarchy of the model and how clinical angles turn into node rotations.
 *
 * Axis convention (README "Model"): every `joint_*` node has, at rest, the same axes as the model
 * (+X = the skeleton's left, +Y = up, +Z = forward). A pose rotates it by Euler angles in three's
 * order 'XZY' (flexion about X first, then ab/adduction about Z, then axial rotation about Y,
 * as in the joint coordinate system of clinical gait analysis).
 *
 * Clinical angles are in degrees with the usual clinical signs:
 * - flexion: hip/knee/elbow/shoulder flexion, ankle and toe dorsiflexion, trunk forward bending,
 *   anterior pelvic tilt are positive;
 * - adduction: hip adduction positive; for the pelvis, obliquity with the left side up positive;
 *   for the spine, bending toward the skeleton's left positive;
 * - rotation: hip internal rotation positive; for the pelvis, right side forward positive;
 *   for the spine, turning toward the skeleton's left positive.
 * Pure: no React, no three.
 */
import { JOINT_POSITIONS, type Vec3 } from './skeletonLayout'

export type JointKind = 'pelvis' | 'hip' | 'knee' | 'ankle' | 'subtalar' | 'mtp' | 'spine' | 'shoulder' | 'elbow' | 'wrist' | 'head'

export interface JointDef {
  /** Node name without the `joint_` prefix, e.g. 'knee_l', 'L4_L5'. */
  name: string
  parent: string | null
  kind: JointKind
  side: 'left' | 'right' | null
}

const sided = (kind: JointKind, parentOf: (s: 'l' | 'r') => string | null): JointDef[] =>
  (['l', 'r'] as const).map((s) => ({ name: `${kind}_${s}`, parent: parentOf(s), kind, side: s === 'l' ? 'left' : 'right' }))

/** Parents come before children. */
export const JOINTS: readonly JointDef[] = [
  { name: 'pelvis', parent: null, kind: 'pelvis', side: null },
  ...sided('hip', () => 'pelvis'),
  ...sided('knee', (s) => `hip_${s}`),
  ...sided('ankle', (s) => `knee_${s}`),
  ...sided('subtalar', (s) => `ankle_${s}`),
  ...sided('mtp', (s) => `subtalar_${s}`),
  { name: 'L5_S1', parent: 'pelvis', kind: 'spine', side: null },
  { name: 'L4_L5', parent: 'L5_S1', kind: 'spine', side: null },
  { name: 'L3_L4', parent: 'L4_L5', kind: 'spine', side: null },
  { name: 'L2_L3', parent: 'L3_L4', kind: 'spine', side: null },
  { name: 'L1_L2', parent: 'L2_L3', kind: 'spine', side: null },
  { name: 'T12_L1', parent: 'L1_L2', kind: 'spine', side: null },
  { name: 'C7_T1', parent: 'T12_L1', kind: 'spine', side: null },
  { name: 'C0_C1', parent: 'C7_T1', kind: 'head', side: null },
  ...sided('shoulder', () => 'T12_L1'),
  ...sided('elbow', (s) => `shoulder_${s}`),
  ...sided('wrist', (s) => `elbow_${s}`),
]

export const JOINT_BY_NAME: ReadonlyMap<string, JointDef> = new Map(JOINTS.map((j) => [j.name, j]))

/** The five lumbar motion segments, from the bottom up. */
export const LUMBAR_JOINTS = ['L5_S1', 'L4_L5', 'L3_L4', 'L2_L3', 'L1_L2'] as const

export function jointPosition(name: string): Vec3 {
  const p = JOINT_POSITIONS[name]
  if (!p) throw new Error(`No rest position for joint "${name}"`)
  return p
}

export interface ClinicalAngles {
  /** Degrees; see the sign conventions at the top of this file. */
  flexion: number
  adduction: number
  rotation: number
}

/** Sign of each clinical angle on the node's X (flexion), Z (adduction) and Y (rotation) axes. */
function axisSigns(joint: JointDef): [number, number, number] {
  const left = joint.side === 'left'
  switch (joint.kind) {
    case 'hip':
      return [-1, left ? -1 : 1, left ? -1 : 1]
    case 'knee':
      return [1, left ? -1 : 1, left ? -1 : 1]
    case 'ankle':
    case 'mtp':
      return [-1, left ? -1 : 1, left ? -1 : 1]
    case 'subtalar':
      // Inversion (sole turned inward) positive.
      return [-1, left ? -1 : 1, left ? -1 : 1]
    case 'shoulder':
    case 'elbow':
    case 'wrist':
      return [-1, left ? -1 : 1, left ? -1 : 1]
    case 'pelvis':
      return [1, 1, 1]
    case 'spine':
    case 'head':
      return [1, -1, 1]
  }
}

/** Euler angles in radians, [x, y, z] for three's Euler with order 'XZY'. */
export function jointEuler(joint: JointDef, angles: ClinicalAngles): [number, number, number] {
  const [sx, sz, sy] = axisSigns(joint)
  const d = Math.PI / 180
  return [sx * angles.flexion * d, sy * angles.rotation * d, sz * angles.adduction * d]
}

export const JOINT_EULER_ORDER = 'XZY' as const
