/**
 * The gait changes of a leg-length difference, in the chain's order (the origin's first), and how much the
 * walk slows. The condition's `side` is the SHORTER leg. Severity 1 stands for a difference of about 5.5 %
 * of leg length, the size at which children walked on the toes of the short leg (Song et al. 1997), and
 * 0.55 for about 3 %, below which they showed no compensation (reference §2.1 LLD row).
 *
 * The skeleton's two legs have the same bones: the difference is shown by what the pelvis, the low back
 * and the compensating joints do, not by a shorter bone.
 */
import { ADD, FLEX, absorbObliquity, bump, plateau, smoothstep, weightOf, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

/** Severity standing for ≈ 3 % of leg length: below it no toe-walking (Song 1997). */
const TOE_WALK_FROM = 0.55

const pelvicObliquity: GaitChangeDef = {
  id: 'pelvic-obliquity',
  label: 'Pelvis lower on the short side',
  atFullSeverity: 'Pelvis 3° lower on the short side through the whole stride, and 3° lower again while the short leg stands (peak at 30 % of its cycle, window 5–55 %).',
  grade: 'illustrative',
  source:
    'A difference of ≥ 2 cm raised pelvic obliquity in standing and in mid-stance of the long leg, though walking compensates well (BMC Musculoskelet Disord 2022, doi 10.1186/s12891-022-05113-2); pelvic lateral tilt grew with the difference in children (Böhm & Dussa 2025); reference §2.1. No angle is given: 3° + 3° is illustrative (uncompensated, 5 cm over the ≈ 17 cm between the hip joints would tilt ≈ 17°).',
  keyPhase: 0.3,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! - c.sL * k * (3 + 3 * bump(c.ta, 0.3, 0.25))
  },
}

const longLegKneeFlexion: GaitChangeDef = {
  id: 'long-leg-knee-flexion',
  label: 'Longer leg bends its knee',
  atFullSeverity: 'The longer leg\'s knee flexes 8° more through its stance (0–60 % of its own cycle, smooth edges).',
  grade: 'illustrative',
  source: 'Children with a mild difference lowered the long leg by flexing it (Böhm & Dussa 2025, reference §2.1); the long limb did more work (Song 1997). No angle given: 8° is illustrative.',
  keyPhase: 0.8,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.other.knee + FLEX] = c.angles[c.other.knee + FLEX]! + 8 * k * plateau(c.to, 0.95, 0.62, 0.1)
  },
}

const shortLegToeWalk: GaitChangeDef = {
  id: 'short-leg-toe-walk',
  label: 'Short leg on its toes',
  atFullSeverity: `Only above severity ${TOE_WALK_FROM} (≈ 3 % of leg length), growing to 12° more plantarflexion of the short side's ankle through its stance (10–50 % of its cycle) at severity 1 (≈ 5.5 %): the heel leaves the floor early.`,
  grade: 'illustrative',
  source: 'Toe-walking on the short side at differences ≥ 5.5 % of leg length, no compensation below 3 % (Song, Halliday & Little 1997, JBJS-Am; reference §2.1). The thresholds are measured; the 12° is illustrative.',
  keyPhase: 0.3,
  warp: 0,
  stage: 1,
  apply(c, k) {
    const onset = smoothstep((c.severity - TOE_WALK_FROM) / (1 - TOE_WALK_FROM))
    const w = weightOf(c, k) * onset
    c.angles[c.aff.ankle + FLEX] = c.angles[c.aff.ankle + FLEX]! - 12 * w * plateau(c.ta, 0.02, 0.58, 0.1)
  },
}

const lumbarFunctionalCurve: GaitChangeDef = {
  id: 'lumbar-functional-curve',
  label: 'Low back curves to one side',
  atFullSeverity: 'The lumbar spine side-bends toward the long side by all the added pelvic obliquity (3° through the stride, up to 6° in the short leg\'s stance): a curve convex toward the short side, the thorax kept level.',
  grade: 'reasoned',
  source: 'A tilted pelvis brings a non-structural lumbar curve convex toward the short side (reference §2.1 LLD row; Applebaum et al. 2021 review); the size follows from the pelvic tilt (the lumbar spine keeps the thorax level, §5).',
  keyPhase: 0.3,
  warp: 0,
  stage: 2,
  apply(c, k) {
    absorbObliquity(c, weightOf(c, k))
  },
}

export const changes: readonly GaitChangeDef[] = [pelvicObliquity, longLegKneeFlexion, shortLegToeWalk, lumbarFunctionalCurve]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.04,
  grade: 'illustrative',
  source: 'No speed figure for a leg-length difference in the reference (walking compensates well, BMC Musculoskelet Disord 2022; the long limb does more work, Song 1997); 4 % is illustrative.',
}
