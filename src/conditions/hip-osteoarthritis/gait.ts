/**
 * The gait changes of a painful arthritic hip, in the chain's order (the origin's first), and how much
 * the walk slows. Figures from the biomechanics reference section 2.1 ("Hip OA / painful hip",
 * "Antalgic gait"); the grade says how sure each one is, and the source why. No Trendelenburg drop here:
 * that belongs to weak hip abductors (src/conditions/weak-hip-abductors).
 */
import { antalgicShortStance } from '../../gait/changes'
import { ADD, FLEX, HIP_MIN, bump, softMax, toward, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

/** Degrees of late-stance hip extension the painful hip gives up at full severity. */
const LOST_EXTENSION = 10

const hipLessExtension: GaitChangeDef = {
  id: 'hip-less-extension',
  label: 'Less hip extension',
  atFullSeverity: `Affected hip stops ${LOST_EXTENSION}° short of its normal late-stance extension (peak −16.8° → ≈ −6.8°); swing flexion unchanged.`,
  grade: 'measured',
  source:
    'Reduced peak hip extension in hip OA and in pre-arthritic hip pain (2.9° less, Lewis et al. 2021); unilateral hip OA walks with a dynamic hip range of 17 ± 4° against ≈ 40° normal (reference §2.1). 10° sits inside that range.',
  keyPhase: 0.5,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const i = c.aff.hip + FLEX
    toward(c.angles, i, softMax(c.angles[i]!, HIP_MIN + LOST_EXTENSION, 3), k)
  },
}

const pelvicAnteriorTilt: GaitChangeDef = {
  id: 'pelvic-anterior-tilt',
  label: 'Pelvis tips forward',
  atFullSeverity: 'Pelvis tips 5° further forward (anterior tilt) in late stance of the painful side (40–60 % of its cycle, peak at 50 %).',
  grade: 'reasoned',
  source: 'Missing hip extension is "bought" with more anterior pelvic tilt and lumbar lordosis in late stance (reference §2.1, hip OA and hip flexion contracture rows, qualitative); 5° is illustrative.',
  keyPhase: 0.5,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.pelvis + FLEX] = c.angles[c.pelvis + FLEX]! + k * 5 * bump(c.ta, 0.5, 0.12)
  },
}

const trunkLeanOverHip: GaitChangeDef = {
  id: 'trunk-lean-over-hip',
  label: 'Trunk leans over the painful hip',
  atFullSeverity: 'Lumbar spine bends 6° toward the painful side in its single stance (15–45 % of its cycle, peak at 30 %) and arches (extends) by the extra pelvic tilt plus up to 3°.',
  grade: 'reasoned',
  source: 'Hip pain: the trunk lurches toward the painful side in stance, shortening the body-weight lever arm about the hip (antalgic row, reference §2.1); lordosis rises with the anterior tilt. Sizes illustrative (§7: no norm for the lean angle).',
  keyPhase: 0.3,
  warp: 0,
  stage: 2,
  apply(c, k) {
    c.spine[ADD] = c.spine[ADD]! + c.sL * k * 6 * bump(c.ta, 0.3, 0.15)
    const extraTilt = c.angles[c.pelvis + FLEX]! - c.basePelvis[FLEX]!
    c.spine[FLEX] = c.spine[FLEX]! - k * (extraTilt + 3 * bump(c.ta, 0.5, 0.15))
  },
}

export const changes: readonly GaitChangeDef[] = [hipLessExtension, antalgicShortStance, pelvicAnteriorTilt, trunkLeanOverHip]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.12,
  grade: 'illustrative',
  source: 'Hip OA walks more slowly (reference §4.3) but no cadence figure is given; 12 %.',
}
