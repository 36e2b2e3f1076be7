/**
 * The chain of a pinched nerve root (L5 or S1): each link is a region, the role it plays, the gait change it
 * adds and the line shown while it plays. The wording is the project's own; the mechanisms come from the
 * biomechanics reference (section 2) and the two source articles.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'sciatic-list',
    kind: 'lumbar',
    side: null,
    role: 'origin',
    title: 'A nerve root is pinched',
    caption: 'A bulging disc presses on a nerve root where it leaves the spine; the trunk shifts away from the painful side.',
    grade: 'measured',
    change: 'sciatic-list',
    duration: 5,
  },
  {
    id: 'nerve-pain',
    kind: 'knee',
    side: 'same',
    role: 'nerve',
    title: 'The nerve carries it down the leg',
    caption: 'Pain, tingling and numbness run down the back of the leg along the sciatic nerve to the foot.',
    grade: 'measured',
    change: 'nerve-pain',
    duration: 4.5,
  },
  {
    id: 'foot-drop-steppage',
    kind: 'ankle',
    side: 'same',
    role: 'weak',
    title: 'The foot drops',
    caption: 'The muscles that lift the foot weaken: the toes hang down, so the knee and hip lift high to clear them (steppage).',
    grade: 'measured',
    change: 'foot-drop-steppage',
    duration: 5,
  },
  {
    id: 'hip-abductor-weakness',
    kind: 'hip',
    side: 'same',
    role: 'weak',
    title: 'The hip muscles weaken',
    caption: 'The same nerve root powers the muscles on the side of the hip; without them the pelvis drops on the other side.',
    grade: 'reasoned',
    change: 'hip-abductor-weakness',
    duration: 4.5,
  },
  {
    id: 'lumbar-loop',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The limp loads the back again',
    caption: 'The limp now bends and twists the low back on every step, adding to the problem that started it: a loop.',
    grade: 'reasoned',
    change: 'lumbar-loop',
    duration: 5,
  },
]
