/**
 * A leg-length difference. `{side}` is the SHORTER leg; `opposite` is the longer one.
 * Figures: Song et al. 1997 (children aged 8-17); Applebaum et al. 2021 review (functional curve).
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  // Gait change `pelvic-obliquity`: the pelvis sits lower on the short side through the whole stride (frontal
  // plane, a steady offset added to normal obliquity) and lower again in the short leg's stance; at full
  // severity 3° + 3° (illustrative; reference section 2.1 "Leg-length discrepancy", no published angle).
  {
    id: 'pelvic-obliquity',
    kind: 'pelvis',
    side: null,
    role: 'origin',
    title: 'The pelvis sits tilted',
    caption: 'One leg is shorter, so the pelvis sits lower on that side (pelvic obliquity).',
    grade: 'reasoned',
    change: 'pelvic-obliquity',
    duration: 5,
  },
  // Gait change `long-leg-knee-flexion`: the longer leg's knee stays bent during its stance (sagittal, 0-60 %
  // of its stride), +8° at full severity, to shorten it (illustrative; Song 1997 reports mixed compensations).
  {
    id: 'long-leg-knee-bend',
    kind: 'knee',
    side: 'opposite',
    role: 'compensating',
    title: 'The longer leg bends its knee',
    caption: 'The longer leg may keep its knee a little bent while it carries weight, to even the two sides.',
    grade: 'reasoned',
    change: 'long-leg-knee-flexion',
    duration: 4.5,
  },
  // Gait change `short-leg-toe-walk`: the short side's ankle stays plantarflexed in stance (heel off early,
  // 10-50 % of its stride), +12° plantarflexion at full severity (illustrative size); toe-walking on the short
  // side is what Song 1997 saw in children with a difference of 5.5 % of leg length or more.
  {
    id: 'short-leg-toe-walk',
    kind: 'ankle',
    side: 'same',
    role: 'compensating',
    title: 'The short leg goes up on its toes',
    caption: 'With a large difference, children walked on the toes of the shorter leg and the body rose and fell more.',
    grade: 'measured',
    change: 'short-leg-toe-walk',
    duration: 4.5,
    muscles: ['gastrocnemius', 'soleus'],
  },
  // Gait change `lumbar-functional-curve`: a lumbar side bend, convex toward the short side, through the whole
  // stride, as large as the added pelvic tilt (3-6° at full severity; direction from Applebaum 2021: functional
  // scoliosis).
  {
    id: 'lumbar-side-curve',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back curves to one side',
    caption: 'On a tilted pelvis the low back bends sideways to keep the trunk upright (a functional curve).',
    grade: 'reasoned',
    change: 'lumbar-functional-curve',
    duration: 5,
    muscles: ['quadratus_lumborum', 'erector_spinae'],
    muscleSide: 'both',
  },
]
