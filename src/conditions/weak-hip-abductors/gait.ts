/**
 * The gait changes of weak hip abductors (gluteus medius and minimus), in the chain's order (the origin's
 * first), and how much the walk slows.
 *
 * One pattern per severity, blended: up to severity 0.6 the weakness is UNCOMPENSATED (Trendelenburg: the
 * other side of the pelvis drops while the weak leg stands, the low back bends to follow it); above 0.6 the
 * person COMPENSATES with a trunk lurch over the weak stance hip (Duchenne / abductor lurch) and the pelvis
 * comes back toward level. The reference has no angle for either (§7), so every size is illustrative; the
 * directions are from §2.1 and §5. Healthy men with an abductor nerve block showed no visible change at all
 * (Pohl et al. 2015), a reason to keep the low severities small.
 */
import { ADD, absorbObliquity, bump, weightOf, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

/** Severity at which the uncompensated drop is largest and the lurch begins. */
export const LURCH_FROM = 0.6

/** Rises linearly to `peak` at LURCH_FROM, then moves linearly to `atOne` at severity 1. */
function bySeverity(severity: number, peak: number, atOne: number): number {
  return severity <= LURCH_FROM ? (peak * severity) / LURCH_FROM : peak + ((atOne - peak) * (severity - LURCH_FROM)) / (1 - LURCH_FROM)
}

/** Single stance of the weak leg: 15–45 % of its cycle, peak at 30 %. */
const singleStance = (ta: number) => bump(ta, 0.3, 0.15)

const hipAdductionStance: GaitChangeDef = {
  id: 'hip-adduction-stance',
  label: 'Weak hip gives way inward',
  atFullSeverity: `Weak hip adducts more in its single stance (15–45 % of its cycle): +6° at severity ${LURCH_FROM} (uncompensated), easing to +2° at severity 1 as the trunk lurch takes the load; always equal to the pelvic drop, so the standing leg stays where it was.`,
  grade: 'illustrative',
  source: 'Trendelenburg: the pelvis drops away from the weak stance hip, i.e. that hip adducts (reference §2.1); no angle in the reference (§7), sizes illustrative, blended by severity as described.',
  keyPhase: 0.3,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const w = weightOf(c, k)
    c.angles[c.aff.hip + ADD] = c.angles[c.aff.hip + ADD]! + w * bySeverity(c.severity, 6, 2) * singleStance(c.ta)
  },
}

const trendelenburgDrop: GaitChangeDef = {
  id: 'trendelenburg-drop',
  label: 'Trendelenburg drop',
  atFullSeverity: `Other side of the pelvis drops 6° more than normal (≈ 10° with the normal ≈ 4°) in the weak leg's single stance at severity ${LURCH_FROM}; at severity 1 only 2° more, because the lurch holds the pelvis near level.`,
  grade: 'illustrative',
  source: 'Uncompensated Trendelenburg: the opposite hemipelvis drops in stance on the weak side, beyond the normal ≈ 4° swing-side drop (OpenSim normal.mot; reference §1.4, §2.1); §5 suggests ≥ 8° in all for visibility and an illustrative label. Compensated pattern: pelvis level (§2.1 abductor lurch row).',
  keyPhase: 0.3,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const w = weightOf(c, k)
    c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! + c.sL * w * bySeverity(c.severity, 6, 2) * singleStance(c.ta)
  },
}

const abductorLurch: GaitChangeDef = {
  id: 'abductor-lurch',
  label: 'Low back bends over the weak hip',
  atFullSeverity: `Up to severity ${LURCH_FROM}: the lumbar spine side-bends toward the weak stance side by the pelvic drop, keeping the thorax level. Above it the trunk also lurches over the weak hip: up to 8° more lumbar side-bend toward it at severity 1 (peak at 30 % of its cycle).`,
  grade: 'illustrative',
  source: 'A pelvic drop side-bends the lumbar spine toward the stance side; the compensated pattern leans the trunk over the weak stance hip (reference §2.1 Trendelenburg and abductor-lurch rows, §5); no angle in the reference (§7): 8° is illustrative.',
  keyPhase: 0.3,
  warp: 0,
  stage: 2,
  apply(c, k) {
    const w = weightOf(c, k)
    absorbObliquity(c, w)
    const lurch = c.severity <= LURCH_FROM ? 0 : (8 * (c.severity - LURCH_FROM)) / (1 - LURCH_FROM)
    c.spine[ADD] = c.spine[ADD]! + c.sL * w * lurch * singleStance(c.ta)
  },
}

export const changes: readonly GaitChangeDef[] = [hipAdductionStance, trendelenburgDrop, abductorLurch]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.05,
  grade: 'illustrative',
  source: 'No speed figure for weak hip abductors in the reference (an abductor nerve block changed no gait measure, Pohl 2015); 5 % is illustrative.',
}
