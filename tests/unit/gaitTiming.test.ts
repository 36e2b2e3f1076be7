import { describe, expect, it } from 'vitest'
import {
  FOOT_POINTS,
  NORMAL_STRIDE_TIME,
  OPENSIM_NORMAL_GAIT,
  createPose,
  extraLumbarSideBend,
  gaitCurves,
  gaitTiming,
  normalGaitCurves,
  pose,
  type GaitCondition,
  type GaitWeights,
} from '../../src/gait'
import { CONDITION_IDS, gc } from '../support/gaitConditions'
import { conditionById } from '../../src/conditions'


/**
 * Walks one stride at fine steps on a floor moving at the engine's floor speed and measures, end to end,
 * how far the touching foot point drifts relative to the floor while it touches (largest and total).
 * The touching point is the lowest point of the feet that are not clearly in mid-swing.
 */
function footDrift(condition: GaitCondition | null, weights?: GaitWeights) {
  const t = gaitTiming(condition, weights)
  const n = 480
  const out = createPose()
  const z: Float64Array[] = []
  const contact: number[] = []
  for (let i = 0; i < n; i++) {
    pose(i / n, condition, weights, out)
    z.push(Float64Array.from({ length: FOOT_POINTS.length }, (_, k) => out.feet[k * 3 + 2]!))
    contact.push(out.contactPoint)
  }
  const floorStep = (t.floorSpeed * t.strideTime) / n
  let worst = 0
  let total = 0
  let cum = 0
  let lo = 0
  let hi = 0
  for (let i = 0; i < n; i++) {
    const c = contact[i]!
    const next = (i + 1) % n
    cum += z[next]![c]! - z[i]![c]! + floorStep
    lo = Math.min(lo, cum)
    hi = Math.max(hi, cum)
    if (contact[next] !== c || next === 0) {
      worst = Math.max(worst, hi - lo)
      total += hi - lo
      cum = lo = hi = 0
    }
  }
  return { worst, total }
}

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

  it('keeps the touching foot still on the moving floor: less than 3 cm of drift per stride', () => {
    const normal = footDrift(null)
    expect(normal.total).toBeLessThan(0.03)
    expect(normal.worst).toBeLessThan(0.015)
    for (const id of CONDITION_IDS) {
      for (const side of ['left', 'right'] as const) {
        const d = footDrift(gc(id, side, 1))
        expect(d.total).toBeLessThan(0.03)
      }
    }
  })

  it('needs only a small forward–backward pelvis surge in normal walking (≈ 2.5 cm)', () => {
    expect(gaitTiming(null).pelvisSurge).toBeLessThan(0.035)
    const xs = Array.from({ length: 64 }, (_, i) => pose(i / 64, null).pelvisOffset[2])
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.01)
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
      expect(right.hipFlexion[k]).toBeCloseTo(OPENSIM_NORMAL_GAIT.hipFlexion[k]!, 6)
      expect(right.kneeFlexion[k]).toBeCloseTo(OPENSIM_NORMAL_GAIT.kneeFlexion[k]!, 6)
      expect(right.ankleDorsiflexion[k]).toBeCloseTo(OPENSIM_NORMAL_GAIT.ankleDorsiflexion[k]!, 6)
      expect(right.pelvicObliquity[k]).toBeCloseTo(OPENSIM_NORMAL_GAIT.pelvisList[k]!, 6)
      expect(left.hipFlexion[k]).toBeCloseTo(right.hipFlexion[(k + 25) % 50]!, 6)
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
    for (const id of CONDITION_IDS) {
      const f = extraLumbarSideBend(gc(id, 'right', 1))
      expect(f.perStep).toBeGreaterThan(1)
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
