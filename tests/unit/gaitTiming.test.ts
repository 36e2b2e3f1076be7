import { describe, expect, it } from 'vitest'
import {
  NORMAL_STRIDE_TIME,
  OPENSIM_NORMAL_GAIT,
  extraLumbarSideBend,
  gaitCurves,
  gaitTiming,
  normalGaitCurves,
  pose,
  type GaitCondition,
} from '../../src/gait'
import { CONDITION_IDS, gc } from '../support/gaitConditions'
import { conditionById } from '../../src/conditions'


describe('walking timing', () => {
  it('walks a normal stride in 1.1 s: cadence inside the 98–114 steps/min reference range', () => {
    const t = gaitTiming(null)
    expect(t.strideTime).toBe(NORMAL_STRIDE_TIME)
    expect(t.cadence).toBeGreaterThan(98.5)
    expect(t.cadence).toBeLessThan(114.2)
    expect(t.slowdown).toBe(1)
    expect(t.stanceFraction).toEqual({ left: 0.6, right: 0.6 })
  })

  it('walks more slowly with a limp, more so with severity and as the origin change fades in', () => {
    for (const id of CONDITION_IDS) {
      const c: GaitCondition = gc(id, 'left', 1)
      const first = conditionById(id).links[0]!.change
      const full = gaitTiming(c).strideTime
      const half = gaitTiming({ ...c, severity: 0.5 }).strideTime
      expect(full).toBeGreaterThan(half)
      expect(half).toBeGreaterThan(NORMAL_STRIDE_TIME)
      expect(gaitTiming(c, { [first]: 0.5 }).strideTime).toBeCloseTo(half, 12)
      expect(gaitTiming(c, { [first]: 0 }).strideTime).toBe(NORMAL_STRIDE_TIME)
    }
  })

  it('moves the floor backward at a positive speed measured from the feet (≈ 1.2 m/s normal)', () => {
    const t = gaitTiming(null)
    expect(t.floorSpeed).toBeGreaterThan(1)
    expect(t.floorSpeed).toBeLessThan(1.6)
    expect(t.strideLength).toBeCloseTo(t.floorSpeed * t.strideTime, 12)
    for (const id of CONDITION_IDS) {
      for (const side of ['left', 'right'] as const) expect(gaitTiming(gc(id, side, 1)).floorSpeed).toBeGreaterThan(0.5)
    }
  })

  it('walks in place: no fore-aft pelvis surge (the floor follows the loaded foot instead)', () => {
    for (const c of [null, gc('stiff-ankle', 'left', 1), gc('hip-osteoarthritis', 'right', 1)]) {
      const zs = Array.from({ length: 64 }, (_, i) => pose(i / 64, c).pelvisOffset[2])
      expect(Math.max(...zs) - Math.min(...zs)).toBeLessThan(0.03)
    }
  })

  it('is cached: the same object for the same rounded inputs', () => {
    const c: GaitCondition = gc('hip-osteoarthritis', 'right', 0.8)
    expect(gaitTiming(c, { 'hip-painful': 1 }).floorSpeed).toBe(gaitTiming({ ...c }, { 'hip-painful': 1.001 }).floorSpeed)
  })
})

describe('chart curves', () => {
  it('give the normal table for normal walking, right and left half a cycle apart', () => {
    const right = normalGaitCurves('right', 51)
    const left = normalGaitCurves('left', 51)
    expect(right.phase).toHaveLength(51)
    expect(right.phase[50]).toBe(1)
    for (let k = 1; k < 50; k++) {
      // The legs are the table's in single support; around the double supports the contact solve adjusts them.
      const single = (k >= 5 && k <= 20) || (k >= 32 && k <= 40)
      const tol = single ? 0.5 : 13
      expect(Math.abs(right.hipFlexion[k]! - OPENSIM_NORMAL_GAIT.hipFlexion[k]!)).toBeLessThan(tol)
      expect(Math.abs(right.kneeFlexion[k]! - OPENSIM_NORMAL_GAIT.kneeFlexion[k]!)).toBeLessThan(tol)
      expect(Math.abs(right.ankleDorsiflexion[k]! - OPENSIM_NORMAL_GAIT.ankleDorsiflexion[k]!)).toBeLessThan(tol)
      expect(right.pelvicObliquity[k]).toBeCloseTo(OPENSIM_NORMAL_GAIT.pelvisList[k]!, 6)
      expect(Math.abs(left.hipFlexion[k]! - right.hipFlexion[(k + 25) % 50]!)).toBeLessThan(3)
    }
  })

  it('show a condition: the stiff knee’s swing peak is lower than normal', () => {
    const normal = normalGaitCurves('left')
    const stiff = gaitCurves({ side: 'left', condition: gc('stiff-knee', 'left', 1), weights: { 'knee-stiff': 1 } })
    expect(Math.max(...stiff.kneeFlexion)).toBeLessThan(Math.max(...normal.kneeFlexion) - 15)
    // The other knee is untouched.
    const otherSide = gaitCurves({ side: 'right', condition: gc('stiff-knee', 'left', 1), weights: { 'knee-stiff': 1 } })
    expect(Math.max(...otherSide.kneeFlexion)).toBeCloseTo(Math.max(...normalGaitCurves('right').kneeFlexion), 6)
  })

  it('chart the lumbar side-bend (≈ 10° peak to peak in normal walking, subject01)', () => {
    const c = normalGaitCurves('right')
    expect(Math.max(...c.lumbarSideBend) - Math.min(...c.lumbarSideBend)).toBeGreaterThan(9)
    expect(Math.max(...c.lumbarSideBend) - Math.min(...c.lumbarSideBend)).toBeLessThan(11)
  })
})

describe('derived lumbar figure', () => {
  it('is zero for a condition with no effect and positive for every chain at full severity', () => {
    expect(extraLumbarSideBend(gc('stiff-ankle', 'left', 0)).perStep).toBeCloseTo(0, 9)
    // Non-specific low back pain changes the timing of the trunk's turning, not its sideways bend; a knee
    // that will not straighten tilts the trunk steadily (Harato 2008), not step by step.
    const STEADY_OR_TURNING = ['nonspecific-low-back-pain', 'knee-flexion-contracture']
    expect(extraLumbarSideBend(gc('nonspecific-low-back-pain', 'right', 1)).perStep).toBeLessThan(0.5)
    expect(Math.abs(extraLumbarSideBend(gc('knee-flexion-contracture', 'right', 1)).sustained)).toBeGreaterThan(2)
    for (const id of CONDITION_IDS) {
      const f = extraLumbarSideBend(gc(id, 'right', 1))
      expect(f.perStep).toBeGreaterThan(STEADY_OR_TURNING.includes(id) ? -1 : 1)
      expect(f.illustrative).toBe(true)
      expect(f.normalRange).toBeGreaterThan(9)
    }
  })

  it('grows with severity, is the larger of the two steps\' peaks, and holds no totals over a day', () => {
    const half = extraLumbarSideBend(gc('hip-osteoarthritis', 'left', 0.5))
    const full = extraLumbarSideBend(gc('hip-osteoarthritis', 'left', 1))
    expect(full.perStep).toBeGreaterThan(half.perStep)
    expect(full.perStep).toBe(Math.max(...full.stepPeaks))
    expect(Math.min(...full.stepPeaks)).toBeGreaterThan(0)
    // Degrees do not add up over a day: the figure carries no per-day field at all.
    expect(Object.keys(full).toSorted()).toEqual(['illustrative', 'limpRange', 'normalRange', 'note', 'perStep', 'stepPeaks', 'sustained'])
  })

  it('keeps a sustained sciatic list out of the per-step figure', () => {
    const list = extraLumbarSideBend(gc('pinched-nerve-root', 'left', 1), { 'sciatic-list': 1 })
    expect(list.sustained).toBeCloseTo(-12.5, 0)
    expect(list.perStep).toBeLessThan(0.5)
  })
})
