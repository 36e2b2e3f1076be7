/**
 * How strongly each of a condition's gait changes acts: severity × weight, one number per change, in
 * the condition's order. Pure: no React, no three.
 */
import type { GaitCondition, GaitWeights } from './types'

/** Most gait changes one condition may have (the engine's scratch buffers are this long). */
export const MAX_CHANGES = 16

/** Largest total warp amplitude: the warp stays monotonic below 1. */
const MAX_WARP = 0.9

export const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0)

/** A buffer for resolveAmounts(). */
export function createAmounts(): Float64Array {
  return new Float64Array(MAX_CHANGES)
}

/**
 * Fills `out[i]` with severity × weight of `condition.changes[i]` (the rest 0) and returns the total
 * stance warp amplitude. No weights map = every change at weight 1.
 */
export function resolveAmounts(condition: GaitCondition | null | undefined, weights: GaitWeights | undefined, out: Float64Array): number {
  out.fill(0)
  if (!condition) return 0
  const changes = condition.changes
  if (changes.length > MAX_CHANGES) throw new RangeError(`A condition may have at most ${MAX_CHANGES} gait changes, not ${changes.length}`)
  const severity = clamp01(condition.severity)
  if (severity === 0) return 0
  let warp = 0
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!
    const w = weights === undefined ? 1 : weights[change.id]
    if (w === undefined || !(w > 0)) continue
    out[i] = severity * clamp01(w)
    warp += out[i]! * change.warp
  }
  return Math.min(warp, MAX_WARP)
}

/** The total warp amplitude of amounts already resolved (see resolveAmounts). */
export function warpOf(changes: GaitCondition['changes'], amounts: Float64Array): number {
  let warp = 0
  for (let i = 0; i < changes.length; i++) warp += amounts[i]! * changes[i]!.warp
  return Math.min(warp, MAX_WARP)
}
