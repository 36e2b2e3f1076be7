/**
 * Stride geometry: how far the floor travels per stride, i.e. the backward travel of the loaded foot's
 * lowest point relative to the pelvis (the floor follows it: floorStep). Measured by sampling the stride
 * through the pose engine (passed in as a sampler, so this module does not import it), and cached.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { MAX_CHANGES } from './amounts'
import { FOOT_POINTS } from './kinematics'
import type { GaitChangeDef } from './modifierKit'

/**
 * Samples per stride used to follow the touching foot point. 32 rather than 64: over every condition
 * at severities 0.5 and 1, both sides, stride length and floor speed moved by at most 0.18 % and the
 * stance shares not at all, for half the work (this measurement runs during a link's fade-in).
 */
export const STRIDE_SAMPLES = 32

/** What the forward kinematics says about one stride, measured by sampling it (cycle phase i / STRIDE_SAMPLES). */
export interface StrideGeometry {
  /** Metres the loaded foot point travels backward relative to the pelvis per stride (= floor travel). */
  strideLength: number
  /**
   * The feet's fore-aft spacing at each initial contact, which the contact solve keeps through the double
   * support that follows so neither foot slides (see DoubleSupportHold); filled when the cache has a measure for it.
   */
  holds: DoubleSupportHold
}

/**
 * Per double support (index 0: after the right foot's initial contact, table phase 0; 1: after the
 * left's, 0.5): the trailing foot's touching point (its lowest, an index into FOOT_POINTS) and its
 * fore-aft place minus the leading heel's, metres, at that initial contact.
 */
export interface DoubleSupportHold {
  trailPoint: Int8Array
  spacing: Float64Array
}

export function createDoubleSupportHold(): DoubleSupportHold {
  return { trailPoint: new Int8Array(2).fill(-1), spacing: new Float64Array(2) }
}

/** Measures the DoubleSupportHold of a condition (its poses at the two initial contacts). */
export type HoldMeasure = (side: Side, changes: readonly GaitChangeDef[], amounts: Float64Array, out: DoubleSupportHold) => void

/** Poses one phase and reports the foot points (18 numbers) and the loaded point. */
export type StrideSampler = (
  phase: number,
  side: Side,
  changes: readonly GaitChangeDef[],
  amounts: Float64Array,
  holds: DoubleSupportHold,
) => { feet: Float64Array; contactPoint: number }

/**
 * How far the floor moves (metres, toward −Z) between two poses: the backward travel of the point the
 * later pose loads, so that point stays still on the floor. Both poses must be close in time.
 */
export function floorStep(before: { feet: Float64Array }, after: { feet: Float64Array; contactPoint: number }): number {
  const k = after.contactPoint * 3 + 2
  return before.feet[k]! - after.feet[k]!
}

function measureStride(
  sample: StrideSampler,
  side: Side,
  changes: readonly GaitChangeDef[],
  amounts: Float64Array,
  measureHolds?: HoldMeasure,
): StrideGeometry {
  const holds = createDoubleSupportHold()
  // First: the stride below is sampled with these holds in force, as the skeleton walks.
  if (measureHolds) measureHolds(side, changes, amounts, holds)
  const N = STRIDE_SAMPLES
  const P = FOOT_POINTS.length
  const Z = new Float64Array(N * P)
  const contact = new Int32Array(N)
  for (let i = 0; i < N; i++) {
    const s = sample(i / N, side, changes, amounts, holds)
    for (let k = 0; k < P; k++) Z[i * P + k] = s.feet[k * 3 + 2]!
    contact[i] = s.contactPoint
  }
  let travel = 0
  for (let i = 0; i < N; i++) {
    const c = contact[(i + 1) % N]!
    travel += Z[i * P + c]! - Z[((i + 1) % N) * P + c]!
  }
  return { strideLength: travel, holds }
}

const CACHE_LIMIT = 160

interface Recent {
  value: StrideGeometry | null
  changes: readonly GaitChangeDef[] | null
  quant: Int8Array
  side: string
}

/** Steps per unit a change's amount is rounded to for the stride cache (0.1). */
export const AMOUNT_STEPS = 10
/** Steps per unit the severity is rounded to (0.05: the slider's own step). */
const SEVERITY_STEPS = 20

/**
 * A cache of stride geometries keyed by side, changes, amounts rounded to 0.1 and severity rounded
 * to 0.05 (severity too, because a few changes read it to pick their pattern). A link's fade-in
 * recomputes it about ten times; one computation samples STRIDE_SAMPLES poses. Amounts were rounded to 0.05
 * before: twice the computations, and on a software-rendered machine they were most of the script
 * time of a playing frame (about 0.9 ms a frame averaged over the knee chain's first pass). The two most recent results are remembered
 * so a render loop with unchanged amounts (a limping skeleton and a normal one in turn) does no string work.
 */
export function createStrideCache(sample: StrideSampler, measureHolds?: HoldMeasure) {
  const cache = new Map<string, StrideGeometry>()
  // One slot per change, then the severity's.
  const quant = new Int8Array(MAX_CHANGES + 1)
  const rounded = new Float64Array(MAX_CHANGES)
  const recent: Recent[] = [0, 1].map(() => ({ value: null, changes: null, quant: new Int8Array(MAX_CHANGES + 1).fill(-1), side: '' }))
  const NONE: readonly GaitChangeDef[] = []
  let measured = 0
  /** Keeps a geometry, dropping the oldest when the cache is full. */
  const store = (key: string, value: StrideGeometry) => {
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!)
    cache.set(key, value)
  }

  const matches = (r: Recent, side: string, changes: readonly GaitChangeDef[]) => {
    if (r.value === null || r.side !== side || r.changes !== changes) return false
    for (let i = 0; i <= MAX_CHANGES; i++) if (quant[i] !== r.quant[i]) return false
    return true
  }

  return {
    get(side: Side, changes: readonly GaitChangeDef[], amounts: Float64Array, severity = 0): StrideGeometry {
      let any = false
      for (let i = 0; i < MAX_CHANGES; i++) {
        const q = Math.round(amounts[i]! * AMOUNT_STEPS)
        quant[i] = q
        if (q > 0) any = true
      }
      quant[MAX_CHANGES] = any ? Math.round(severity * SEVERITY_STEPS) : 0
      const keySide = any ? side : ''
      const keyChanges = any ? changes : NONE
      if (matches(recent[0]!, keySide, keyChanges)) return recent[0]!.value!
      if (matches(recent[1]!, keySide, keyChanges)) {
        const r = recent[1]!
        recent[1] = recent[0]!
        recent[0] = r
        return r.value!
      }
      const key = any ? `${side}@${quant[MAX_CHANGES]}:${changes.map((c, i) => `${c.id}=${quant[i]}`).join(',')}` : 'normal'
      let value = cache.get(key)
      if (!value) {
        for (let i = 0; i < MAX_CHANGES; i++) rounded[i] = quant[i]! / AMOUNT_STEPS
        value = measureStride(sample, side, changes, rounded, measureHolds)
        measured++
        store(key, value)
      }
      // Replace the older slot and make it the newest.
      const r = recent[1]!
      recent[1] = recent[0]!
      recent[0] = r
      r.quant.set(quant)
      r.side = keySide
      r.changes = keyChanges
      r.value = value
      return value
    },
    clear(): void {
      cache.clear()
      for (const r of recent) r.value = null
    },
    /** How many geometries this cache has measured itself (not counting primed ones), ever. */
    get measured(): number {
      return measured
    },
    /** Every geometry measured so far, by key (to hand to another thread's cache: see prime). */
    entries(): [string, StrideGeometry][] {
      return [...cache]
    },
    /**
     * Adds geometries another cache measured (the gait-analysis worker measures a chain's stride grid ahead
     * of its fade-ins): keys already present are kept, and the newest entries win when the cache is full.
     */
    prime(entries: readonly (readonly [string, StrideGeometry])[]): void {
      for (const [key, value] of entries) if (!cache.has(key)) store(key, value)
    },
  }
}
