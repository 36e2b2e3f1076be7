/**
 * The gait changes of a pinched nerve root (L5 or S1), in the chain's order (the origin's first), and how
 * much the walk slows. Magnitudes at amount 1 come from sections 2 and 5 of the biomechanics reference
 * where a figure exists; the grade says how sure each one is, and the source why.
 */
import { hipAbductorWeakness } from '../../gait/changes'
import { ADD, FLEX, HIP_MEAN, ROT, absorbObliquity, absorbRotation, bump, plateau, softMax, softMin, toward, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

const sciaticList: GaitChangeDef = {
  id: 'sciatic-list',
  label: 'Sciatic list',
  atFullSeverity: 'Sustained lumbar side-bend of 12.5° away from the painful side, straightened above by T12–L1 so the trunk is shifted sideways (≈ 21 mm at C7 with this skeleton; reference 26 ± 18 mm) rather than tilted; 4° less lordosis.',
  grade: 'measured',
  source: 'Cobb 12.5 ± 5.3°, trunk shift 26.2 ± 17.9 mm, shift away from the herniation side in 81 % (Global Spine J 2022), §2.1. The 4° loss of lordosis is illustrative (reduced lordosis is qualitative there).',
  keyPhase: 0.3,
  warp: 0,
  stage: 2,
  apply(c, k) {
    c.spine[ADD] = c.spine[ADD]! - c.sL * k * 12.5
    c.angles[c.thoracolumbar + ADD] = c.angles[c.thoracolumbar + ADD]! + c.sL * k * 12.5
    c.spine[FLEX] = c.spine[FLEX]! + k * 4
  },
}

const nervePain: GaitChangeDef = {
  id: 'nerve-pain',
  label: 'Guarded, shorter steps',
  atFullSeverity: 'Both hips swing 20 % less about their mean (shorter steps); affected knee kept ≥ 12° flexed from late swing to loading (no straight leg under tension); antalgic warp A = 0.2.',
  grade: 'illustrative',
  source: 'Sciatica gait: step and stride length ↓ 10–50 % (PMC8990405 review, §2.1) — 20 % sits in that band; the knee guard follows the nerve-tension mechanism behind the straight-leg raise (§4.1), no degrees; the warp size is illustrative.',
  keyPhase: 0.95,
  warp: 0.2,
  stage: 0,
  apply(c, k) {
    const s = 1 - 0.2 * k
    for (const leg of [c.aff, c.other]) {
      const i = leg.hip + FLEX
      c.angles[i] = HIP_MEAN + (c.angles[i]! - HIP_MEAN) * s
    }
    const i = c.aff.knee + FLEX
    const v = c.angles[i]!
    toward(c.angles, i, softMax(v, 12, 2), k * bump(c.ta, 0.96, 0.2))
  },
}

const footDropSteppage: GaitChangeDef = {
  id: 'foot-drop-steppage',
  label: 'Foot drop and steppage',
  atFullSeverity: 'Affected ankle held at ≤ −10° (plantarflexed) through swing and at contact (normal ≈ −2°); +15° knee and +8° hip flexion in swing to clear the toes.',
  grade: 'measured',
  source: 'Ankle −10.4 ± 5.7° in the first 10 % of the cycle vs −2.4° in controls; compensation mainly at the knee, less at the hip (Appl Bionics Biomech 2017:3595461), §2.1 and §5. The knee and hip degrees are illustrative.',
  keyPhase: 0.78,
  warp: 0,
  stage: 1,
  apply(c, k) {
    const i = c.aff.ankle + FLEX
    const v = c.angles[i]!
    toward(c.angles, i, softMin(v, -10, 2), k * plateau(c.ta, 0.56, 0.16, 0.07))
    c.angles[c.aff.knee + FLEX] = c.angles[c.aff.knee + FLEX]! + k * 15 * bump(c.ta, 0.75, 0.2)
    c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + k * 8 * bump(c.ta, 0.85, 0.22)
  },
}

const lumbarLoop: GaitChangeDef = {
  id: 'lumbar-loop',
  label: 'The limp loads the back',
  atFullSeverity: 'The lumbar spine side-bends and twists against all the extra pelvic motion of the limp (100 %), and turns 4° more toward the affected side during its stance.',
  grade: 'illustrative',
  source: 'Limp → repeated lumbar side-bend and twist (§4.2 mechanism; §5 thorax nearly still); no figure for the extra twist.',
  keyPhase: 0.2,
  warp: 0,
  stage: 2,
  apply(c, k) {
    absorbObliquity(c, k)
    absorbRotation(c, k)
    c.spine[ROT] = c.spine[ROT]! + c.sL * k * 4 * bump(c.ta, 0.25, 0.25)
  },
}

export const changes: readonly GaitChangeDef[] = [sciaticList, nervePain, footDropSteppage, hipAbductorWeakness, lumbarLoop]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.33,
  grade: 'illustrative',
  source:
    'Disc herniation gait: velocity and cadence ↓ > 50 %, foot drop ≈ 47 % slower (§2.1). A 25 % lower cadence (× 1.33) is used, well below the reported figures, so the animation stays readable.',
}
