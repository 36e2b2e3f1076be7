/**
 * A figure derived from the pose, not typed in: how differently from normal walking the low back bends
 * sideways on each step of a limp. It is a per-step angle in degrees; degrees are never multiplied by
 * steps, because a day of bends does not add up to an angle.
 * Pure: no React, no three.
 */
import { lumbarSideBend } from './curves'
import { createPose, pose } from './pose'
import type { GaitCondition, GaitWeights } from './types'

/** How differently from normal walking the low back bends sideways, per step. Illustrative (see `note`). */
export interface LumbarSideBendFigure {
  /** Peak-to-peak lumbar side-bend over a stride in normal walking, degrees (≈ 10°, subject01). */
  normalRange: number
  /** The same for the condition and weights. */
  limpRange: number
  /**
   * Mean difference from normal walking over the stride, degrees, + = toward the skeleton's left: a
   * sustained bend such as a sciatic list (held, not repeated with each step, so not in `perStep`).
   */
  sustained: number
  /**
   * The largest difference from normal walking within each of the stride's two steps, degrees, in either
   * direction (first: the step that starts at the chain side's heel strike). At each instant the limp's
   * lumbar side-bend is compared with normal walking at the same point of the gait (same table phase),
   * and the sustained part is removed first.
   */
  stepPeaks: [number, number]
  /**
   * The larger of `stepPeaks`: the low back bends up to this many degrees differently from normal walking
   * on each step. The number the panel's daily figure shows.
   */
  perStep: number
  illustrative: true
  /** One line on how the figure is made and what it is not. */
  note: string
}

/**
 * The per-step difference from normal walking of the lumbar side-bend of a condition.
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
  const stepPeaks: [number, number] = [0, 0]
  for (let half = 0; half < 2; half++) {
    for (let i = (half * n) / 2; i < ((half + 1) * n) / 2; i++) {
      stepPeaks[half] = Math.max(stepPeaks[half]!, Math.abs(delta[i]! - mean))
    }
  }
  return {
    normalRange: normHi - normLo,
    limpRange: limpHi - limpLo,
    sustained: mean,
    stepPeaks,
    perStep: Math.max(stepPeaks[0], stepPeaks[1]),
    illustrative: true,
    note: 'Computed from the animated poses (measured normal walking plus the limp changes, many of them illustrative): a teaching figure for how differently the low back bends on each step, not a measured load.',
  }
}
