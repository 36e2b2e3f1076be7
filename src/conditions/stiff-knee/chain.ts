/**
 * A knee that will not bend (stiff-knee gait). Link ids, kinds, sides, roles, order and changes are today's
 * knee chain. Note for the engine helper: `knee-stiff` must now limit swing flexion only; a knee that will not
 * straighten is the separate condition knee-flexion-contracture.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'knee-stiff',
    kind: 'knee',
    side: 'same',
    role: 'origin',
    title: 'The knee will not bend',
    caption: 'The knee bends far less than usual as the leg swings, so the leg stays long (stiff-knee gait).',
    grade: 'reasoned',
    change: 'knee-stiff',
    duration: 5,
  },
  {
    id: 'hip-circumduction',
    kind: 'hip',
    side: 'same',
    role: 'compensating',
    title: 'The hip swings the leg around',
    caption: 'To keep a long leg from scuffing, the hip may swing it out in an arc (circumduction).',
    grade: 'reasoned',
    change: 'hip-circumduction',
    duration: 4.5,
  },
  {
    id: 'pelvic-hike',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis hikes',
    caption: 'The pelvis may lift on the stiff side during the swing to give the foot room (hip hiking).',
    grade: 'reasoned',
    change: 'pelvic-hike',
    duration: 4.5,
    muscles: ['quadratus_lumborum'],
    muscleSide: 'same',
  },
  {
    id: 'contralateral-vault',
    kind: 'ankle',
    side: 'opposite',
    role: 'compensating',
    title: 'The other foot rises on its toes',
    caption: 'The other foot may rise on its toes early to lift the body so the stiff leg can pass (vaulting).',
    grade: 'reasoned',
    change: 'contralateral-vault',
    duration: 4.5,
    muscles: ['gastrocnemius', 'soleus'],
  },
  {
    id: 'lumbar-side-bend',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back bends with each lift',
    caption: 'Muscles beside the low back help lift the pelvis, and the low back bends sideways with each step.',
    grade: 'reasoned',
    change: 'lumbar-side-bend',
    duration: 5,
    muscles: ['quadratus_lumborum', 'erector_spinae'],
    muscleSide: 'both',
  },
]
