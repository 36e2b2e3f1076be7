/** The panel for a pinched L5 or S1 nerve root. Words are the project's own; facts checked against the cited sources. */
import {
  AGAINST_BED_REST,
  AGAINST_TENS,
  BACK_FLAGS,
  DAILY_FIGURE,
  GET_HELP_POINTER,
  OFFER_EXERCISE_BACK,
  OFFER_MANUAL_WITH_EXERCISE,
  OFFER_NSAID_BACK,
} from '../../content/panelShared'
import type { RedFlagId } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import type { ConditionPanel } from '../../content/types'

export const panel: ConditionPanel<SourceId, RedFlagId> = {
  condition: 'pinched-nerve-root',
  title: 'Lumbar spine: a pinched nerve root',
  atAGlance: {
    whatGoesWrong: 'A bulging disc in the low back can press on the nerve root that serves the leg.',
    chain: [
      'The trunk shifts to one side.',
      'Pain runs down the leg.',
      'The foot may drop.',
      'The side hip muscles may weaken.',
      'The limp is thought to load the back again.',
    ],
    oneThingThatHelps: 'Clinicians may offer an exercise programme and advice to stay active.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: BACK_FLAGS,
  whatGoesWrong: [
    {
      text: 'The nerves for the legs leave the spine between the [[vertebra|vertebrae]] of the low back ([[lumbar]] spine). A bulging [[herniated-disc|disc]] can press on one of these [[nerve-root|nerve roots]], most often [[spinal-levels|L5 or S1]] ([[radiculopathy]]).',
    },
    {
      text: 'The trouble sits in the back but is felt in the leg, along the path of the root ([[sciatica]]). A hard-pressed root can weaken the muscles it serves.',
      sources: ['harrisons-19', 'nice-cks-sciatica'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'sciatic-list',
      text: 'Many people lean to one side without meaning to ([[sciatic-list|sciatic list]]). Of 18 teenagers with such a lean, 14 leaned away from the bulge.',
      sources: ['erdag-2022'],
    },
    {
      linkId: 'nerve-pain',
      text: 'The lowest roots form the [[sciatic-nerve|sciatic nerve]], which runs down the back of the thigh beneath the [[hamstrings]]. The leg hurts though nothing is wrong in it.',
      sources: ['harrisons-19'],
    },
    {
      linkId: 'foot-drop-steppage',
      text: 'The L5 root serves the shin muscle that lifts the foot ([[dorsiflexion]]). If it weakens, the toes hang ([[foot-drop|foot drop]]) and the knee lifts high to clear them ([[steppage-gait|steppage gait]]).',
      sources: ['harrisons-19'],
    },
    {
      linkId: 'hip-abductor-weakness',
      text: 'L5 also serves [[gluteus-medius|gluteus medius]], which holds the pelvis level on one leg. Weakness can let the other side sag ([[trendelenburg-gait|Trendelenburg gait]]).',
      sources: ['harrisons-19'],
    },
    {
      linkId: 'lumbar-loop',
      text: 'A lean and a limp bend the low back unevenly on every step. Some think this keeps pain going; no study we know of has measured such a loop.',
    },
  ],
  whatYouMayNotice: [
    'Pain from the buttock down the back of the leg, often below the knee',
    'Tingling, pins and needles or numbness in the leg or foot',
    'A foot that slaps down or catches on the floor',
    'Leaning to one side and walking more slowly',
  ],
  whatCliniciansMayOffer: [
    OFFER_EXERCISE_BACK,
    OFFER_MANUAL_WITH_EXERCISE,
    OFFER_NSAID_BACK,
    {
      title: 'An injection for severe, recent sciatica',
      text: 'For sciatica that is recent and severe, a specialist may discuss an [[epidural]] injection of a local anaesthetic with a steroid; NICE NG59 says it may be considered.',
      sources: ['nice-ng59'],
    },
    {
      title: 'An operation when other care has not worked',
      text: 'A spinal surgeon may discuss freeing the root (decompression) when treatment without surgery has not worked and scans match the symptoms (NICE NG59).',
      sources: ['nice-ng59'],
    },
  ],
  whatGuidelinesAdviseAgainst: [AGAINST_TENS, AGAINST_BED_REST],
  teenExample: {
    title: 'Teenagers get it too',
    text: 'Teenagers can have a disc bulge with [[sciatica]] too. In a study of 18 teenagers the lean looked like a curved spine ([[scoliosis]]); it eased after an operation on the disc.',
    sources: ['erdag-2022'],
  },
  classroom: {
    objectives: [
      'Explain why a problem at a nerve root in the back is felt in the leg.',
      'Link the weak muscles of an L5 root to foot drop and a sagging pelvis.',
    ],
    vignette:
      'Amira, a nurse in her forties, has had shooting pain down her left leg for two weeks. She leans to the right, her left foot slaps on the floor at work, and she walks more slowly.',
    questions: [
      'Which muscles would you test first, and why?',
      'Which of her signs would make this urgent?',
      'People with sciatica often lean and limp. Does the limp cause the back pain, the back pain cause the limp, or both? What would a study need to show?',
    ],
    myth: {
      myth: 'Leg pain means the problem is in the leg.',
      fact: 'With sciatica the leg is healthy: the pain comes from a nerve root pressed in the back.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'harrisons-19',
    'erdag-2022',
    'nice-ng59',
    'nice-ng59-bmj',
    'nice-cks-sciatica',
    'nice-cks-back-pain',
    'acp-2017',
    'vuurberg-2018',
    'rch-limp',
    'statpearls-scfe',
    'tudor-locke-2011',
    'tudor-locke-2011-special',
    'limping-back-pain-article',
    'spine-clinic-article',
  ],
}
