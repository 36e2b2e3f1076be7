import { createChainFrame, type ChainFrame } from '../chains/playback'
import type { ResolvedChain } from '../chains/types'
import { createPose, type Pose } from '../gait'

/**
 * The playback's per-frame values, written by the scene's ChainPlayer and read by DOM widgets that
 * follow the animation (chart cursors, the scrub bar). A plain mutable object on purpose: it changes
 * every frame and must never go through React state. Anything that changes only now and then
 * (the step, playing, speed) lives in the store.
 */
export interface LivePlayback {
  /** The chain being played (the store's chain once the player has picked it up). */
  chain: ResolvedChain | null
  /** Seconds of chain time at 1× speed. */
  chainTime: number
  /** Gait cycle phase, 0..1 (0 = right initial contact). */
  phase: number
  /** The id of the store's last phase request (a scrub) the player has taken into `phase`; 0 before any. */
  phaseRequestTaken: number
  /** Metres the floor has moved (toward −Z). */
  floorOffset: number
  /** The same for the second skeleton's walkway in the compare view (its own stride, so its feet stay put too). */
  secondFloorOffset: number
  /** The last chain frame (link, weights, glow, pulse). */
  frame: ChainFrame
  /** The limping skeleton's pose this frame (the rest pose on the overview); muscles follow it. */
  pose: Pose
}

export const livePlayback: LivePlayback = {
  chain: null,
  chainTime: 0,
  phase: 0,
  phaseRequestTaken: 0,
  floorOffset: 0,
  secondFloorOffset: 0,
  frame: createChainFrame(),
  pose: createPose(),
}
