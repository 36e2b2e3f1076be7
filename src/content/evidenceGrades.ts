/**
 * What each evidence grade means, in the words the badges show (README "Chains"). Every chain link and
 * gait change carries one; the UI writes the grade's word and gives this meaning as its description.
 * Pure data: no React, no three.
 */
import type { EvidenceGrade } from '../gait/modifierKit'

export interface EvidenceGradeText {
  /** The word on the badge. */
  readonly word: EvidenceGrade
  /** One plain sentence: what the grade says about the link or change. */
  readonly meaning: string
}

export const EVIDENCE_GRADES: Readonly<Record<EvidenceGrade, EvidenceGradeText>> = {
  measured: {
    word: 'measured',
    meaning: 'Measured: a study measured this change in people with the condition.',
  },
  reasoned: {
    word: 'reasoned',
    meaning: 'Reasoned: it follows from how the joints and muscles work, but no study has measured it.',
  },
  illustrative: {
    word: 'illustrative',
    meaning: 'Illustrative: its size or timing was chosen for teaching, not taken from a measurement.',
  },
}
