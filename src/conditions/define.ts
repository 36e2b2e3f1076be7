import type { RegionKind } from '../anatomy/regions'
import type { ConditionDef } from './types'

/**
 * Checks a condition's shape (a missing chain, change list or panel does not compile) and keeps its
 * literal id and kind, from which src/conditions/index.ts derives ConditionId.
 */
export function defineCondition<const Id extends string, const Kind extends RegionKind>(
  def: ConditionDef<Id, Kind>,
): ConditionDef<Id, Kind> {
  return def
}
