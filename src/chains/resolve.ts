import { getRegion, regionKeyFor, type RegionKey, type Side } from '../anatomy/regions'
import { defaultConditionFor } from '../conditions'
import type { ConditionDef } from '../conditions/types'
import type { GaitCondition } from '../gait/types'
import type { ResolvedChain } from './types'

/**
 * The chain of `condition` (default: the region kind's first) starting at `region`, with every link's
 * side made concrete. For the lumbar spine and the pelvis the side is the side of the problem (the
 * pinched root, the painful pelvic joint).
 */
export function resolveChain(region: RegionKey, sideForCentral: Side = 'left', condition?: ConditionDef): ResolvedChain {
  const r = getRegion(region)
  const def = condition ?? defaultConditionFor(r.kind)
  if (def.kind !== r.kind) throw new RangeError(`The condition ${def.id} starts at the ${def.kind}, not at ${region}`)
  const side = r.side ?? sideForCentral
  const other: Side = side === 'left' ? 'right' : 'left'
  return {
    condition: def,
    region,
    side,
    links: def.links.map((link) => ({
      ...link,
      region: regionKeyFor(link.kind, link.side === null ? null : link.side === 'same' ? side : other),
    })),
  }
}

/**
 * The gait engine's input for a chain at a severity (its condition's changes and slowdown, on its side).
 * Pass `out` to reuse one object every frame.
 */
export function chainGait(chain: ResolvedChain, severity: number, out?: GaitCondition): GaitCondition {
  const g = out ?? { changes: [], slowdown: 1, side: 'left', severity: 0 }
  g.changes = chain.condition.changes
  g.slowdown = chain.condition.slowdown.factor
  g.side = chain.side
  g.severity = severity
  return g
}

/** The weights of a chain with its first `count` links fully faded in (all links when omitted). */
export function chainWeights(chain: ResolvedChain, count = chain.links.length): Record<string, number> {
  const weights: Record<string, number> = {}
  for (const link of chain.links.slice(0, count)) weights[link.change] = 1
  return weights
}
