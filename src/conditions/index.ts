/**
 * Every condition the app knows, in display order, and everything keyed by condition derived from
 * that one list. Adding a condition = its module under src/conditions/<id>/ plus one line in CONDITIONS
 * (README "Adding a condition"). The first condition of each region kind is that kind's default.
 * Pure data: no React, no three.
 */
import { REGION_KINDS, type RegionKind } from '../anatomy/regions'
import type { GaitChangeDef } from '../gait/modifierKit'
import type { GaitCondition } from '../gait/types'
import { condition as ankleSprain } from './ankle-sprain'
import { condition as hipOsteoarthritis } from './hip-osteoarthritis'
import { condition as kneeFlexionContracture } from './knee-flexion-contracture'
import { condition as legLengthDifference } from './leg-length-difference'
import { condition as nonspecificLowBackPain } from './nonspecific-low-back-pain'
import { condition as pinchedNerveRoot } from './pinched-nerve-root'
import { condition as sacroiliacJointPain } from './sacroiliac-joint-pain'
import { condition as stiffAnkle } from './stiff-ankle'
import { condition as stiffKnee } from './stiff-knee'
import { condition as weakHipAbductors } from './weak-hip-abductors'
import type { ConditionDef } from './types'

export type { ConditionDef, ConditionLink, ConditionSlowdown, EvidenceGrade, GaitChangeDef } from './types'

/** All conditions in display order; within a region kind the first is its default. */
export const CONDITIONS = [
  pinchedNerveRoot,
  nonspecificLowBackPain,
  sacroiliacJointPain,
  legLengthDifference,
  hipOsteoarthritis,
  weakHipAbductors,
  stiffKnee,
  kneeFlexionContracture,
  stiffAnkle,
  ankleSprain,
] as const

/** The id of a condition: the URL's `condition=`, the API's `select(key, { condition })`. */
export type ConditionId = (typeof CONDITIONS)[number]['id']

/** A region kind with no condition does not compile: this type is `never` unless every kind is covered. */
type MissingKinds = Exclude<RegionKind, (typeof CONDITIONS)[number]['kind']>
const EVERY_KIND_HAS_A_CONDITION: [MissingKinds] extends [never] ? true : MissingKinds = true
void EVERY_KIND_HAS_A_CONDITION

const BY_ID: ReadonlyMap<string, ConditionDef<ConditionId>> = new Map(CONDITIONS.map((c) => [c.id, c]))

export function isConditionId(value: unknown): value is ConditionId {
  return typeof value === 'string' && BY_ID.has(value)
}

/** The condition with this id; throws on an unknown id (check with isConditionId first). */
export function conditionById(id: ConditionId): ConditionDef<ConditionId> {
  const c = BY_ID.get(id)
  if (!c) throw new RangeError(`Unknown condition ${JSON.stringify(id)}`)
  return c
}

const BY_KIND = Object.fromEntries(
  REGION_KINDS.map((kind) => [kind, CONDITIONS.filter((c) => c.kind === kind) as readonly ConditionDef<ConditionId>[]]),
) as Record<RegionKind, readonly ConditionDef<ConditionId>[]>

/** The conditions that start in a region kind, the default first. */
export function conditionsFor(kind: RegionKind): readonly ConditionDef<ConditionId>[] {
  return BY_KIND[kind]
}

/** The condition shown when a region of this kind is chosen without naming one. */
export function defaultConditionFor(kind: RegionKind): ConditionDef<ConditionId> {
  return BY_KIND[kind][0]!
}

/**
 * Every gait change of every condition, by id. A change shared by several conditions is one object
 * (src/gait/changes); two different changes with one id are a mistake caught here at load.
 */
export const GAIT_CHANGES: ReadonlyMap<string, GaitChangeDef> = (() => {
  const map = new Map<string, GaitChangeDef>()
  for (const c of CONDITIONS) {
    for (const change of c.changes) {
      const seen = map.get(change.id)
      if (seen && seen !== change) throw new Error(`Two different gait changes share the id ${JSON.stringify(change.id)}`)
      map.set(change.id, change)
    }
  }
  return map
})()

/** The gait engine's input for a condition: its changes and slowdown, on a side, at a severity. */
export function gaitConditionOf(condition: ConditionDef, side: GaitCondition['side'], severity: number): GaitCondition {
  return { changes: condition.changes, slowdown: condition.slowdown.factor, side, severity }
}
