/**
 * A pinched L5 or S1 nerve root: from the low back down the leg, then back into the low back.
 * Link ids, kinds, sides, roles, order and changes are today's lumbar chain; words graded by evidence.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'sciatic-list',
    kind: 'lumbar',
    side: null,
    role: 'origin',
    title: 'A nerve root is pinched',
    caption: 'A bulging disc presses on a nerve root; many people shift the trunk to one side, often away from the bulge (sciatic list).',
    grade: 'measured',
    change: 'sciatic-list',
    duration: 5,
  },
  {
    id: 'nerve-pain',
    kind: 'knee',
    side: 'same',
    role: 'nerve',
    title: 'Pain runs down the leg',
    caption: 'Pain, tingling or numbness is felt along the back of the leg, often below the knee (sciatica).',
    grade: 'reasoned',
    change: 'nerve-pain',
    duration: 4.5,
  },
  {
    id: 'foot-drop-steppage',
    kind: 'ankle',
    side: 'same',
    role: 'weak',
    title: 'The foot may drop',
    caption: 'If the L5 root is weak, the foot may not lift; the knee and hip then lift higher to clear the toes (steppage).',
    grade: 'reasoned',
    change: 'foot-drop-steppage',
    duration: 5,
    muscles: ['tibialis_anterior'],
  },
  {
    id: 'hip-abductor-weakness',
    kind: 'hip',
    side: 'same',
    role: 'weak',
    title: 'The side hip muscles may weaken',
    caption: 'The L5 root also serves the side hip muscles (gluteus medius); weak ones let the other side of the pelvis sag.',
    grade: 'reasoned',
    change: 'hip-abductor-weakness',
    duration: 4.5,
    muscles: ['gluteus_medius', 'gluteus_minimus'],
  },
  {
    id: 'lumbar-loop',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The limp is thought to load the back again',
    caption: 'The lean and limp bend the low back unevenly on each step; this may keep the trouble going (a proposed loop).',
    grade: 'reasoned',
    change: 'lumbar-loop',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
