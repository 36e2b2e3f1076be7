/**
 * The kind of each source, named for a reader (a systematic review is not "a study").
 * Pure data: no React, no three.
 */
import type { SourceType } from './types'

export const SOURCE_TYPE_LABELS: Readonly<Record<SourceType, string>> = {
  guideline: 'Guideline',
  'guideline-summary': 'Guideline summary',
  'systematic-review': 'Systematic review',
  'narrative-review': 'Narrative review',
  'cohort-study': 'Cohort study',
  'cross-sectional-study': 'Cross-sectional study',
  'case-control-study': 'Case-control study',
  'experimental-study': 'Experimental study',
  'case-series': 'Case series',
  textbook: 'Textbook',
  'reference-work': 'Reference work',
  article: 'Article',
  'patient-information': 'Patient information',
  'source-text': 'Source article given to the project',
}
