import type { EvidenceGrade } from '../gait/modifierKit'
import { EVIDENCE_GRADES } from '../content/evidenceGrades'
import './EvidenceBadge.css'

/** Props of EvidenceBadge. */
export interface EvidenceBadgeProps {
  /** The grade of the link or gait change. */
  grade: EvidenceGrade
}

/**
 * A small badge that writes the evidence grade ("measured", "reasoned", "illustrative"), so no meaning
 * rests on colour. The meaning shows as a tooltip on hover and is read out after the word.
 */
export function EvidenceBadge({ grade }: EvidenceBadgeProps) {
  const { word, meaning } = EVIDENCE_GRADES[grade]
  return (
    <span className="evidence-badge" data-grade={grade} title={meaning}>
      <span aria-hidden="true">{word}</span>
      <span className="visually-hidden">{` (evidence grade ${meaning})`}</span>
    </span>
  )
}
