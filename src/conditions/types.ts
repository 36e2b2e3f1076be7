/**
 * What a condition is: one origin region kind, its compensation chain, the gait changes it adds and
 * its explanation panel. One module per condition under src/conditions/<id>/; README "Adding a condition".
 * Pure types: no React, no three.
 */
import type { RegionKind } from '../anatomy/regions'
import type { SourceId } from '../content/sources'
import type { RedFlagId } from '../content/redFlags'
import type { ConditionPanel } from '../content/types'
import type { EvidenceGrade, GaitChangeDef } from '../gait/modifierKit'

export type { EvidenceGrade, GaitChangeDef } from '../gait/modifierKit'
export type { ModifierContext, LegOffsets } from '../gait/modifierKit'

/** What a link does in the story; each role has its own colour and shape (README "Chains"). */
export type LinkRole = 'origin' | 'nerve' | 'weak' | 'compensating' | 'overloaded'

/** A link's side relative to the side of the problem: the same leg, the other leg, or central. */
export type RelativeSide = 'same' | 'opposite' | null

/** One link of a condition's chain: a region, the role it plays, what it shows and the change it adds. */
export interface ConditionLink {
  /** Stable id, unique within its chain; the panel's steps refer to it. */
  id: string
  kind: RegionKind
  side: RelativeSide
  role: LinkRole
  /** A few words naming the link, e.g. "The hip hikes". */
  title: string
  /** One line shown on the skeleton while the link plays. */
  caption: string
  /** How sure the link is (shown to the user with that word). */
  grade: EvidenceGrade
  /** The id of the gait change this link fades in (one of the condition's `changes`). */
  change: string
  /** Seconds the link plays at 1× speed before the next one starts. */
  duration: number
  /**
   * Muscles the link's words name (names in src/anatomy/muscles.ts); they light in the link's role colour
   * while it plays. Only where the chain's own words (caption, title) point at them.
   */
  muscles?: readonly string[]
  /**
   * Which side's muscles light: default the link's side ('same' for a central link, the side of the
   * problem); 'both' for paired trunk muscles that work on both sides.
   */
  muscleSide?: 'same' | 'opposite' | 'both'
}

/** How much longer a stride takes at severity 1 (stride time × factor; cadence ÷ factor). */
export interface ConditionSlowdown {
  factor: number
  grade: EvidenceGrade
  source: string
}

/** The panel of a condition (the explanation's words; see src/content/types.ts). */
export type ConditionPanelText = ConditionPanel<SourceId, RedFlagId>

/**
 * A condition, assembled in src/conditions/<id>/index.ts from its chain.ts, gait.ts and panel.ts.
 * `Id` and `Kind` keep their literal types so the list in src/conditions/index.ts can derive
 * ConditionId and check that every region kind has a condition.
 */
export interface ConditionDef<Id extends string = string, Kind extends RegionKind = RegionKind> {
  /** Kebab-case id: URL `condition=<id>`, API, tests. */
  readonly id: Id
  /** The region kind where the problem starts. */
  readonly kind: Kind
  /** A few words naming the condition, e.g. "A stiff ankle" (the picker, the header). */
  readonly label: string
  /** The chain from the origin to the low back, in playing order; the last link is at the lumbar spine. */
  readonly links: readonly ConditionLink[]
  /**
   * The gait changes the condition adds, first the origin's (links[0].change): the walk slows with
   * that one's weight. Every link's `change` is one of these.
   */
  readonly changes: readonly GaitChangeDef[]
  readonly slowdown: ConditionSlowdown
  readonly panel: ConditionPanelText
}
