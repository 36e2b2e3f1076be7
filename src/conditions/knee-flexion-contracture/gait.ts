/**
 * The gait changes of a knee that will not straighten (flexion contracture), in the chain's order (the
 * origin's first), and how much the walk slows. Figures: Harato et al. 2008 (reference §2.1, "Knee flexion
 * contracture"), healthy women walking with one knee braced at 15° or 30°: at 30° the trunk tilted toward
 * the braced side, trunk and pelvis inclined further forward, trunk rotation toward the other side fell and
 * load moved to the other leg; at 15° no clear trunk change. Severity 1 = the 30° brace, 0.5 = 15°.
 */
import { ADD, FLEX, ROT, plateau, softMax, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

/** Flexion the knee cannot go below at severity 1 (Harato's larger brace). */
const CONTRACTURE = 30
/** Share of the knee's extra flexion the same hip takes up (reasoned: a crouched, flat-footed leg). */
const HIP_SHARE = 0.7

const kneeFlexionContracture: GaitChangeDef = {
  id: 'knee-flexion-contracture',
  label: 'Knee will not straighten',
  atFullSeverity: `Affected knee never straighter than ${CONTRACTURE}° (15° at severity 0.5; normal ≈ 2–4° at mid-stance and heel strike); from terminal swing through stance (80 % → 62 % of its cycle) the same hip stays flexed by 70 % of the knee's extra flexion, the stance ankle dorsiflexing by the rest (≈ 8°) so the foot stays flat, a crouched leg; the stance is slightly shorter (warp A = 0.08: load moves to the other leg).`,
  grade: 'measured',
  source:
    'Harato et al. 2008, simulated knee flexion contracture of 15° and 30° (Gait Posture; reference §2.1 and §5 "knee never < 30° in stance"). The matching hip flexion is reasoned (a flat foot under a bent knee); the small stance warp shows the measured load shift to the sound leg, its size illustrative.',
  keyPhase: 0.4,
  warp: 0.08,
  stage: 0,
  apply(c, k) {
    const i = c.aff.knee + FLEX
    const before = c.angles[i]!
    c.angles[i] = softMax(before, CONTRACTURE * k, 2 * k)
    const extra = c.angles[i]! - before
    // The hip flexes while the foot is still in the air (from terminal swing), not at heel strike, so the
    // planted foot is not dragged forward; 70 % keeps the step shorter than normal (1.26 m against 1.36 m).
    const crouch = plateau(c.ta, 0.8, 0.62, 0.1)
    c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + HIP_SHARE * extra * crouch
  },
}

const contralateralKneeHipFlexion: GaitChangeDef = {
  id: 'contralateral-knee-hip-flexion',
  label: 'Other knee and hip bend',
  atFullSeverity: 'Other leg: knee +15° and hip +8° flexion from its terminal swing through its stance (75 % → 62 % of its own cycle, smooth edges), so it lands and stands on a bent knee as long as the short leg.',
  grade: 'illustrative',
  source: 'A bent knee makes a functionally short leg (Harato 2008; reference §2.1); the other leg evens the lengths by bending (reasoned, as in the long leg of a leg-length difference, §2.1 LLD row). Sizes illustrative, chosen so both feet meet the floor in double support.',
  keyPhase: 0.8,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const w = k * plateau(c.to, 0.75, 0.62, 0.1)
    c.angles[c.other.knee + FLEX] = c.angles[c.other.knee + FLEX]! + 15 * w
    c.angles[c.other.hip + FLEX] = c.angles[c.other.hip + FLEX]! + 8 * w
  },
}

const pelvisForwardInclination: GaitChangeDef = {
  id: 'pelvis-forward-inclination',
  label: 'Pelvis tips forward',
  atFullSeverity: 'Pelvis tipped 4° further forward (anterior tilt) through the whole stride.',
  grade: 'illustrative',
  source: 'Anterior pelvic inclination increased in walking with the 30° brace (Harato 2008, reference §2.1): direction measured, the reference gives no angle; 4° is illustrative.',
  keyPhase: 0.3,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.pelvis + FLEX] = c.angles[c.pelvis + FLEX]! + 4 * k
  },
}

const trunkForwardAndSide: GaitChangeDef = {
  id: 'trunk-forward-and-side',
  label: 'Trunk leans forward and to the side',
  atFullSeverity: 'Lumbar spine flexes 5° (with the 4° pelvic tilt the thorax leans ≈ 9° further forward), side-bends 3° toward the bent knee and turns 2° less toward the other side, through the whole stride.',
  grade: 'illustrative',
  source: 'With the 30° brace the trunk tilted toward the braced side, inclined further forward and rotated less toward the unaffected side (Harato 2008, reference §2.1 and §5); no angles in the reference, sizes illustrative.',
  keyPhase: 0.3,
  warp: 0,
  stage: 2,
  apply(c, k) {
    c.spine[FLEX] = c.spine[FLEX]! + 5 * k
    c.spine[ADD] = c.spine[ADD]! + c.sL * 3 * k
    c.spine[ROT] = c.spine[ROT]! + c.sL * 2 * k
  },
}

export const changes: readonly GaitChangeDef[] = [
  kneeFlexionContracture,
  contralateralKneeHipFlexion,
  pelvisForwardInclination,
  trunkForwardAndSide,
]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.08,
  grade: 'illustrative',
  source: 'A bent-knee gait costs more effort, but the reference gives no speed for a knee flexion contracture (Harato 2008 reports trunk and load figures only); 8 % is illustrative.',
}
