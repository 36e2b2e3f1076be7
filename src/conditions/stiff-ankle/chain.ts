/**
 * The chain of a stiff ankle: each link is a region, the role it plays, the gait change it
 * adds and the line shown while it plays. The wording is the project's own; the mechanisms come from the
 * biomechanics reference (section 2) and the two source articles.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'ankle-stiff',
    kind: 'ankle',
    side: 'same',
    role: 'origin',
    title: 'The ankle stiffens',
    caption: 'The painful ankle will not bend: the foot cannot roll over or push off, so the step on it is cut short.',
    grade: 'reasoned',
    change: 'ankle-stiff',
    duration: 5,
  },
  {
    id: 'knee-hyperextension',
    kind: 'knee',
    side: 'same',
    role: 'compensating',
    title: 'The knee makes up for it',
    caption: 'With no bend at the ankle, the knee snaps back straight as the body passes over the foot.',
    grade: 'reasoned',
    change: 'knee-hyperextension',
    duration: 4.5,
  },
  {
    id: 'hip-push',
    kind: 'hip',
    side: 'same',
    role: 'compensating',
    title: 'The hip takes over the push',
    caption: 'The calf can no longer push, so the hip pulls the leg forward and swings it a little outward.',
    grade: 'measured',
    change: 'hip-push',
    duration: 4.5,
  },
  {
    id: 'pelvic-hike',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis hikes',
    caption: 'The pelvis lifts on the limping side to help the stiff foot clear the floor.',
    grade: 'reasoned',
    change: 'pelvic-hike',
    duration: 4.5,
  },
  {
    id: 'lumbar-side-bend',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back bends with every step',
    caption: 'To keep the head level, the low back bends sideways against the tilting pelvis on every step.',
    grade: 'reasoned',
    change: 'lumbar-side-bend',
    duration: 5,
  },
]
