/**
 * Panel pieces that several conditions say in the same words: the daily-figure sentence, the pointer to
 * "Get help now", and guideline items about low back pain and osteoarthritis. One wording, one place.
 * Pure data: no React, no three.
 */
import type { RedFlagId } from './redFlags'
import type { SourceId } from './sources'
import type { AdviseAgainstItem, DailyFigure, OfferItem } from './types'

/**
 * `{degrees}` is the engine's per-step number: the largest difference from normal walking, in either
 * direction, of the low back's bend on one step. Never multiplied by steps: degrees do not add up over a day.
 */
export const DAILY_FIGURE: DailyFigure<SourceId> = {
  template:
    'In this animation the low back bends up to {degrees}° differently from normal walking on each step. A day holds 5,000–10,000 steps for many adults, and fewer for many people whose pain or illness limits walking.',
  sources: ['tudor-locke-2011', 'tudor-locke-2011-special'],
}

/** The last line of every "At a glance". */
export const GET_HELP_POINTER = 'Urgent signs are listed under "Get help now"; a child or teenager with a limp always needs a clinician.'

/** Red flags every back-related panel shows (the young-person flag is in every panel). */
export const BACK_FLAGS: readonly RedFlagId[] = [
  'cauda-equina',
  'worsening-weakness',
  'fever-cancer-weight-loss',
  'cannot-bear-weight',
  'young-person-limp',
]

/** Red flags of the joint panels (hip, knee, ankle). */
export const JOINT_FLAGS: readonly RedFlagId[] = [
  'cannot-bear-weight',
  'hot-swollen-joint',
  'fever-cancer-weight-loss',
  'young-person-limp',
]

export const OFFER_EXERCISE_BACK: OfferItem<SourceId> = {
  title: 'An exercise programme',
  text: 'Physiotherapists may offer a group or individual exercise programme and advice to keep active; NICE NG59 recommends exercise for low back pain with or without [[sciatica]].',
  sources: ['nice-ng59', 'nice-ng59-bmj'],
}

export const OFFER_MANUAL_WITH_EXERCISE: OfferItem<SourceId> = {
  title: 'Hands-on treatment alongside exercise',
  text: 'Physiotherapists, osteopaths or chiropractors may offer [[manual-therapy|manual therapy]]; NICE NG59 supports it only as part of a package that includes exercise.',
  sources: ['nice-ng59', 'nice-ng59-bmj'],
}

export const OFFER_NSAID_BACK: OfferItem<SourceId> = {
  title: 'Anti-inflammatory medicine',
  text: 'A doctor or pharmacist may suggest an anti-inflammatory medicine ([[nsaid|NSAID]]) at the lowest dose for the shortest time; NICE NG59 and the American College of Physicians both list it. It does not suit everyone.',
  sources: ['nice-ng59', 'acp-2017'],
}

export const AGAINST_TENS: AdviseAgainstItem<SourceId> = {
  title: 'TENS and other electrical treatments',
  text: 'NICE NG59 advises against [[tens|TENS]] and other electrotherapies for low back pain, with or without [[sciatica]].',
  sources: ['nice-ng59', 'nice-ng59-bmj'],
}

export const AGAINST_BED_REST: AdviseAgainstItem<SourceId> = {
  title: 'Resting in bed',
  text: 'NICE NG59 advises staying active and carrying on with normal activities as far as possible, rather than resting.',
  sources: ['nice-ng59'],
}

export const AGAINST_ROUTINE_IMAGING: AdviseAgainstItem<SourceId> = {
  title: 'Routine scans',
  text: 'For back pain without warning signs, NICE NG59 advises against routine imaging outside specialist care: a scan seldom changes what helps.',
  sources: ['nice-ng59'],
}

export const AGAINST_PARACETAMOL_OPIOIDS: AdviseAgainstItem<SourceId> = {
  title: 'Paracetamol alone, and opioids for long-lasting back pain',
  text: 'NICE NG59 advises against paracetamol on its own for low back pain and against opioids for long-lasting (chronic) low back pain.',
  sources: ['nice-ng59', 'nice-ng59-bmj'],
}

export const AGAINST_ACUPUNCTURE_BACK: AdviseAgainstItem<SourceId> = {
  title: 'Acupuncture (guidelines disagree)',
  text: 'NICE NG59 advises against acupuncture for low back pain, while the American College of Physicians lists it among options: the two guidelines weigh the same trials differently.',
  sources: ['nice-ng59-bmj', 'acp-2017'],
}

export const OFFER_OA_CORE: OfferItem<SourceId> = {
  title: 'Learning about the condition and exercise',
  text: 'Physiotherapists may offer education and a structured exercise programme on land, with help to manage weight where it applies; OARSI 2019 and NICE NG226 put these at the core of care.',
  sources: ['oarsi-2019', 'nice-ng226'],
}

export const AGAINST_OA_IMAGING_ACUPUNCTURE: AdviseAgainstItem<SourceId> = {
  title: 'Routine X-rays to diagnose, and acupuncture',
  text: 'NICE NG226 advises diagnosing osteoarthritis from the history and examination without routine imaging, and does not recommend acupuncture for it.',
  sources: ['nice-ng226'],
}

export const AGAINST_OA_OPIOIDS: AdviseAgainstItem<SourceId> = {
  title: 'Opioid painkillers',
  text: 'OARSI 2019 strongly advises against opioids for knee and hip osteoarthritis.',
  sources: ['oarsi-2019'],
}
