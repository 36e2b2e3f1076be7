/**
 * The feet by forward kinematics: solves both legs, lays the toes flat whenever the heel is up and
 * reports the foot points. Pure: no React, no three.
 */
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

/** max(0, x) with the corner rounded over ±1°. */
function softPositive(x: number): number {
  if (x >= 1) return x
  if (x <= -1) return 0
  return ((x + 1) * (x + 1)) / 4
}

/**
 * Solves both legs from the angles `A` with the pelvis at `offset`, sets the derived toe angles in `A`
 * and writes the six FOOT_POINTS into `feet` (18 numbers). Where the feet meet the floor is contact.ts's job.
 */
export function placeFeet(A: Float64Array, tau: number, offset: ArrayLike<number>, xform: JointTransforms, feet: Float64Array): void {
  composeJoint(PELVIS / 3, A, xform, offset)
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
    }
  }
}
