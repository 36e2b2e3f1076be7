import type { RegionKey } from '../anatomy/regions'
import type { ConditionDef, ConditionLink } from '../conditions/types'

export type { LinkRole, RelativeSide } from '../conditions/types'

/** A link with its region resolved for a concrete side. */
export interface ResolvedLink extends ConditionLink {
  region: RegionKey
}

/** A condition's chain made concrete: the region chosen, the side of the problem, each link's region. */
export interface ResolvedChain {
  /** The condition the chain belongs to (its id, label, changes, slowdown and panel). */
  condition: ConditionDef
  /** The region chosen (its kind is the condition's kind). */
  region: RegionKey
  side: 'left' | 'right'
  links: readonly ResolvedLink[]
}
