/**
 * The chain of a painful sacroiliac joint: each link is a region, the role it plays, the gait change it
 * adds and the line shown while it plays. The wording is the project's own; the mechanisms come from the
 * biomechanics reference (section 2) and the two source articles.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  {
    id: 'pelvic-dysfunction',
    kind: 'pelvis',
    side: null,
    role: 'origin',
    title: 'The pelvis moves unevenly',
    caption: 'A stiff or sore joint at the back of the pelvis makes one side drop and twist more than the other.',
    grade: 'illustrative',
    change: 'pelvic-dysfunction',
    duration: 5,
  },
  {
    id: 'lumbar-ligament-load',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back carries the extra work',
    caption: 'The tendons and ligaments of the low back take on the extra work of steadying the trunk on every step.',
    grade: 'reasoned',
    change: 'lumbar-ligament-load',
    duration: 5,
  },
]
