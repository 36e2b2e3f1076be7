import type { RegionKey, RegionKind } from '../anatomy/regions'

/** What a link does in the story; each role has its own colour and shape (README "Chains"). */
export type LinkRole = 'origin' | 'nerve' | 'weak' | 'compensating' | 'overloaded'

/** A link's side relative to the side of the problem: the same leg, the other leg, or central. */
export type RelativeSide = 'same' | 'opposite' | null

/** The gait modifiers the engine knows (src/gait/modifiers.ts implements each one). */
export type GaitChangeId =
  | 'ankle-stiff'
  | 'knee-hyperextension'
  | 'hip-push'
  | 'pelvic-hike'
  | 'lumbar-side-bend'
  | 'knee-stiff'
  | 'hip-circumduction'
  | 'contralateral-vault'
  | 'hip-painful'
  | 'pelvic-drop-and-tilt'
  | 'trunk-lean'
  | 'pelvic-dysfunction'
  | 'lumbar-ligament-load'
  | 'sciatic-list'
  | 'nerve-pain'
  | 'foot-drop-steppage'
  | 'hip-abductor-weakness'
  | 'lumbar-loop'

export interface ChainLinkDef {
  /** Stable id, unique within its chain; the panel's steps refer to it. */
  id: string
  kind: RegionKind
  side: RelativeSide
  role: LinkRole
  /** A few words naming the link, e.g. "The hip hikes". */
  title: string
  /** One line shown on the skeleton while the link plays. */
  caption: string
  /** The change this link adds to the walk. */
  gaitChange: GaitChangeId
  /** Seconds the link plays at 1× speed before the next one starts. */
  duration: number
}

export interface ChainDef {
  origin: RegionKind
  /** The problem at the origin, e.g. "A stiff, painful ankle". */
  condition: string
  links: readonly ChainLinkDef[]
}

/** A chain with every link's region resolved for a concrete side. */
export interface ResolvedLink extends ChainLinkDef {
  region: RegionKey
}

export interface ResolvedChain extends Omit<ChainDef, 'links'> {
  region: RegionKey
  side: 'left' | 'right'
  links: readonly ResolvedLink[]
}
