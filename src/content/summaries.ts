import type { RegionKind } from '../anatomy/regions'

/**
 * One line per region family, shown at the top of the explanation panel.
 * Written for this project from the facts in the two source articles (see README "Sources").
 */
export const REGION_SUMMARIES: Readonly<Record<RegionKind, string>> = {
  lumbar:
    'A pinched nerve root in the low back can weaken the leg and start a limp, and the limp then loads the low back again.',
  pelvis:
    'When the pelvis stops moving evenly, the tendons and ligaments of the low back take on work that is not theirs.',
  hip: 'A painful or weak hip changes every step, and the pelvis and low back move more to make up for it.',
  knee: 'A knee that cannot bend, straighten or carry weight fully makes the hip and pelvis work harder on every step.',
  ankle:
    'The many bones, joints and muscles of the ankle and foot work as one; when they fail, the limp climbs to the low back.',
}
