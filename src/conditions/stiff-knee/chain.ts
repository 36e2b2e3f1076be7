/**
 * The chain of a knee that will not bend: each link is a region, the role it plays, the gait change it
 * adds and the line shown while it plays. The wording is the project's own; the mechanisms come from the
 * biomechanics reference (section 2) and the two source articles.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'knee-stiff',
    kind: 'knee',
    side: 'same',
    role: 'origin',
    title: 'The knee stays stiff',
    caption: 'The knee neither straightens fully nor bends enough to lift the foot as the leg swings.',
    grade: 'measured',
    change: 'knee-stiff',
    duration: 5,
  },
  {
    id: 'hip-circumduction',
    kind: 'hip',
    side: 'same',
    role: 'compensating',
    title: 'The hip swings the leg around',
    caption: 'A leg that cannot fold is too long to swing through, so the hip swings it out in an arc (circumduction).',
    grade: 'measured',
    change: 'hip-circumduction',
    duration: 4.5,
  },
  {
    id: 'pelvic-hike',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis hikes',
    caption: 'The pelvis lifts on the stiff side during the swing to give the foot room (hip hiking).',
    grade: 'measured',
    change: 'pelvic-hike',
    duration: 4.5,
  },
  {
    id: 'contralateral-vault',
    kind: 'ankle',
    side: 'opposite',
    role: 'compensating',
    title: 'The other foot rises on its toes',
    caption: 'The other foot comes up on its toes early to raise the body, a move called vaulting.',
    grade: 'reasoned',
    change: 'contralateral-vault',
    duration: 4.5,
  },
  {
    id: 'lumbar-side-bend',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back does the lifting',
    caption: 'The muscles beside the low back hoist the pelvis on every step, and the lumbar spine bends sideways each time.',
    grade: 'reasoned',
    change: 'lumbar-side-bend',
    duration: 5,
  },
]
