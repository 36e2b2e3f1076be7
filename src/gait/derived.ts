/**
 * Figures derived from the pose, not typed in: how much more the low back bends sideways with each step
 * of a limp than in normal walking, and what that adds up to over a day.
 * Pure: no React, no three.
 */
import { lumbarSideBend } from './curves'
import { createPose, pose } from './pose'
import type { GaitCondition, GaitWeights } from './types'

/**
 * Steps a day the daily totals are given for: 5,000 (the edge of "sedentary", < 5,000) and 10,000
 * ("active"), from the graduated step index of Tudor-Locke et al. 2011, IJBNPA 8:79 (biomechanics
 * reference §4.6), the counts the source article uses.
 */
export const STEPS_PER_DAY = [5000, 10000] as const

/** The extra lumbar side-bend of a limp, per step and per day. Illustrative (see `note`). */
export interface LumbarSideBendFigure {
  /** Peak-to-peak lumbar side-bend over a stride in normal walking, degrees (≈ 10°, subject01). */
  normalRange: number
  /** The same for the condition and weights. */
  limpRange: number
  /**
   * Mean difference from normal walking over the stride, degrees, + = toward the skeleton's left: a
   * sustained bend such as a sciatic list (not repeated with each step, so not in extraPerStep).
   */
  sustained: number
  /**
   * Extra sideways bend per step, degrees: at each instant the limp's lumbar side-bend is compared with
   * normal walking at the same point of the gait (same table phase); the sustained part is removed; the
   * largest difference within each step is averaged over the two steps of the stride.
   */
  extraPerStep: number
  /** extraPerStep × steps for each entry of STEPS_PER_DAY: degrees of extra sideways bending a day. */
  perDay: { steps: number; extraDegrees: number }[]
  illustrative: true
  /** One line on how the figure is made and what it is not. */
  note: string
}

/**
 * The extra lumbar side-bend per step of a condition compared with normal walking, and that times
 * 5,000 and 10,000 steps a day.
 *
 * Why not simply "limp range − normal range": a hip hike that cancels the normal swing-side pelvic
 * drop changes which way the low back bends on that step more than it widens the range, so the range
 * can even shrink while the spine works harder. The difference from normal, instant by instant, counts
 * both. The two ranges are reported as well.
 */
export function extraLumbarSideBend(condition: GaitCondition, weights?: GaitWeights, samples = 200): LumbarSideBendFigure {
  const n = Math.max(8, Math.floor(samples / 2) * 2)
  const limp = createPose()
  const normal = createPose()
  const delta = new Float64Array(n)
  let limpLo = Infinity
  let limpHi = -Infinity
  let normLo = Infinity
  let normHi = -Infinity
  let mean = 0
  for (let i = 0; i < n; i++) {
    pose(i / n, condition, weights, limp)
    const l = lumbarSideBend(limp.joints)
    pose(limp.tablePhase, null, undefined, normal)
    const m = lumbarSideBend(normal.joints)
    pose(i / n, null, undefined, normal)
    const m0 = lumbarSideBend(normal.joints)
    limpLo = Math.min(limpLo, l)
    limpHi = Math.max(limpHi, l)
    normLo = Math.min(normLo, m0)
    normHi = Math.max(normHi, m0)
    delta[i] = l - m
    mean += l - m
  }
  mean /= n
  let perStep = 0
  for (let half = 0; half < 2; half++) {
    let peak = 0
    for (let i = (half * n) / 2; i < ((half + 1) * n) / 2; i++) peak = Math.max(peak, Math.abs(delta[i]! - mean))
    perStep += peak / 2
  }
  return {
    normalRange: normHi - normLo,
    limpRange: limpHi - limpLo,
    sustained: mean,
    extraPerStep: perStep,
    perDay: STEPS_PER_DAY.map((steps) => ({ steps, extraDegrees: perStep * steps })),
    illustrative: true,
    note: 'Computed from the animated poses (measured normal walking plus the limp changes, many of them illustrative): a teaching figure for how often the low back repeats an extra bend, not a measured load.',
  }
}
