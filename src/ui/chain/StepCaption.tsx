import { ROLE_LABELS } from '../../theme/palette'
import { useAppStore } from '../../state/store'
import { EvidenceBadge } from '../EvidenceBadge'
import { RoleMarker } from './RoleMarker'
import './StepCaption.css'

/**
 * The link on screen: step count, its role, its evidence grade, its title and one line of explanation.
 * Read out when it changes.
 */
export function StepCaption() {
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  if (!chain) return null
  const link = chain.links[step]!
  return (
    <div className="step-caption" aria-live="polite" data-role={link.role}>
      <p className="step-caption__meta">
        <span className="step-caption__count">
          Step {step + 1} of {chain.links.length}
        </span>
        <span className="step-caption__role">
          <RoleMarker role={link.role} /> {ROLE_LABELS[link.role]}
        </span>
        <EvidenceBadge grade={link.grade} />
      </p>
      <p className="step-caption__title">{link.title}</p>
      <p className="step-caption__text">{link.caption}</p>
    </div>
  )
}
