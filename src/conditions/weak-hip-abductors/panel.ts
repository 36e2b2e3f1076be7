/** The panel for weak hip abductors. Words are the project's own; facts checked against the cited sources. */
import {
  AGAINST_BED_REST,
  AGAINST_TENS,
  DAILY_FIGURE,
  GET_HELP_POINTER,
  JOINT_FLAGS,
  OFFER_EXERCISE_BACK,
} from '../../content/panelShared'
import type { RedFlagId } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import type { ConditionPanel } from '../../content/types'

export const panel: ConditionPanel<SourceId, RedFlagId> = {
  condition: 'weak-hip-abductors',
  title: 'Hip: weak muscles at the side of the {side} hip',
  atAGlance: {
    whatGoesWrong: 'The muscles on the outer {side} hip ([[gluteus-medius|gluteus medius]]) are too weak to hold the pelvis level.',
    chain: [
      'The side hip muscles are weak.',
      'At moderate weakness the other side of the pelvis sags.',
      'With marked weakness the trunk lurches over the weak hip instead.',
    ],
    oneThingThatHelps: 'Physiotherapists may offer an exercise programme.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: JOINT_FLAGS,
  whatGoesWrong: [
    {
      text: 'The [[hip-abductors|hip abductors]], mainly [[gluteus-medius|gluteus medius]], keep the pelvis level whenever one foot is off the ground. A pinched nerve root in the back, an injured nerve or hip arthritis can weaken them.',
      sources: ['harrisons-19'],
    },
    {
      text: 'In 150 people with lasting low back pain, gluteus medius was weaker than in 75 people without it. That is an association: it does not show which came first.',
      sources: ['cooper-2016'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'abductors-weak',
      text: 'While the {side} foot is on the ground, the {side} hip muscles must hold up the other half of the pelvis. Weak ones let the {side} hip drift inward.',
    },
    {
      linkId: 'pelvis-sags',
      text: 'At moderate weakness the {otherSide} side of the pelvis dips on each step ([[trendelenburg-gait|Trendelenburg gait]]). The size shown is chosen for teaching: when healthy men had these muscles weakened by a nerve block, their walk did not visibly change.',
      sources: ['pohl-2015'],
    },
    {
      linkId: 'trunk-lurch',
      text: 'With marked weakness the animation switches pattern: the trunk leans over the {side} hip so the pelvis stays level ([[duchenne-lurch|Duchenne lurch]]). Either way the low back bends sideways on every step.',
    },
  ],
  whatYouMayNotice: [
    'The other side of the pelvis dipping, or the body swaying, with each step',
    'Tiredness or aching at the side of the hip after walking',
    'Difficulty standing on one leg',
    'Aching in the low back after walking',
  ],
  whatCliniciansMayOffer: [
    {
      title: 'Finding the cause',
      text: 'A doctor or physiotherapist may look for why the muscles are weak, for example a pinched L5 [[nerve-root|nerve root]], which serves gluteus medius.',
      sources: ['harrisons-19'],
    },
    OFFER_EXERCISE_BACK,
  ],
  whatGuidelinesAdviseAgainst: [AGAINST_TENS, AGAINST_BED_REST],
  teenExample: {
    title: 'A limping teenager',
    text: 'A teenager who limps with pain in the hip, thigh or knee may have a slipped growth plate at the top of the thigh bone ([[scfe|slipped capital femoral epiphysis]]). It needs a clinician quickly, not exercises.',
    sources: ['statpearls-scfe'],
  },
  classroom: {
    objectives: [
      'Explain what the hip abductors do while one foot is off the ground.',
      'Describe the two patterns of weak abductors and when each appears.',
    ],
    vignette:
      'Jon, a runner in his thirties, notices in a shop window that his left hip drops with every step on his right leg. By the end of a long walk his right hip and low back ache.',
    questions: [
      'Which side are Jon\'s weak muscles on, and how can you tell?',
      'Why might some people with weak abductors show no visible limp?',
      'Weak gluteus medius is more common in people with back pain. Does the weakness cause the pain, or could pain weaken the muscle? How would you test it?',
    ],
    myth: {
      myth: 'Weak muscles always show as a limp.',
      fact: 'In one study, healthy men whose hip muscles were weakened by a nerve block walked as before: moderate weakness can be hidden.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'harrisons-19',
    'cooper-2016',
    'pohl-2015',
    'nice-ng59',
    'nice-ng59-bmj',
    'statpearls-scfe',
    'vuurberg-2018',
    'rch-limp',
    'qld-limp',
    'nice-cks-back-pain',
    'tudor-locke-2011',
    'tudor-locke-2011-special',
    'limping-back-pain-article',
  ],
}
