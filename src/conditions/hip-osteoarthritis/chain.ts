/**
 * A painful arthritic hip (osteoarthritis): less hip extension, a short antalgic stance, the pelvis tipping
 * forward and the trunk leaning over the painful hip. Replaces today's hip chain (its Trendelenburg drop now
 * belongs to weak-hip-abductors). Figures: Lewis et al. 2021; reference section 2.1 "Hip OA / painful hip".
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  // Gait change `hip-less-extension`: the painful hip's peak extension in late stance (40-60 % of its stride)
  // is reduced by 10° at full severity, with a short hesitation as it nears extension; flexion in swing
  // unchanged. Size illustrative within the published range (unilateral hip OA walked with a dynamic hip range
  // of about 17° against about 40° normal, reference section 2.1; pre-arthritic hip pain: 2.9° less, Lewis 2021).
  {
    id: 'hip-less-extension',
    kind: 'hip',
    side: 'same',
    role: 'origin',
    title: 'The hip stops short of stretching back',
    caption: 'The painful hip swings back less behind the body as the foot pushes off (less hip extension).',
    grade: 'measured',
    change: 'hip-less-extension',
    duration: 5,
  },
  // Gait change `antalgic-short-stance`: stance on the painful side shortened from 60 % to 52 % of the stride
  // at full severity, the other leg's swing shortened to match (timing; illustrative size, reference 2.1
  // "Antalgic gait" gives no checked figure).
  {
    id: 'antalgic-stance',
    kind: 'hip',
    side: 'opposite',
    role: 'compensating',
    title: 'The other leg hurries',
    caption: 'The other leg comes forward sooner, so the painful hip carries weight for less time (antalgic gait).',
    grade: 'reasoned',
    change: 'antalgic-short-stance',
    duration: 4.5,
  },
  // Gait change `pelvic-anterior-tilt`: anterior pelvic tilt increases in late stance of the painful side
  // (40-60 % of its stride), +5° at full severity, to stand in for the missing hip extension (reasoned,
  // reference 2.1 "Hip OA": extension "bought" with anterior tilt and lordosis; size illustrative).
  {
    id: 'pelvic-forward-tilt',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis tips forward',
    caption: 'The pelvis is thought to tip forward as the leg goes back, standing in for the hip movement that is missing.',
    grade: 'reasoned',
    change: 'pelvic-anterior-tilt',
    duration: 4.5,
  },
  // Gait change `trunk-lean-over-hip`: lumbar side bend toward the painful side during its single stance
  // (15-45 % of its stride), 6° at full severity, plus +3° lumbar extension in late stance (illustrative sizes;
  // direction: antalgic lean over the painful hip, reference 2.1).
  {
    id: 'trunk-lean',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The trunk leans over the hip',
    caption: 'The trunk leans over the painful hip while it carries weight, bending and arching the low back each step.',
    grade: 'reasoned',
    change: 'trunk-lean-over-hip',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
