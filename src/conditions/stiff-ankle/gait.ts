/**
 * The gait changes of a stiff ankle, in the chain's order (the origin's first), and how
 * much the walk slows. Magnitudes at amount 1 come from sections 2 and 5 of the biomechanics reference
 * where a figure exists; the grade says how sure each one is, and the source why.
 */
import { lumbarSideBend, pelvicHike } from '../../gait/changes'
import { ADD, FLEX, bump, plateau, softMax, softMin, toward, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

const ankleStiff: GaitChangeDef = {
  id: 'ankle-stiff',
  label: 'Stiff ankle',
  atFullSeverity:
    'Affected ankle held between −4° and +2°: dorsiflexion capped at 2° (normal peak 10.8°), push-off plantarflexion lost (normal −14°); antalgic warp A = 0.3 shortens its stance from 60 % to ≈ 50 % of the cycle (and, through the engine\'s step balance, its step).',
  grade: 'reasoned',
  source:
    'Dorsiflexion cap: Clifford 2014 (Podiatry Today; < 5° DF → significant compensation), reference §2.1 equinus row. Push-off floor −4° and the stance warp size are illustrative: antalgic stance shortening is qualitative in §2.1 (a clinical blog quotes 60/40 → 40/60 [W]; we stop at 50/50).',
  keyPhase: 0.45,
  warp: 0.3,
  stage: 1,
  apply(c, k) {
    const i = c.aff.ankle + FLEX
    const v = c.angles[i]!
    const clamped = softMax(softMin(v, 2, 1.5), -4, 1.5)
    toward(c.angles, i, clamped, k)
  },
}

const kneeHyperextension: GaitChangeDef = {
  id: 'knee-hyperextension',
  label: 'Knee snaps back',
  atFullSeverity: 'Affected knee pulled to −5° (hyperextension) from mid- to late stance (normal +2 to +8°); the hip extends by half that change so the thigh swings back over the planted foot.',
  grade: 'illustrative',
  source: 'Knee hyperextension as an equinus compensation is qualitative in §2.1 (Clifford 2014; Wheeless); −5° is a visible, plausible value.',
  keyPhase: 0.35,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const i = c.aff.knee + FLEX
    const before = c.angles[i]!
    toward(c.angles, i, -5, k * plateau(c.ta, 0.12, 0.56, 0.14))
    // The thigh swings back over the planted foot by about half the knee's extra extension (hip
    // extension), so the foot stays put and the shank tips forward: the early heel rise of equinus.
    c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + 0.5 * (c.angles[i]! - before)
  },
}

const hipPush: GaitChangeDef = {
  id: 'hip-push',
  label: 'Hip pulls the leg through',
  atFullSeverity: 'Affected hip: +8° flexion and 4° abduction during swing (peak at 82 % / 80 % of its cycle).',
  grade: 'illustrative',
  source: 'Shift of propulsion from ankle to hip ("hip-dominant strategy", more hip flexion) in chronic ankle instability, §2.1 (J Foot Ankle Res 2014; PMC6602400): qualitative, no degrees given.',
  keyPhase: 0.82,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + k * 8 * bump(c.ta, 0.82, 0.2)
    c.angles[c.aff.hip + ADD] = c.angles[c.aff.hip + ADD]! - k * 4 * bump(c.ta, 0.8, 0.22)
  },
}

export const changes: readonly GaitChangeDef[] = [ankleStiff, kneeHyperextension, hipPush, pelvicHike, lumbarSideBend]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.1,
  // Measured in chronic ankle instability, a related ankle problem, not in a stiff ankle itself.
  grade: 'reasoned',
  source:
    'Chronic ankle instability: ≈ 9 % lower cadence (J Foot Ankle Res 2014), reference §2.1 → stride time × 1/0.91 ≈ 1.10.',
}
