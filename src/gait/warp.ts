/**
 * The antalgic time warp: a limp hurries off the painful leg. Maps the cycle phase to the phase of the
 * normal tables so that the affected leg's stance runs faster and its swing slower.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { wrapPhase } from './normalGait'

/** Table phase of toe-off in normal.mot (≈ 60–62 %, reference §1.1): the end of stance. */
export const TABLE_TOE_OFF = 0.6

/**
 * With amplitude A the affected leg's phase s becomes s + A·(1 − cos 2πs)/2π: smooth, monotonic for
 * A < 1, fixed at the affected initial contact (s = 0 for the right, 0.5 for the left in cycle phase).
 * Stance ≈ 60 % of the cycle at A = 0, ≈ 50 % at A = 0.3. The other leg's stance lengthens by the same
 * amount, as in an antalgic gait (the sound leg's swing is cut short to get it down sooner).
 */
export function warpPhase(phase: number, amplitude: number, side: Side): number {
  const s = wrapPhase(side === 'right' ? phase : phase - 0.5)
  const tau = s + (amplitude * (1 - Math.cos(2 * Math.PI * s))) / (2 * Math.PI)
  return wrapPhase(side === 'right' ? tau : tau + 0.5)
}

/** The inverse of warpPhase: the cycle phase at which the tables reach `tablePhase`. */
export function unwarpPhase(tablePhase: number, amplitude: number, side: Side): number {
  if (amplitude === 0) return wrapPhase(tablePhase)
  const target = wrapPhase(side === 'right' ? tablePhase : tablePhase - 0.5)
  // Monotonic map of [0, 1] onto [0, 1]: bisection is plenty.
  let lo = 0
  let hi = 1
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    const tau = mid + (amplitude * (1 - Math.cos(2 * Math.PI * mid))) / (2 * Math.PI)
    if (tau < target) lo = mid
    else hi = mid
  }
  const s = (lo + hi) / 2
  return wrapPhase(side === 'right' ? s : s + 0.5)
}

/**
 * Fraction of the cycle each leg spends in stance (its table phase from initial contact to
 * TABLE_TOE_OFF) under a warp of amplitude `warp` on `side`: 0.6 each without one; with a warp the
 * affected leg's is shorter and the other leg's longer.
 */
export function stanceFractionsForWarp(warp: number, side: Side): { left: number; right: number } {
  const other: Side = side === 'left' ? 'right' : 'left'
  // Cycle phase (relative to the affected initial contact) at which the affected leg's table phase is t.
  const at = (t: number) => wrapPhase(unwarpPhase(side === 'right' ? t : t + 0.5, warp, side) - (side === 'right' ? 0 : 0.5))
  const affected = warp > 0 ? at(TABLE_TOE_OFF) : TABLE_TOE_OFF
  const otherStance = warp > 0 ? 1 + at(wrapPhase(TABLE_TOE_OFF + 0.5)) - at(0.5) : TABLE_TOE_OFF
  return { [side]: affected, [other]: otherStance } as { left: number; right: number }
}
