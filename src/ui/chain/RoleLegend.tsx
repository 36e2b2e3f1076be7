import type { LinkRole } from '../../chains/types'
import { ROLE_LABELS } from '../../theme/palette'
import { useAppStore } from '../../state/store'
import { RoleMarker } from './RoleMarker'
import './RoleLegend.css'

/** What the motions mean on the skeleton: each role present in this chain, with its marker and motion. */
const MOTION: Readonly<Record<LinkRole, string>> = {
  origin: 'rings',
  compensating: 'steady glow',
  overloaded: 'throbs',
  nerve: 'flowing line',
  weak: 'flickers',
}

export function RoleLegend() {
  const chain = useAppStore((s) => s.chain)
  if (!chain) return null
  const roles = [...new Set(chain.links.map((l) => l.role))]
  return (
    <ul className="role-legend" aria-label="Legend">
      {roles.map((role) => (
        <li key={role} title={`On the skeleton: ${MOTION[role]}`}>
          <RoleMarker role={role} size={13} /> {ROLE_LABELS[role]}
        </li>
      ))}
    </ul>
  )
}
