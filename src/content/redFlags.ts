/**
 * The signs that need a clinician urgently, shared by every panel's "Get help now" (each panel lists the
 * keys that matter for its condition; every panel lists `young-person-limp`). Plain wording of our own;
 * each flag names the guidelines that list it. The app teaches: it never tells a reader what they have.
 * Pure data: no React, no three.
 */
import type { SourceId } from './sources'

export interface RedFlag {
  /** The sign in plain words (no markup), short enough for a phone. */
  readonly text: string
  /** Where to go: the urgency the cited guidelines give it. */
  readonly action: string
  /** Guidelines that list this sign (at least one). */
  readonly sources: readonly SourceId[]
  /** Where the cited guidance is narrower than the wording, say so. */
  readonly note?: string
}

const ENTRIES = {
  'cauda-equina': {
    text: 'Numbness between the legs or around the bottom (the saddle area), new trouble passing or holding urine or stools, or sciatica in both legs',
    action: 'Go to an emergency department straight away: these can be signs of cauda equina syndrome.',
    sources: ['nice-cks-sciatica', 'nice-ng59'],
  },
  'worsening-weakness': {
    text: 'Weakness in a leg that is getting worse, or a foot that has started to drop or slap',
    action: 'Get seen the same day by a doctor.',
    sources: ['nice-cks-sciatica'],
  },
  'fever-cancer-weight-loss': {
    text: 'Back pain with fever or feeling very unwell, a past cancer, or weight loss you cannot explain',
    action: 'See a doctor urgently: these can point to infection or cancer.',
    sources: ['nice-cks-back-pain', 'nice-ng59'],
  },
  'cannot-bear-weight': {
    text: 'A fall or injury after which the leg cannot take your weight',
    action: 'Get checked the same day (urgent care or emergency department) for a broken bone.',
    sources: ['vuurberg-2018', 'rch-limp'],
  },
  'hot-swollen-joint': {
    text: 'A joint that is suddenly hot, red and swollen, especially with a fever',
    action: 'Get seen the same day: a joint infection needs treatment quickly.',
    sources: ['qld-limp', 'rch-limp'],
    note: 'The cited guidelines are written for children; a hot swollen joint in an adult is also assessed urgently in usual practice.',
  },
  'young-person-limp': {
    text: 'Any child or teenager with a limp, or with hip pain that is felt in the thigh or knee',
    action: 'Always get them checked by a doctor; do not wait for it to pass.',
    sources: ['rch-limp', 'statpearls-scfe'],
  },
} as const satisfies Record<string, RedFlag>

export type RedFlagId = keyof typeof ENTRIES

/** Every red flag by key, in the order a panel should show them. */
export const RED_FLAGS: Readonly<Record<RedFlagId, RedFlag>> = ENTRIES

export const RED_FLAG_IDS = Object.keys(ENTRIES) as readonly RedFlagId[]

export function isRedFlagId(id: string): id is RedFlagId {
  return Object.hasOwn(RED_FLAGS, id)
}
