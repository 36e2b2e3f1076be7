/**
 * Stance contact: solves both legs with the forward kinematics, lays the toes flat whenever the heel is
 * up, finds the lowest foot point and the point carrying the body. Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { FOOT_POINTS, composeJoint, pointOnJointIndex, type JointTransforms } from './kinematics'
import { FLEX, plateau } from './modifierKit'
import { wrapPhase } from './normalGait'
import { LEG, LEG_CHAIN, PELVIS } from './jointSlots'

/**
 * Toes: the MTP joint extends by the foot's heel-up pitch so the toes stay level (on the floor in late
 * stance, clear of it in swing), at most MAX_TOE_EXTENSION degrees in stance and SWING_TOE_EXTENSION
 * in swing. Derived from the forward kinematics, not from a table.
 */
export const MAX_TOE_EXTENSION = 60
/** See MAX_TOE_EXTENSION. */
export const SWING_TOE_EXTENSION = 30

/** Table phases of a leg during which its foot is clearly swinging: if it touches then, it drags. */
export const SWING_WINDOW_START = 0.66
export const SWING_WINDOW_END = 0.95

/** The result of placeFeet(); reused between calls. */
export interface FootContact {
  /** Height of the lowest foot point with the pelvis at its unlowered height (metres). */
  minY: number
  /** Side of the foot carrying the body. */
  side: Side
  /** Index into FOOT_POINTS of the point carrying the body. */
  point: number
}

/** max(0, x) with the corner rounded over ±1°. */
function softPositive(x: number): number {
  if (x >= 1) return x
  if (x <= -1) return 0
  return ((x + 1) * (x + 1)) / 4
}

/**
 * Solves both legs from the angles `A` with the pelvis at `offset`, sets the derived toe angles in `A`,
 * writes the six FOOT_POINTS into `feet` (18 numbers) and fills `out` with the contact.
 */
export function placeFeet(
  A: Float64Array,
  tau: number,
  offset: ArrayLike<number>,
  xform: JointTransforms,
  feet: Float64Array,
  out: FootContact,
): FootContact {
  composeJoint(PELVIS / 3, A, xform, offset)
  let minY = Infinity
  let minPoint = 0
  for (const s of ['left', 'right'] as const) {
    for (const j of LEG_CHAIN[s]) composeJoint(j, A, xform)
    // Heel-up pitch of the foot: how far its forward axis points below the horizontal.
    const r = (LEG[s].subtalar / 3) * 9
    const R = xform.rotation
    const pitch = (Math.atan2(-R[r + 5]!, Math.hypot(R[r + 2]!, R[r + 8]!)) * 180) / Math.PI
    const local = s === 'right' ? tau : wrapPhase(tau + 0.5)
    // Toes stay level whenever the heel is up: on the floor in late stance, held up by the toe
    // extensors in swing (where they get at most SWING_TOE_EXTENSION).
    const cap = MAX_TOE_EXTENSION - (MAX_TOE_EXTENSION - SWING_TOE_EXTENSION) * plateau(local, 0.62, 0.98, 0.08)
    A[LEG[s].mtp + FLEX] = Math.min(cap, softPositive(pitch))
    composeJoint(LEG[s].mtp / 3, A, xform)
    const first = s === 'left' ? 0 : 3
    for (let k = first; k < first + 3; k++) {
      const fp = FOOT_POINTS[k]!
      pointOnJointIndex(xform, fp.joint, fp.rest, feet, k * 3)
      const y = feet[k * 3 + 1]!
      if (y < minY) {
        minY = y
        minPoint = k
      }
    }
  }
  out.minY = minY
  // The point carrying the body: the lowest point of the feet not in mid-swing (a swing toe that
  // scuffs the floor drags along it and is not followed).
  let best = Infinity
  let point = minPoint
  for (let k = 0; k < FOOT_POINTS.length; k++) {
    const local = k < 3 ? wrapPhase(tau + 0.5) : tau
    if (local > SWING_WINDOW_START && local < SWING_WINDOW_END) continue
    if (feet[k * 3 + 1]! < best) {
      best = feet[k * 3 + 1]!
      point = k
    }
  }
  out.point = point
  out.side = FOOT_POINTS[point]!.side
  return out
}
