/**
 * Chain playback as a pure function of time: which link is playing, how far each gait change has faded
 * in, how each region glows and where the travelling pulse is. The scene calls chainFrame() every frame
 * with the chain's own clock (seconds since the chain started, times the playback speed).
 *
 * Timeline: the links play one after another for their `duration` seconds. While link i plays:
 * - its gait change fades in over its first WEIGHT_FADE_SECONDS; earlier links' changes stay at 1;
 * - a pulse travels from link i − 1's region to link i's over its first PULSE_SECONDS;
 * - its region lights up (role = the link's role) as the pulse arrives; earlier links keep a steady glow
 *   (the origin brighter, as the problem); the chain ends on the lumbar spine as overloaded.
 * After the last link the chain holds on it: any t past the end gives the last link, fully faded in.
 * Pure: no React, no three.
 */
import { REGION_KEYS, type RegionKey } from '../anatomy/regions'
import type { LinkRole, ResolvedChain } from './types'

/** Seconds over which the current link's gait change fades in. */
export const WEIGHT_FADE_SECONDS = 1.5
/** Seconds the pulse takes to travel from the previous link's region to the current one. */
export const PULSE_SECONDS = 1
/** Seconds over which a region's glow rises once reached (after the pulse arrives). */
export const GLOW_RISE_SECONDS = 0.5
/** Steady glow of a link reached earlier. */
export const REACHED_GLOW = 0.55
/** Steady glow of the origin once later links play: it stays the problem. */
export const ORIGIN_GLOW = 0.8

/** How a region glows: the role it plays (null = not part of the story yet) and how brightly, 0…1. */
export interface RegionGlow {
  role: LinkRole | null
  intensity: number
}

/** The travelling pulse from the previous link's region to the current one. */
export interface ChainPulse {
  /** True while it travels (the first PULSE_SECONDS of every link but the first). */
  active: boolean
  /** Region it leaves and region it reaches; null for the first link (no pulse). */
  from: RegionKey | null
  to: RegionKey | null
  /** 0 at the start of the link, 1 on arrival (and after). */
  progress: number
}

/** Everything the scene needs to draw one moment of a chain. */
export interface ChainFrame {
  /** Index of the link playing (the last one once the chain has ended). */
  linkIndex: number
  /** Seconds since that link started (clamped to its duration once the chain has ended). */
  linkTime: number
  /** linkTime / its duration, 0…1. */
  linkProgress: number
  /** True once t has reached the chain's duration: the chain holds on its last link. */
  finished: boolean
  /**
   * Weight 0…1 of the chain's gait changes by id: links reached so far 1, the current one fading in,
   * later ones 0 (changes of other chains: absent or 0).
   */
  weights: Record<string, number>
  /** Glow of every region key (regions outside the chain: role null, intensity 0). */
  glow: Record<RegionKey, RegionGlow>
  pulse: ChainPulse
}

/** Allocates a ChainFrame to reuse with chainFrame(chain, t, out). */
export function createChainFrame(): ChainFrame {
  const weights: Record<string, number> = {}
  const glow = {} as Record<RegionKey, RegionGlow>
  for (const key of REGION_KEYS) glow[key] = { role: null, intensity: 0 }
  return { linkIndex: 0, linkTime: 0, linkProgress: 0, finished: false, weights, glow, pulse: { active: false, from: null, to: null, progress: 0 } }
}

interface Timeline {
  starts: Float64Array
  total: number
}

const timelines = new WeakMap<ResolvedChain, Timeline>()

function timeline(chain: ResolvedChain): Timeline {
  let tl = timelines.get(chain)
  if (!tl) {
    const starts = new Float64Array(chain.links.length + 1)
    for (let i = 0; i < chain.links.length; i++) starts[i + 1] = starts[i]! + chain.links[i]!.duration
    tl = { starts, total: starts[chain.links.length]! }
    timelines.set(chain, tl)
  }
  return tl
}

/** Seconds of chain time at which link `index` starts (index = links.length gives the chain's end). */
export function linkStartTime(chain: ResolvedChain, index: number): number {
  const tl = timeline(chain)
  if (!Number.isInteger(index) || index < 0 || index > chain.links.length) throw new RangeError(`No link ${index} in the ${chain.condition.id} chain`)
  return tl.starts[index]!
}

/** Total seconds of the chain at 1× speed (the sum of its links' durations). */
export function chainDuration(chain: ResolvedChain): number {
  return timeline(chain).total
}

/** Index of the link playing at chain time t (t < 0 gives 0; t at or past the end gives the last link). */
export function linkAtTime(chain: ResolvedChain, t: number): number {
  const { starts } = timeline(chain)
  const n = chain.links.length
  if (!(t > 0)) return 0
  // Few links: a linear scan is cheapest.
  for (let i = n - 1; i > 0; i--) if (t >= starts[i]!) return i
  return 0
}

const smoothstep = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x))

/**
 * The state of a chain at chain time t (seconds; negative counts as 0, past the end holds the last link).
 * Pass `out` (from createChainFrame()) to reuse it: then the call allocates nothing.
 */
export function chainFrame(chain: ResolvedChain, t: number, out: ChainFrame = createChainFrame()): ChainFrame {
  const { starts, total } = timeline(chain)
  const links = chain.links
  const finished = t >= total
  const index = linkAtTime(chain, t)
  const link = links[index]!
  const linkTime = Math.min(Math.max(0, t - starts[index]!), link.duration)
  out.linkIndex = index
  out.linkTime = linkTime
  out.linkProgress = link.duration > 0 ? linkTime / link.duration : 1
  out.finished = finished

  // Weights.
  const w = out.weights
  // Zero what a previous chain left (keys stay, so a reused frame allocates nothing once warmed up).
  for (const id in w) w[id] = 0
  for (let i = 0; i < links.length; i++) w[links[i]!.change] = 0
  for (let i = 0; i <= index; i++) {
    const id = links[i]!.change
    const v = i < index || finished ? 1 : smoothstep(linkTime / WEIGHT_FADE_SECONDS)
    if (v > w[id]!) w[id] = v
  }

  // Pulse.
  const p = out.pulse
  if (index === 0) {
    p.active = false
    p.from = null
    p.to = null
    p.progress = 0
  } else {
    p.from = links[index - 1]!.region
    p.to = link.region
    p.progress = Math.min(1, linkTime / PULSE_SECONDS)
    p.active = !finished && linkTime < PULSE_SECONDS
  }

  // Glow: earlier links steady (later ones override the role of a region they share), then the current.
  const g = out.glow
  for (const key of REGION_KEYS) {
    g[key].role = null
    g[key].intensity = 0
  }
  for (let i = 0; i < index; i++) {
    const l = links[i]!
    const r = g[l.region]
    r.role = l.role
    r.intensity = l.role === 'origin' ? ORIGIN_GLOW : REACHED_GLOW
  }
  const arrival = index === 0 ? 0 : PULSE_SECONDS
  const rise = finished ? 1 : smoothstep((linkTime - arrival) / GLOW_RISE_SECONDS)
  if (rise > 0) {
    const r = g[link.region]
    r.role = link.role
    r.intensity = Math.max(r.intensity, rise)
  }
  return out
}
