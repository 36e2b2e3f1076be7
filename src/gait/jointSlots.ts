/**
 * Where each joint the engine moves sits in the flat angle array ([flexion, adduction, rotation] per
 * joint, in JOINTS order): offsets computed once so the per-frame code does no lookups.
 * Pure: no React, no three.
 */
import { jointIndex } from './kinematics'

const J = (name: string) => jointIndex(name) * 3

/** The lumbar levels, bottom up; the spine's totals are spread over them. */
export const LUMBAR_LEVELS = ['L5_S1', 'L4_L5', 'L3_L4', 'L2_L3', 'L1_L2'] as const

export const PELVIS = J('pelvis')
export const LEG = {
  left: { hip: J('hip_l'), knee: J('knee_l'), ankle: J('ankle_l'), subtalar: J('subtalar_l'), mtp: J('mtp_l') },
  right: { hip: J('hip_r'), knee: J('knee_r'), ankle: J('ankle_r'), subtalar: J('subtalar_r'), mtp: J('mtp_r') },
} as const
export const LUMBAR = LUMBAR_LEVELS.map(J)
export const T12 = J('T12_L1')
export const C7 = J('C7_T1')
export const SHOULDER = { left: J('shoulder_l'), right: J('shoulder_r') } as const
export const ELBOW = { left: J('elbow_l'), right: J('elbow_r') } as const
/** Joint indices (not offsets) from the pelvis up to T12_L1: what the head must be levelled against. */
export const HEAD_CHAIN = [PELVIS / 3, ...LUMBAR.map((i) => i / 3), T12 / 3]
/** Joint indices of each leg from the hip down to the subtalar joint. */
export const LEG_CHAIN = {
  left: [LEG.left.hip, LEG.left.knee, LEG.left.ankle, LEG.left.subtalar].map((i) => i / 3),
  right: [LEG.right.hip, LEG.right.knee, LEG.right.ankle, LEG.right.subtalar].map((i) => i / 3),
} as const
