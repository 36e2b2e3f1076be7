/**
 * STUB: only the names the condition modules' chains need. Helper A writes the real file with the same
 * names (the lead keeps theirs at merge). Pure types: no React, no three.
 */
import type { RegionKind } from '../anatomy/regions'

/**
 * How sure we are of a link or gait change: `measured` (a study measured this change in people with the
 * condition), `reasoned` (follows from mechanics, not measured) or `illustrative` (size or timing chosen
 * for teaching). Causal words ("causes", "leads to", "makes") are kept for `measured` links.
 */
export type EvidenceGrade = 'measured' | 'reasoned' | 'illustrative'

/** One link of a condition's compensation chain, from the origin to the low back. */
export interface ConditionLink {
  /** Stable id, unique within its chain; the panel's steps refer to it. */
  id: string
  kind: RegionKind
  /** The link's side relative to the side of the problem; null for the pelvis and the lumbar spine. */
  side: 'same' | 'opposite' | null
  role: 'origin' | 'nerve' | 'weak' | 'compensating' | 'overloaded'
  /** A few words naming the link. */
  title: string
  /** One line (at most 140 characters) shown on the skeleton while the link plays. */
  caption: string
  grade: EvidenceGrade
  /** The id of the gait change this link adds (the condition's gait.ts implements it). */
  change: string
  /** Seconds the link plays at 1x speed. */
  duration: number
}
