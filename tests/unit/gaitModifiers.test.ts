import { describe, expect, it } from 'vitest'
import { JOINTS, LUMBAR_JOINTS } from '../../src/anatomy/joints'
import type { Side } from '../../src/anatomy/regions'
import { CONDITIONS, GAIT_CHANGES } from '../../src/conditions'
import {
  NORMAL_WALKING,
  cyclePhaseFor,
  keyPhaseFor,
  pose,
  sourcedPose,
  solveJointTransforms,
  stanceFractions,
  type GaitCondition,
  type GaitWeights,
  type Pose,
} from '../../src/gait'
import { conditionWithChange, gc } from '../support/gaitConditions'

const s1 = (side: Side) => (side === 'right' ? 'r' : 'l')
const other = (side: Side): Side => (side === 'left' ? 'right' : 'left')
/** +1 for the left, −1 for the right: sign of "affected side up" (obliquity) and "toward the affected side" (spine). */
const sL = (side: Side) => (side === 'left' ? 1 : -1)
const spine = (p: Pose, key: 'flexion' | 'adduction' | 'rotation') => LUMBAR_JOINTS.reduce((s, n) => s + p.joints[n]![key], 0)
const aff = (p: Pose, side: Side, joint: 'hip' | 'knee' | 'ankle') => p.joints[`${joint}_${s1(side)}`]!

interface Spec {
  /** Changes that must be on for this one to act (the lumbar changes react to pelvic ones). */
  pre?: string[]
  /** Local phase of the affected leg at which to measure. */
  local: number
  /** Signed effect of the change (limp minus the same gait without it), positive in the direction the reference names. */
  effect: (limp: Pose, base: Pose, side: Side) => number
  /** Effect at severity 1 must reach at least this (degrees). */
  min: number
  /** What the reference says (for the test name). */
  says: string
  /**
   * Measure on the angles before the contact solve (sourcedPose): for a change whose effect sits where
   * the solve bends the knees of the limp and of the normal walk differently (around contact).
   */
  sourced?: boolean
  /** Severity at which `min` must be reached (default 1): a pattern that peaks at moderate severity. */
  at?: number
  /** Two severities at which the effect must be positive and growing (default [0.5, 1]). */
  growth?: [number, number]
}

/** Changes that only warp time (stance shortening) and move no joint: tested on the stance share. */
const TIMING_ONLY = new Set(['antalgic-short-stance'])

/** What each gait change must do, by change id: a new change needs its entry here. */
const SPECS: Record<string, Spec> = {
  'ankle-stiff': { local: 0.45, min: 6, says: 'less dorsiflexion of the affected ankle in late stance', effect: (l, b, s) => aff(b, s, 'ankle').flexion - aff(l, s, 'ankle').flexion },
  'knee-hyperextension': { local: 0.35, min: 4, says: 'affected knee straighter (toward −5°) in mid-stance', effect: (l, b, s) => aff(b, s, 'knee').flexion - aff(l, s, 'knee').flexion },
  'hip-push': { local: 0.82, min: 5, says: 'more hip flexion of the affected leg in swing', effect: (l, b, s) => aff(l, s, 'hip').flexion - aff(b, s, 'hip').flexion },
  'pelvic-hike': { local: 0.75, min: 5, says: 'the affected side of the pelvis rises in its swing', effect: (l, b, s) => sL(s) * (l.joints.pelvis!.adduction - b.joints.pelvis!.adduction) },
  'lumbar-side-bend': { pre: ['pelvic-hike'], local: 0.75, min: 5, says: 'the lumbar spine bends against the hiked pelvis', effect: (l, b, s) => sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  'knee-stiff': { local: 0.72, min: 10, says: 'less swing knee flexion', effect: (l, b, s) => aff(b, s, 'knee').flexion - aff(l, s, 'knee').flexion },
  'hip-circumduction': { local: 0.76, min: 5, says: 'hip abduction of the affected leg in swing', effect: (l, b, s) => aff(b, s, 'hip').adduction - aff(l, s, 'hip').adduction },
  'contralateral-vault': { local: 0.75, min: 10, says: 'the other ankle plantarflexes in its mid-stance', effect: (l, b, s) => aff(b, other(s), 'ankle').flexion - aff(l, other(s), 'ankle').flexion },
  'hip-less-extension': { local: 0.5, min: 6, says: 'less hip extension of the affected leg in late stance', effect: (l, b, s) => aff(l, s, 'hip').flexion - aff(b, s, 'hip').flexion },
  'pelvic-anterior-tilt': { local: 0.5, min: 4, says: 'the pelvis tips forward in late stance of the painful side', effect: (l, b) => l.joints.pelvis!.flexion - b.joints.pelvis!.flexion },
  'trunk-lean-over-hip': { local: 0.3, min: 5, says: 'the lumbar spine side-bends toward the painful stance side', effect: (l, b, s) => sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  'pelvic-dysfunction': { local: 0.8, min: 3.5, says: 'the affected side of the pelvis drops more', effect: (l, b, s) => -sL(s) * (l.joints.pelvis!.adduction - b.joints.pelvis!.adduction) },
  'lumbar-ligament-load': { pre: ['pelvic-dysfunction'], local: 0.8, min: 3.5, says: 'the lumbar spine bends with the uneven pelvis', effect: (l, b, s) => -sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  'sciatic-list': { local: 0.3, min: 12, says: 'sustained lumbar side-bend away from the painful side (Cobb ≈ 12.5°)', effect: (l, b, s) => -sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  'nerve-pain': { local: 0.97, min: 5, sourced: true, says: 'the affected knee is kept bent at the end of swing', effect: (l, b, s) => aff(l, s, 'knee').flexion - aff(b, s, 'knee').flexion },
  'foot-drop-steppage': { local: 0.02, min: 5, says: 'the affected ankle is plantarflexed at contact', effect: (l, b, s) => aff(b, s, 'ankle').flexion - aff(l, s, 'ankle').flexion },
  'hip-abductor-weakness': { local: 0.2, min: 3.5, says: 'the opposite side of the pelvis drops in affected stance (Trendelenburg)', effect: (l, b, s) => sL(s) * (l.joints.pelvis!.adduction - b.joints.pelvis!.adduction) },
  'lumbar-loop': { pre: ['hip-abductor-weakness'], local: 0.2, min: 3.5, says: 'the lumbar spine bends with the limp’s pelvic drop', effect: (l, b, s) => sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  // A painful, unstable sprained ankle.
  'ankle-careful-pushoff': { local: 0.64, min: 6, says: 'less push-off plantarflexion of the painful ankle', effect: (l, b, s) => aff(l, s, 'ankle').flexion - aff(b, s, 'ankle').flexion },
  'knee-stiff-loading': { local: 0.1, min: 6, says: 'less knee flexion of the painful side in loading response', effect: (l, b, s) => aff(b, s, 'knee').flexion - aff(l, s, 'knee').flexion },
  'hip-pull-off': { local: 0.68, min: 4, says: 'more hip flexion of the painful side in early swing (hip-dominant)', effect: (l, b, s) => aff(l, s, 'hip').flexion - aff(b, s, 'hip').flexion },
  'lumbar-sway': { local: 0.52, min: 3, says: 'the lumbar spine side-bends toward the sound side at the handover', effect: (l, b, s) => -sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  // A knee that will not straighten.
  'knee-flexion-contracture': { local: 0.4, min: 22, says: 'the knee stays bent in stance (30° contracture at severity 1)', effect: (l, b, s) => aff(l, s, 'knee').flexion - aff(b, s, 'knee').flexion },
  'contralateral-knee-hip-flexion': { local: 0.8, min: 8, says: 'the other knee bends in its stance', effect: (l, b, s) => aff(l, other(s), 'knee').flexion - aff(b, other(s), 'knee').flexion },
  'pelvis-forward-inclination': { local: 0.3, min: 3.5, says: 'the pelvis tips forward', effect: (l, b) => l.joints.pelvis!.flexion - b.joints.pelvis!.flexion },
  'trunk-forward-and-side': { local: 0.3, min: 4.5, says: 'the lumbar spine flexes (trunk forward)', effect: (l, b) => spine(l, 'flexion') - spine(b, 'flexion') },
  // Weak hip abductors: the drop peaks at moderate severity, the lurch takes over above it.
  'hip-adduction-stance': { local: 0.3, min: 5, at: 0.6, growth: [0.3, 0.6], says: 'the weak stance hip adducts (moderate weakness)', effect: (l, b, s) => aff(l, s, 'hip').adduction - aff(b, s, 'hip').adduction },
  'trendelenburg-drop': { local: 0.3, min: 5, at: 0.6, growth: [0.3, 0.6], says: 'the opposite side of the pelvis drops in weak-side stance (moderate weakness)', effect: (l, b, s) => sL(s) * (l.joints.pelvis!.adduction - b.joints.pelvis!.adduction) },
  'abductor-lurch': { pre: ['trendelenburg-drop'], local: 0.3, min: 8, says: 'the lumbar spine bends toward the weak stance hip (trunk lurch)', effect: (l, b, s) => sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  // A leg-length difference (side = the short leg).
  'pelvic-obliquity': { local: 0.3, min: 5, says: 'the pelvis is lower on the short side in its stance', effect: (l, b, s) => -sL(s) * (l.joints.pelvis!.adduction - b.joints.pelvis!.adduction) },
  'long-leg-knee-flexion': { local: 0.8, min: 6, says: 'the long leg’s knee bends in its stance', effect: (l, b, s) => aff(l, other(s), 'knee').flexion - aff(b, other(s), 'knee').flexion },
  'short-leg-toe-walk': { local: 0.3, min: 10, growth: [0.75, 1], says: 'the short side’s ankle plantarflexes in stance (only at larger differences)', effect: (l, b, s) => aff(b, s, 'ankle').flexion - aff(l, s, 'ankle').flexion },
  'lumbar-functional-curve': { pre: ['pelvic-obliquity'], local: 0.3, min: 5, says: 'the lumbar spine bends toward the long side (convex to the short side)', effect: (l, b, s) => -sL(s) * (spine(l, 'adduction') - spine(b, 'adduction')) },
  // Non-specific low back pain: timing between pelvis and thorax, not amplitude.
  'guarded-trunk': { local: 0.1, min: 4, says: 'less lumbar counter-rotation (thorax more in phase with the pelvis)', effect: (l, b) => Math.abs(spine(b, 'rotation')) - Math.abs(spine(l, 'rotation')) },
  'pelvis-moves-with-trunk': { local: 0, min: 2.5, says: 'the pelvis turns later: the affected side less forward at its heel strike', effect: (l, b, s) => sL(s) * (l.joints.pelvis!.rotation - b.joints.pelvis!.rotation) },
  'slower-shorter-stride': { local: 0.5, min: 0.6, says: 'a little less hip extension (shorter stride)', effect: (l, b, s) => aff(l, s, 'hip').flexion - aff(b, s, 'hip').flexion },
  'paraspinal-guarding': { local: 0.1, min: 0.7, says: 'a slightly stiffer lumbar spine in axial rotation', effect: (l, b) => Math.abs(spine(b, 'rotation')) - Math.abs(spine(l, 'rotation')) },
}

function weightsOf(ids: readonly string[], w = 1): GaitWeights {
  return Object.fromEntries(ids.map((id) => [id, w]))
}

/** Effect of one change at severity s and weight w, at a local phase of the affected leg. */
function effectOf(id: string, side: Side, severity: number, local = SPECS[id]!.local, weight = 1, sourced = false): number {
  const spec = SPECS[id]!
  const condition: GaitCondition = gc(conditionWithChange(id), side, severity)
  const withIt: GaitWeights = { ...weightsOf(spec.pre ?? []), [id]: weight }
  const at = spec.sourced || sourced ? sourcedPose : pose
  const limp = at(cyclePhaseFor(local, condition, withIt), condition, withIt)
  // The same gait without this change, at the same point of the tables (a warp may shift the cycle phase).
  const base = at(limp.tablePhase, spec.pre ? condition : null, spec.pre ? weightsOf(spec.pre) : undefined)
  return spec.effect(limp, base, side)
}

function expectSamePose(a: Pose, b: Pose) {
  for (const j of JOINTS) {
    for (const k of ['flexion', 'adduction', 'rotation'] as const) expect(a.joints[j.name]![k]).toBeCloseTo(b.joints[j.name]![k], 9)
  }
  for (let i = 0; i < 3; i++) expect(a.pelvisOffset[i]).toBeCloseTo(b.pelvisOffset[i]!, 9)
}

describe('gait changes', () => {
  it('cover every change of every condition, each with a source or a reason, a key phase and a magnitude', () => {
    expect([...GAIT_CHANGES.keys()].toSorted()).toEqual([...Object.keys(SPECS), ...TIMING_ONLY].toSorted())
    for (const [id, c] of GAIT_CHANGES) {
      expect(c.id).toBe(id)
      expect(['measured', 'reasoned', 'illustrative']).toContain(c.grade)
      expect(c.source.length).toBeGreaterThan(20)
      expect(c.atFullSeverity.length).toBeGreaterThan(20)
      expect(c.keyPhase).toBeGreaterThanOrEqual(0)
      expect(c.keyPhase).toBeLessThan(1)
    }
  })

  const all = CONDITIONS.flatMap((def) => def.changes.map((change) => ({ conditionId: def.id, id: change.id })))
  const cases = all.filter((c) => !TIMING_ONLY.has(c.id))
  for (const { conditionId, id } of all.filter((c) => TIMING_ONLY.has(c.id))) {
    it(`${conditionId}: ${id} shortens the affected stance more with severity (timing only)`, () => {
      for (const side of ['left', 'right'] as const) {
        const at = (severity: number) => stanceFractions(gc(conditionWithChange(id), side, severity), { [id]: 1 })[side]
        expect(at(0)).toBeCloseTo(0.6, 5)
        expect(at(0.5)).toBeLessThan(0.59)
        expect(at(1)).toBeLessThan(at(0.5))
      }
    })
  }
  for (const { conditionId, id } of cases) {
    const spec = SPECS[id]!
    describe(`${conditionId}: ${id}`, () => {
      it(`moves the joints the reference names: ${spec.says}`, () => {
        for (const side of ['left', 'right'] as const) expect(effectOf(id, side, spec.at ?? 1)).toBeGreaterThanOrEqual(spec.min)
      })

      const [low, high] = spec.growth ?? [0.5, 1]
      it(`grows with severity: 0 is normal walking, ${low} less than ${high}`, () => {
        for (const side of ['left', 'right'] as const) {
          const half = effectOf(id, side, low)
          const full = effectOf(id, side, high)
          expect(half).toBeGreaterThan(0.05)
          expect(half).toBeLessThan(full)
          const condition: GaitCondition = gc(conditionWithChange(id), side, 0)
          for (const phase of [0.1, 0.6]) expectSamePose(pose(phase, condition, weightsOf([...(spec.pre ?? []), id])), pose(phase, null))
        }
      })

      // The contact solve (contact.ts) adds its own hip and knee changes around contact, in the limp and in
      // the normal walk compared with, so "largest effect" can include some of those: a third is asked.
      it('shows well at its key phase (at least a third of its largest effect over the cycle)', () => {
        for (const side of ['left', 'right'] as const) {
          const condition: GaitCondition = gc(conditionWithChange(id), side, 1)
          const w = weightsOf([...(spec.pre ?? []), id])
          let best = 0
          for (let i = 0; i < 50; i++) best = Math.max(best, effectOf(id, side, 1, i / 50))
          const at = spec.sourced ? sourcedPose : pose
          const key = at(keyPhaseFor(id, condition, w), condition, w)
          const base = at(key.tablePhase, spec.pre ? condition : null, spec.pre ? weightsOf(spec.pre) : undefined)
          expect(spec.effect(key, base, side)).toBeGreaterThanOrEqual(best / 3)
        }
      })
    })
  }
})

/** Left hip flexion of a pose. */
const leftHip = (p: Pose) => p.joints.hip_l!.flexion

function extremes(condition: GaitCondition, w: GaitWeights, f: (p: Pose) => number, at = pose) {
  const v = Array.from({ length: 100 }, (_, i) => f(at(i / 100, condition, w)))
  return { min: Math.min(...v), max: Math.max(...v) }
}

/** Frontal tilt of the thorax relative to the world (pelvic obliquity minus lumbar side-bend), degrees. */
const thoraxTilt = (p: Pose) => p.joints.pelvis!.adduction - spine(p, 'adduction')

describe('gait changes, details', () => {

  it('ankle-stiff caps dorsiflexion near 0–3° and loses push-off plantarflexion', () => {
    const c: GaitCondition = gc('stiff-ankle', 'left', 1)
    const e = extremes(c, { 'ankle-stiff': 1 }, (p) => p.joints.ankle_l!.flexion)
    expect(e.max).toBeLessThanOrEqual(3)
    expect(e.min).toBeGreaterThanOrEqual(-5.5)
  })

  it('antalgic changes shorten the affected stance (a phase warp) and lengthen the other', () => {
    expect(stanceFractions(null)).toEqual({ left: 0.6, right: 0.6 })
    for (const id of ['ankle-stiff', 'antalgic-short-stance', 'nerve-pain'] as const) {
      for (const side of ['left', 'right'] as const) {
        const c: GaitCondition = gc(conditionWithChange(id), side, 1)
        const half = stanceFractions({ ...c, severity: 0.5 }, { [id]: 1 })
        const full = stanceFractions(c, { [id]: 1 })
        expect(full[side]).toBeLessThan(half[side])
        expect(half[side]).toBeLessThan(0.6)
        expect(full[other(side)]).toBeGreaterThan(0.6)
      }
    }
    expect(stanceFractions(gc('stiff-ankle', 'right', 1), { 'ankle-stiff': 1 }).right).toBeCloseTo(0.5, 1)
  })

  it('knee-hyperextension takes the stance knee to about −5°', () => {
    const e = extremes(gc('stiff-ankle', 'right', 1), { 'knee-hyperextension': 1 }, (p) => p.joints.knee_r!.flexion)
    expect(e.min).toBeLessThan(-4)
    expect(e.min).toBeGreaterThan(-6)
  })

  it('knee-stiff caps swing flexion below the 44.3° stiff-knee threshold and keeps the stance knee bent', () => {
    const e = extremes(gc('stiff-knee', 'left', 1), { 'knee-stiff': 1 }, (p) => p.joints.knee_l!.flexion)
    expect(e.max).toBeLessThan(44.3)
    expect(e.min).toBeGreaterThan(8)
  })

  it('hip-less-extension takes about 10° off the painful hip\'s late-stance extension and leaves swing flexion', () => {
    const c = gc('hip-osteoarthritis', 'left', 1)
    // The change's own size, on the angles it sets (before the contact solve).
    const limp = extremes(c, { 'hip-less-extension': 1 }, leftHip, sourcedPose)
    const normal = extremes(NORMAL_WALKING, {}, leftHip, sourcedPose)
    expect(limp.min - normal.min).toBeGreaterThan(8)
    expect(limp.min - normal.min).toBeLessThan(12)
    expect(Math.abs(limp.max - normal.max)).toBeLessThan(1)
    // On the skeleton: at least as much. The solve lets a normal trailing hip extend a little further (about
    // 2.5°) so the foot reaches the floor in pre-swing; the painful hip's lost extension is a limit the solve
    // keeps (contact.ts), so the difference on solved poses may exceed the change's 10°, never fall short.
    const shown = extremes(c, { 'hip-less-extension': 1 }, leftHip)
    const shownNormal = extremes(NORMAL_WALKING, {}, leftHip)
    expect(shown.min - shownNormal.min).toBeGreaterThan(8)
    expect(shown.min - shownNormal.min).toBeLessThan(15)
    expect(Math.abs(shown.max - shownNormal.max)).toBeLessThan(1)
  })

  it('antalgic-short-stance shortens the painful hip\'s stance to about 52 % of the cycle', () => {
    const c = gc('hip-osteoarthritis', 'right', 1)
    expect(stanceFractions(c, { 'antalgic-short-stance': 1 }).right).toBeCloseTo(0.52, 1)
  })

  it('trunk-lean-over-hip arches the low back with the forward pelvic tilt', () => {
    const c: GaitCondition = gc('hip-osteoarthritis', 'left', 1)
    const w = { 'pelvic-anterior-tilt': 1, 'trunk-lean-over-hip': 1 }
    const limp = pose(cyclePhaseFor(0.5, c, w), c, w)
    const base = pose(limp.tablePhase, c, { 'pelvic-anterior-tilt': 1 })
    expect(spine(limp, 'flexion') - spine(base, 'flexion')).toBeLessThan(-6)
  })

  it('sciatic-list shifts the trunk sideways away from the painful side (reference 26 ± 18 mm), upright', () => {
    for (const side of ['left', 'right'] as const) {
      const c: GaitCondition = gc('pinched-nerve-root', side, 1)
      const limp = solveJointTransforms(pose(0.3, c, { 'sciatic-list': 1 }))
      const normal = solveJointTransforms(pose(0.3, null))
      const i = JOINTS.findIndex((j) => j.name === 'C7_T1')
      const shift = -sL(side) * ((limp.position[i * 3]! - limp.position[0]!) - (normal.position[i * 3]! - normal.position[0]!))
      expect(shift).toBeGreaterThan(0.015)
      expect(shift).toBeLessThan(0.045)
      // Upright: the thorax (T12_L1 frame) leans no more than 1° differently from normal walking.
      const t = JOINTS.findIndex((j) => j.name === 'T12_L1')
      const lean = (x: { rotation: Float64Array }) => (Math.asin(x.rotation[t * 9 + 1]!) * 180) / Math.PI
      expect(Math.abs(lean(limp) - lean(normal))).toBeLessThan(1)
    }
  })

  it('foot-drop-steppage keeps the ankle near −10° through swing, with extra knee and hip flexion', () => {
    const c: GaitCondition = gc('pinched-nerve-root', 'right', 1)
    const w = { 'foot-drop-steppage': 1 }
    const limp = pose(cyclePhaseFor(0.8, c, w), c, w)
    const base = pose(limp.tablePhase, null)
    expect(limp.joints.ankle_r!.flexion).toBeLessThanOrEqual(-9)
    const knee = extremes(c, w, (p) => p.joints.knee_r!.flexion)
    expect(knee.max).toBeGreaterThan(62)
    expect(limp.joints.hip_r!.flexion).toBeGreaterThan(base.joints.hip_r!.flexion + 3)
  })

  it('lumbar-side-bend keeps the thorax about as level as normal walking while the pelvis hikes', () => {
    const c: GaitCondition = gc('stiff-knee', 'left', 1)
    const phase = cyclePhaseFor(0.75, c)
    const normal = Math.abs(thoraxTilt(pose(phase, null)))
    const hikeOnly = Math.abs(thoraxTilt(pose(phase, c, { 'pelvic-hike': 1 })))
    const absorbed = Math.abs(thoraxTilt(pose(phase, c, { 'pelvic-hike': 1, 'lumbar-side-bend': 1 })))
    expect(hikeOnly).toBeGreaterThan(normal + 4)
    expect(Math.abs(absorbed - normal)).toBeLessThan(0.5)
  })

  it('weights fade a change in and out smoothly', () => {
    // The weight mechanism itself, on the angles before the contact solve (which reacts to every fade step).
    for (const id of ['pelvic-hike', 'ankle-stiff', 'sciatic-list'] as const) {
      const e = [0, 0.25, 0.5, 0.75, 1].map((w) => effectOf(id, 'left', 1, SPECS[id]!.local, w, true))
      expect(e[0]).toBeCloseTo(0, 9)
      for (let i = 1; i < e.length; i++) expect(e[i]!).toBeGreaterThan(e[i - 1]!)
    }
  })

  it('gives normal walking for no changes, severity 0, or all weights 0', () => {
    for (const phase of [0, 0.27, 0.5, 0.83]) {
      const normal = pose(phase, null)
      expectSamePose(pose(phase, { ...NORMAL_WALKING, side: 'right', severity: 1 }), normal)
      expectSamePose(pose(phase, gc('hip-osteoarthritis', 'right', 0)), normal)
      expectSamePose(pose(phase, gc('hip-osteoarthritis', 'right', 1), {}), normal)
      expectSamePose(pose(phase), normal)
    }
  })

  it('uses all the condition’s changes at full weight when no weights are given', () => {
    const c: GaitCondition = gc('stiff-ankle', 'left', 1)
    const w = weightsOf(['ankle-stiff', 'knee-hyperextension', 'hip-push', 'pelvic-hike', 'lumbar-side-bend'])
    expectSamePose(pose(0.4, c), pose(0.4, c, w))
  })
})
