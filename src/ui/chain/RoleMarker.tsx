import type { LinkRole } from '../../chains/types'
import { ROLE_COLOURS } from '../../theme/palette'
import './RoleMarker.css'

/** A small shape per role, so the meaning never rests on colour alone (origin ◆, compensating ●, overloaded ▲, nerve ∿, weak ▼). */
const PATHS: Readonly<Record<LinkRole, string>> = {
  origin: 'M8 1 L15 8 L8 15 L1 8 Z',
  compensating: 'M8 2 A6 6 0 1 1 7.99 2 Z',
  overloaded: 'M8 1.5 L15 14.5 L1 14.5 Z',
  nerve: 'M1 9 Q4.5 2 8 8 T15 7',
  weak: 'M1 1.5 L15 1.5 L8 14.5 Z',
}

export function RoleMarker({ role, size = 16 }: { role: LinkRole; size?: number }) {
  const stroke = role === 'nerve'
  return (
    <svg className="role-marker" width={size} height={size} viewBox="0 0 16 16" aria-hidden="true">
      <path d={PATHS[role]} fill={stroke ? 'none' : ROLE_COLOURS[role]} stroke={ROLE_COLOURS[role]} strokeWidth={stroke ? 3 : 1} strokeLinecap="round" />
    </svg>
  )
}
