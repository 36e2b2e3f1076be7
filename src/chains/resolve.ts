import { getRegion, regionKeyFor, type RegionKey, type Side } from '../anatomy/regions'
import { CHAINS } from './chainData'
import type { ResolvedChain } from './types'

/**
 * The chain that starts at `region`, with every link's side made concrete. For the lumbar spine and
 * the pelvis the side is the side of the problem (the pinched root, the painful pelvic joint).
 */
export function resolveChain(region: RegionKey, sideForCentral: Side = 'left'): ResolvedChain {
  const r = getRegion(region)
  const side = r.side ?? sideForCentral
  const def = CHAINS[r.kind]
  const other: Side = side === 'left' ? 'right' : 'left'
  return {
    origin: def.origin,
    condition: def.condition,
    region,
    side,
    links: def.links.map((link) => ({
      ...link,
      region: regionKeyFor(link.kind, link.side === null ? null : link.side === 'same' ? side : other),
    })),
  }
}
