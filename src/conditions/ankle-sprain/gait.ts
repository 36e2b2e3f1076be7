/**
 * The gait changes of a painful, unstable sprained ankle, in the chain's order (the origin's first), and
 * how much the walk slows. Directions from the chronic-ankle-instability studies of reference §2.1 (more
 * plantarflexion and less dorsiflexion, less knee flexion, more hip flexion: a "hip-dominant strategy");
 * the degrees are illustrative (those studies give no angles in the reference). The short stance on the
 * painful side is the shared antalgic warp.
 */
import { antalgicShortStance } from '../../gait/changes'
import { ADD, FLEX, bump, plateau, softMax, softMin, toward, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

/** Normal peaks of the ankle (reference §1.3, OpenSim normal.mot): dorsiflexion 10.8° at 46 %, plantarflexion −14.1° at 64 %. */
const LESS_DORSIFLEXION = 4
const LESS_PUSH_OFF = 10

const ankleCarefulPushoff: GaitChangeDef = {
  id: 'ankle-careful-pushoff',
  label: 'Careful push-off',
  atFullSeverity: `Affected ankle: late-stance dorsiflexion capped ${LESS_DORSIFLEXION}° below its normal 10.8° peak; push-off plantarflexion (45–80 % of its cycle) kept ${LESS_PUSH_OFF}° short of the normal −14.1° (≈ −4°).`,
  grade: 'illustrative',
  source:
    'Chronic ankle instability walks with less dorsiflexion (100 CAI vs 100 controls, PMC6602400; J Foot Ankle Res 2014, doi 10.1186/s13047-014-0058-1; reference §2.1). The smaller, careful push-off follows from pain and giving way (reasoned); both sizes are illustrative.',
  keyPhase: 0.64,
  warp: 0,
  stage: 1,
  apply(c, k) {
    const i = c.aff.ankle + FLEX
    const v = c.angles[i]!
    const capped = softMin(v, 10.8 - LESS_DORSIFLEXION, 1.5)
    toward(c.angles, i, capped, k)
    const w = plateau(c.ta, 0.45, 0.8, 0.08)
    if (w > 0) toward(c.angles, i, softMax(c.angles[i]!, -14.1 + LESS_PUSH_OFF, 1.5), k * w)
  },
}

const kneeStiffLoading: GaitChangeDef = {
  id: 'knee-stiff-loading',
  label: 'Straighter knee at landing',
  atFullSeverity: 'Affected knee bends 8° less in loading response (peak of the normal 17° at 11 % of its cycle, window 0–22 %).',
  grade: 'illustrative',
  source: 'Less knee flexion in chronic ankle instability (PMC6602400, reference §2.1): direction measured, no degrees given; 8° is illustrative.',
  keyPhase: 0.11,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.aff.knee + FLEX] = c.angles[c.aff.knee + FLEX]! - k * 8 * bump(c.ta, 0.11, 0.11)
  },
}

const hipPullOff: GaitChangeDef = {
  id: 'hip-pull-off',
  label: 'Hip lifts the leg forward',
  atFullSeverity: 'Affected hip flexes 5° more in early swing (peak at 68 % of its cycle, window 56–80 %).',
  grade: 'illustrative',
  source: 'More hip flexion, a "hip-dominant strategy" that moves propulsion from the ankle to the hip, in chronic ankle instability (PMC6602400; J Foot Ankle Res 2014; reference §2.1): no degrees given, 5° is illustrative.',
  keyPhase: 0.68,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + k * 5 * bump(c.ta, 0.68, 0.12)
  },
}

const lumbarSway: GaitChangeDef = {
  id: 'lumbar-sway',
  label: 'Low back sways at the handover',
  atFullSeverity: 'Lumbar spine side-bends 4° toward the sound side as weight leaves the painful foot (peak at 52 % of its cycle, window 42–62 %).',
  grade: 'illustrative',
  source: 'Reasoned from the hurried, uneven handover of an antalgic gait (reference §2.1 antalgic row: lateral trunk motion = lumbar side-bend each step); no figure, 4° is illustrative.',
  keyPhase: 0.52,
  warp: 0,
  stage: 2,
  apply(c, k) {
    c.spine[ADD] = c.spine[ADD]! - c.sL * k * 4 * bump(c.ta, 0.52, 0.1)
  },
}

export const changes: readonly GaitChangeDef[] = [ankleCarefulPushoff, kneeStiffLoading, hipPullOff, antalgicShortStance, lumbarSway]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.1,
  grade: 'measured',
  source:
    'Chronic ankle instability vs controls (44 vs 53): ≈ 9 % lower cadence (J Foot Ankle Res 2014, doi 10.1186/s13047-014-0058-1; reference §2.1) → stride time × 1/0.91 ≈ 1.10.',
}
