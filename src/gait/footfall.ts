/**
 * A gait lab's footfall report, measured on the animated feet (not read from a table): when each foot
 * is down, its stance share, step times and step lengths, and the step-length asymmetry.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { createPose, pose } from './pose'
import { floorStep } from './stride'
import { strideTimeFor } from './timing'
import type { GaitCondition, GaitWeights } from './types'

/** A foot counts as down when its lowest point is within this height of the floor (metres). */
export const FOOT_DOWN_HEIGHT = 0.003

/** Per foot, for one stride. */
export interface FootfallSide {
  /** Cycle phase (0…1) at which the foot comes down (its initial contact). */
  contact: number
  /** Cycle phase at which it leaves the floor (toe-off). */
  toeOff: number
  /** Share of the stride the foot is down, 0…1. */
  stanceShare: number
  /** Seconds from the other foot's initial contact to this one's. */
  stepTime: number
  /** Metres from the other foot's heel print to this one's, on the floor. */
  stepLength: number
}

export interface FootfallReport {
  /** Seconds per stride. */
  strideTime: number
  left: FootfallSide
  right: FootfallSide
  /** 100 × |left − right step length| ÷ their mean: 0 = symmetric. */
  stepLengthAsymmetry: number
  /** Whether each foot is down at each sample (sample i = cycle phase i / samples). */
  down: { left: Uint8Array; right: Uint8Array }
}

const SIDES = ['left', 'right'] as const

/**
 * Samples one stride of the condition (or normal walking) through pose() and measures the footfall.
 * The floor follows the loaded foot exactly as on screen (floorStep), so heel prints are where the
 * skeleton puts them.
 */
export function footfallReport(condition?: GaitCondition | null, weights?: GaitWeights, samples = 200): FootfallReport {
  if (!condition && !weights && samples === 200) return (normalReport ??= measureFootfall(null, undefined, samples))
  return measureFootfall(condition, weights, samples)
}

/**
 * Normal walking's report never changes: worked out once (the footfall diagram redraws on every step
 * of a chain, and this was half of that work). Callers must not change it.
 */
let normalReport: FootfallReport | undefined

function measureFootfall(condition: GaitCondition | null | undefined, weights: GaitWeights | undefined, samples: number): FootfallReport {
  const n = Math.max(20, Math.floor(samples))
  const p = createPose()
  const prev = createPose()
  pose(-1 / n, condition, weights, prev)
  const down = { left: new Uint8Array(n), right: new Uint8Array(n) }
  const heelZ = { left: new Float64Array(n), right: new Float64Array(n) }
  const floorAt = new Float64Array(n + 1)
  for (let i = 0; i <= n; i++) {
    pose(i / n, condition, weights, p)
    floorAt[i] = (i > 0 ? floorAt[i - 1]! : 0) + (i > 0 ? floorStep(prev, p) : 0)
    prev.feet.set(p.feet)
    if (i === n) break
    for (const s of SIDES) {
      const first = s === 'left' ? 0 : 3
      let low = Infinity
      for (let k = first; k < first + 3; k++) low = Math.min(low, p.feet[k * 3 + 1]!)
      down[s][i] = low <= FOOT_DOWN_HEIGHT ? 1 : 0
      heelZ[s][i] = p.feet[first * 3 + 2]!
    }
  }
  const travel = floorAt[n]!
  const event = (s: Side, from: number, to: number) => {
    for (let i = 0; i < n; i++) if (down[s][(i + n - 1) % n] === from && down[s][i] === to) return i
    return 0
  }
  const contactIndex = { left: event('left', 0, 1), right: event('right', 0, 1) }
  const strideTime = strideTimeFor(condition, weights)
  const side = (s: Side): FootfallSide => {
    const o: Side = s === 'left' ? 'right' : 'left'
    const i = contactIndex[s]
    const j = contactIndex[o]
    // The other foot's last heel print before this contact (from the previous stride if it came later).
    const floorOther = j <= i ? floorAt[j]! : floorAt[j]! - travel
    let count = 0
    for (let k = 0; k < n; k++) count += down[s][k]!
    return {
      contact: i / n,
      toeOff: event(s, 1, 0) / n,
      stanceShare: count / n,
      stepTime: (((i - j + n) % n) / n) * strideTime,
      stepLength: heelZ[s][i]! + floorAt[i]! - (heelZ[o][j]! + floorOther),
    }
  }
  const left = side('left')
  const right = side('right')
  const mean = (left.stepLength + right.stepLength) / 2
  return {
    strideTime,
    left,
    right,
    stepLengthAsymmetry: mean > 0 ? (100 * Math.abs(left.stepLength - right.stepLength)) / mean : 0,
    down,
  }
}
