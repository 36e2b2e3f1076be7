import type { ResolvedChain } from '../../chains/types'
import { GAIT_CHANGES } from '../../conditions'
import { EvidenceBadge } from '../EvidenceBadge'
import './GaitChangeLegend.css'

/** Props of GaitChangeLegend. */
export interface GaitChangeLegendProps {
  chain: ResolvedChain
  /** How many links have faded in: the "now" curves show their changes. */
  count: number
}

/** The gait changes the "now" curves hold, each with its evidence grade written out. */
export function GaitChangeLegend({ chain, count }: GaitChangeLegendProps) {
  const ids = [...new Set(chain.links.slice(0, count).map((link) => link.change))]
  return (
    <ul className="gait-change-legend" aria-label="Gait changes in the curves now">
      {ids.map((id) => {
        const change = GAIT_CHANGES.get(id)
        if (!change) return null
        return (
          <li key={id} data-change={id}>
            {change.label} <EvidenceBadge grade={change.grade} />
          </li>
        )
      })}
    </ul>
  )
}
