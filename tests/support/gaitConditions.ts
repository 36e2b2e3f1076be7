import type { Side } from '../../src/anatomy/regions'
import { CONDITIONS, conditionById, gaitConditionOf, type ConditionId } from '../../src/conditions'
import type { GaitCondition } from '../../src/gait'

/** The gait engine's input for a condition by id. */
export function gc(id: ConditionId, side: Side, severity: number): GaitCondition {
  return gaitConditionOf(conditionById(id), side, severity)
}

/** The first condition that has the gait change `changeId` (any works: the change acts the same). */
export function conditionWithChange(changeId: string): ConditionId {
  const c = CONDITIONS.find((d) => d.changes.some((ch) => ch.id === changeId))
  if (!c) throw new Error(`No condition has the gait change ${changeId}`)
  return c.id
}

/** Every condition id, in display order. */
export const CONDITION_IDS: readonly ConditionId[] = CONDITIONS.map((c) => c.id)
