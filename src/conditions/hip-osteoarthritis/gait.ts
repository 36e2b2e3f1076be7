/**
 * The gait changes of a painful arthritic hip, in the chain's order (the origin's first), and how
 * much the walk slows. Magnitudes at amount 1 come from sections 2 and 5 of the biomechanics reference
 * where a figure exists; the grade says how sure each one is, and the source why.
 */
import { ADD, FLEX, HIP_MAX, HIP_MEAN, HIP_MIN, bump, toward, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

const hipPainful: GaitChangeDef = {
  id: 'hip-painful',
  label: 'Painful hip',
  atFullSeverity:
    'Affected hip flexion–extension range squeezed from 42° to 17° and moved 6° toward flexion, so it never extends (range +5.5° … +22.5°, normal −16.8° … +25.3°; the engine\'s antalgic step balance trims it to ≈ 15.5°); the other hip swings 30 % less (shorter steps); antalgic warp A = 0.15.',
  grade: 'measured',
  source:
    'Dynamic hip ROM 17 ± 4° in unilateral hip OA vs ≈ 40° normal, with reduced peak extension (Hurwitz 1997; Kumar 2015), §2.1. Illustrative: the 6° shift, the 30 % shorter swing of the other hip (slower walking with shorter steps, §4.3, no figure) and the warp size; together they keep both feet meeting the floor.',
  keyPhase: 0.45,
  warp: 0.15,
  stage: 0,
  apply(c, k) {
    const i = c.aff.hip + FLEX
    const v = c.angles[i]!
    const squeezed = HIP_MEAN + 6 + (v - HIP_MEAN) * (17 / (HIP_MAX - HIP_MIN))
    toward(c.angles, i, squeezed, k)
    const o = c.other.hip + FLEX
    toward(c.angles, o, HIP_MEAN + (c.angles[o]! - HIP_MEAN) * 0.7, k)
  },
}

const pelvicDropAndTilt: GaitChangeDef = {
  id: 'pelvic-drop-and-tilt',
  label: 'Pelvis drops and tips forward',
  atFullSeverity: 'Opposite hemipelvis drops 5° more during affected stance (peak at 20 %: ≈ 9° in all with the normal 4°); pelvis tips 6° further forward (anterior tilt) in late stance (peak at 45 %).',
  grade: 'illustrative',
  source: 'Trendelenburg drop larger than the normal ≈ 4° (§2.1); §5 suggests ≥ 8° in all "for visibility, illustrative". Anterior tilt replacing lost hip extension is a mechanism (Hurwitz 1997; "especially 30–60 % GC"), no degrees.',
  keyPhase: 0.22,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! + c.sL * k * 5 * bump(c.ta, 0.2, 0.2)
    c.angles[c.pelvis + FLEX] = c.angles[c.pelvis + FLEX]! + k * 6 * bump(c.ta, 0.45, 0.22)
  },
}

const trunkLean: GaitChangeDef = {
  id: 'trunk-lean',
  label: 'Trunk lurch and arched back',
  atFullSeverity: 'Lumbar spine side-bends 10° toward the affected (stance) side in mid-stance (peak at 25 %), and extends (more lordosis) by the extra anterior pelvic tilt plus 3°.',
  grade: 'illustrative',
  source: 'Trunk lurches toward the painful hip in stance (antalgic / Duchenne lurch, §2.1) and lordosis increases with the pelvic tilt (Hurwitz 1997); §7: no norm for the trunk-lean angle.',
  keyPhase: 0.25,
  warp: 0,
  stage: 2,
  apply(c, k) {
    c.spine[ADD] = c.spine[ADD]! + c.sL * k * 10 * bump(c.ta, 0.25, 0.25)
    const extraTilt = c.angles[c.pelvis + FLEX]! - c.basePelvis[FLEX]!
    c.spine[FLEX] = c.spine[FLEX]! - k * (extraTilt + 3)
  },
}

export const changes: readonly GaitChangeDef[] = [hipPainful, pelvicDropAndTilt, trunkLean]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.12,
  grade: 'illustrative',
  source:
    'Hip OA walks more slowly (Eitzen 2012, Kumar 2015, §4.3) but no cadence figure is given; 12 %.',
}
