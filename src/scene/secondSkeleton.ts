/**
 * Where the second skeleton stands: the compare view (another condition or normal walking) beside the
 * first, or the normal-walking ghost over it. Pure placement rules shared by the skeleton, its walkway,
 * its name plate and the camera.
 */
import type { AppState } from '../state/store'
import { problemSide } from '../state/store'

/** How far beside the first skeleton the second walks, metres: room for swinging arms and a name plate. */
export const BESIDE = 0.85

/** The second skeleton walks on the side away from the problem, so the limping leg stays in view. */
export function secondOffsetX(problem: 'left' | 'right'): number {
  return problem === 'left' ? -BESIDE : BESIDE
}

/** How the second skeleton is shown: not at all, solid beside the first (compare), or a ghost over it. */
export type SecondLook = 'none' | 'beside' | 'ghost'

export function secondLookOf(s: Pick<AppState, 'chain' | 'compare' | 'normalGhost'>): SecondLook {
  if (!s.chain) return 'none'
  if (s.compare !== null) return 'beside'
  return s.normalGhost === 'over' ? 'ghost' : 'none'
}

/** The second skeleton's x in metres (0 when over the first or absent). */
export function secondX(s: Pick<AppState, 'chain' | 'compare' | 'normalGhost' | 'region' | 'centralSide'>): number {
  return secondLookOf(s) === 'beside' ? secondOffsetX(problemSide(s)) : 0
}
