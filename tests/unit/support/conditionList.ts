/**
 * The condition modules for the content tests, read from the conditions registry (src/conditions/index.ts)
 * so a new module is tested as soon as it is registered.
 */
import type { RegionKind } from '../../../src/anatomy/regions'
import { CONDITIONS as REGISTERED } from '../../../src/conditions'
import type { ConditionLink } from '../../../src/conditions/types'
import type { ConditionPanel } from '../../../src/content/types'

export interface ConditionUnderTest {
  id: string
  kind: RegionKind
  links: readonly ConditionLink[]
  panel: ConditionPanel
}

export const CONDITIONS: readonly ConditionUnderTest[] = REGISTERED.map((c) => ({ id: c.id, kind: c.kind, links: c.links, panel: c.panel }))
