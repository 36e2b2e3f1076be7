/**
 * A painful sacroiliac joint. Link ids, kinds, sides, roles, order and changes are today's pelvis chain.
 * No study among our sources measured how this pain changes walking: the animation is illustrative.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'pelvic-dysfunction',
    kind: 'pelvis',
    side: null,
    role: 'origin',
    title: 'The pelvis moves unevenly',
    caption: 'A sore joint at the back of the pelvis (sacroiliac joint); here one side is shown dipping and twisting more.',
    grade: 'illustrative',
    change: 'pelvic-dysfunction',
    duration: 5,
  },
  {
    id: 'lumbar-ligament-load',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back may work harder',
    caption: 'The muscles and ligaments of the low back are thought to steady the uneven base on every step.',
    grade: 'reasoned',
    change: 'lumbar-ligament-load',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
