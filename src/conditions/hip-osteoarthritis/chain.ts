/**
 * The chain of a painful arthritic hip: each link is a region, the role it plays, the gait change it
 * adds and the line shown while it plays. The wording is the project's own; the mechanisms come from the
 * biomechanics reference (section 2) and the two source articles.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'hip-painful',
    kind: 'hip',
    side: 'same',
    role: 'origin',
    title: 'The hip hurts and weakens',
    caption: 'The painful hip avoids stretching back and its side muscles cannot hold the pelvis level.',
    grade: 'measured',
    change: 'hip-painful',
    duration: 5,
  },
  {
    id: 'pelvic-drop-and-tilt',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis drops and tips forward',
    caption: 'On each step on the bad hip the other side of the pelvis drops (Trendelenburg), and the pelvis tips forward to replace the missing hip movement.',
    grade: 'measured',
    change: 'pelvic-drop-and-tilt',
    duration: 5,
  },
  {
    id: 'trunk-lean',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The trunk lurches and the back arches',
    caption: 'The trunk leans over the sore hip to ease it, and the low back arches more: both load the lumbar joints on every step.',
    grade: 'reasoned',
    change: 'trunk-lean',
    duration: 5,
  },
]
