/**
 * The muscles a playing chain names: which muscle meshes belong to a chain's story and how each glows
 * at a moment of it, with the same timing as the regions (src/chains/playback.ts): links reached
 * earlier keep a steady glow, the playing link's muscles rise as the pulse arrives.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { MUSCLE_BY_NAME, muscleNodeName } from '../anatomy/muscles'
import { GLOW_RISE_SECONDS, ORIGIN_GLOW, PULSE_SECONDS, REACHED_GLOW, type ChainFrame } from '../chains/playback'
import type { LinkRole, ResolvedChain, ResolvedLink } from '../chains/types'

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left')

/** The sides whose muscles a link lights (see ConditionLink.muscleSide). */
export function linkMuscleSides(link: Pick<ResolvedLink, 'side' | 'muscleSide'>, problem: Side): readonly Side[] {
  const relative = link.muscleSide ?? link.side ?? 'same'
  if (relative === 'both') return ['left', 'right']
  return [relative === 'same' ? problem : other(problem)]
}

const nodesByLink = new WeakMap<ResolvedLink, Partial<Record<Side, readonly string[]>>>()

/**
 * Node names (muscles.glb) of the muscles one link names; throws on a muscle the table does not have.
 * Cached per link and side: the scene asks every frame.
 */
export function linkMuscleNodes(link: ResolvedLink, problem: Side): readonly string[] {
  const cached = nodesByLink.get(link)?.[problem]
  if (cached) return cached
  const out: string[] = []
  for (const name of link.muscles ?? []) {
    if (!MUSCLE_BY_NAME.has(name)) throw new Error(`Link ${link.id} names an unknown muscle "${name}"`)
    for (const side of linkMuscleSides(link, problem)) out.push(muscleNodeName(name, side))
  }
  nodesByLink.set(link, { ...nodesByLink.get(link), [problem]: out })
  return out
}

const nodesByChain = new WeakMap<ResolvedChain, ReadonlySet<string>>()

/** Every muscle node the chain's links name (cached per chain). */
export function chainMuscleNodes(chain: ResolvedChain): ReadonlySet<string> {
  let set = nodesByChain.get(chain)
  if (!set) {
    set = new Set(chain.links.flatMap((l) => linkMuscleNodes(l, chain.side)))
    nodesByChain.set(chain, set)
  }
  return set
}

export interface MuscleGlow {
  role: LinkRole
  intensity: number
}

const smoothstep = (x: number) => (x <= 0 ? 0 : x >= 1 ? 1 : x * x * (3 - 2 * x))

/**
 * How each named muscle glows at a chain frame: written into `out` (node -> glow), cleared first.
 * A muscle named by several links takes the latest link's role, as regions do.
 */
export function chainMuscleGlow(chain: ResolvedChain, frame: ChainFrame, out: Map<string, MuscleGlow>): Map<string, MuscleGlow> {
  out.clear()
  const index = Math.min(frame.linkIndex, chain.links.length - 1)
  for (let i = 0; i < index; i++) {
    const link = chain.links[i]!
    const intensity = link.role === 'origin' ? ORIGIN_GLOW : REACHED_GLOW
    for (const node of linkMuscleNodes(link, chain.side)) out.set(node, { role: link.role, intensity })
  }
  const link = chain.links[index]!
  const arrival = index === 0 ? 0 : PULSE_SECONDS
  const rise = frame.finished ? 1 : smoothstep((frame.linkTime - arrival) / GLOW_RISE_SECONDS)
  if (rise > 0) {
    for (const node of linkMuscleNodes(link, chain.side)) {
      const before = out.get(node)?.intensity ?? 0
      out.set(node, { role: link.role, intensity: Math.max(before, rise) })
    }
  }
  return out
}
