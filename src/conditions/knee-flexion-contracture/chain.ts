/**
 * A knee that will not straighten (flexion contracture): a functionally short leg. Figures: Harato et al.
 * 2008, healthy women (about 62 years) walking with a brace that held one knee bent at 15° or 30°: at 30° the
 * trunk tilted toward the braced side, trunk and pelvis leaned further forward, and load moved to the other
 * leg; at 15° no clear trunk change. A brace experiment is not the condition itself, so links are `reasoned`.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  // Gait change `knee-flexion-contracture`: knee extension limited to 30° of flexion at full severity through
  // stance and terminal swing (sagittal); swing flexion unchanged. Size: Harato 2008 braced 30°.
  {
    id: 'knee-wont-straighten',
    kind: 'knee',
    side: 'same',
    role: 'origin',
    title: 'The knee will not straighten',
    caption: 'The knee stays bent even while it carries weight, so that leg works as if it were shorter (flexion contracture).',
    grade: 'reasoned',
    change: 'knee-flexion-contracture',
    duration: 5,
  },
  // Gait change `contralateral-knee-hip-flexion`: the other leg's knee and hip stay more bent from its terminal
  // swing through its stance (sagittal, 75 % to 62 % of its stride), knee +15° and hip +8° at full severity, to
  // match the short leg (illustrative sizes; direction reasoned from the functional short leg).
  {
    id: 'other-leg-bends',
    kind: 'knee',
    side: 'opposite',
    role: 'compensating',
    title: 'The other knee and hip bend too',
    caption: 'The other leg may keep its knee and hip a little bent, so the two legs are closer in length.',
    grade: 'reasoned',
    change: 'contralateral-knee-hip-flexion',
    duration: 4.5,
  },
  // Gait change `pelvis-forward-inclination`: anterior pelvic tilt +4° through the stride at full severity
  // (direction: Harato 2008 at 30°, walking; size illustrative).
  {
    id: 'pelvis-tips-forward',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis tips forward',
    caption: 'With one knee held bent, the pelvis tipped further forward in a brace experiment on healthy volunteers.',
    grade: 'reasoned',
    change: 'pelvis-forward-inclination',
    duration: 4.5,
  },
  // Gait change `trunk-forward-and-side`: trunk flexion +5° through the stride and a lumbar side bend toward the
  // bent knee's side of 3° at full severity; less trunk rotation toward the other side (directions: Harato 2008
  // at 30°; sizes illustrative).
  {
    id: 'trunk-leans',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The trunk leans forward and to the side',
    caption: 'The trunk leaned forward and toward the bent knee in that experiment; the low back takes up the tilt.',
    grade: 'reasoned',
    change: 'trunk-forward-and-side',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
