/**
 * An ankle that cannot bend up (equinus: too little dorsiflexion). Link ids, kinds, sides, roles, order and
 * changes are today's ankle chain. Note for the engine helper: `ankle-stiff` should show early heel rise and
 * the foot turned out (foot progression about 10° more outward at full severity, illustrative); compensations
 * from Clifford 2014 and Wheeless (reference section 2.1 "Reduced ankle dorsiflexion").
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'ankle-stiff',
    kind: 'ankle',
    side: 'same',
    role: 'origin',
    title: 'The ankle cannot bend up',
    caption: 'The shin cannot tip forward over the foot (equinus), so the heel lifts early and the toes may turn out.',
    grade: 'reasoned',
    change: 'ankle-stiff',
    duration: 5,
  },
  {
    id: 'knee-hyperextension',
    kind: 'knee',
    side: 'same',
    role: 'compensating',
    title: 'The knee is pushed back',
    caption: 'As the body passes over the foot, the knee may be pushed back past straight (hyperextension).',
    grade: 'reasoned',
    change: 'knee-hyperextension',
    duration: 4.5,
  },
  {
    id: 'hip-push',
    kind: 'hip',
    side: 'same',
    role: 'compensating',
    title: 'The hip does more of the work',
    caption: 'With a weaker push from the calf, the hip is thought to pull the leg forward and swing it a little outward.',
    grade: 'reasoned',
    change: 'hip-push',
    duration: 4.5,
    muscles: ['iliopsoas'],
  },
  {
    id: 'pelvic-hike',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis hikes',
    caption: 'The pelvis may lift on that side so the foot, which cannot lift well, clears the floor (hip hiking).',
    grade: 'reasoned',
    change: 'pelvic-hike',
    duration: 4.5,
    muscles: ['quadratus_lumborum'],
    muscleSide: 'same',
  },
  {
    id: 'lumbar-side-bend',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back bends with every step',
    caption: 'To keep the head level over a tilting pelvis, the low back bends sideways on every step.',
    grade: 'reasoned',
    change: 'lumbar-side-bend',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
