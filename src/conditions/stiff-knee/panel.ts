/** The panel for a knee that will not bend. Words are the project's own; facts checked against the cited sources. */
import {
  AGAINST_OA_IMAGING_ACUPUNCTURE,
  AGAINST_OA_OPIOIDS,
  DAILY_FIGURE,
  GET_HELP_POINTER,
  JOINT_FLAGS,
  OFFER_OA_CORE,
} from '../../content/panelShared'
import type { RedFlagId } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import type { ConditionPanel } from '../../content/types'

export const panel: ConditionPanel<SourceId, RedFlagId> = {
  condition: 'stiff-knee',
  title: 'Knee: a {side} knee that will not bend',
  atAGlance: {
    whatGoesWrong: 'The {side} knee bends too little as the leg swings, so the leg stays long.',
    chain: [
      'The knee will not bend.',
      'The hip may swing the leg around.',
      'The pelvis may hike.',
      'The other foot may rise on its toes.',
      'The low back bends with each lift.',
    ],
    oneThingThatHelps: 'Physiotherapists may offer exercise to regain movement and strength.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: JOINT_FLAGS,
  whatGoesWrong: [
    {
      text: 'A knee can stiffen after an injury or an operation, with arthritis ([[osteoarthritis]]), or after a stroke. This panel shows a knee that will not bend; a knee that will not straighten is a different problem with its own panel.',
    },
    {
      text: 'Walking is teamwork: when one joint loses movement, the hip, pelvis, other leg and low back change what they do.',
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'knee-stiff',
      text: 'As the leg swings forward the knee normally folds so the foot clears the floor. A stiff {side} knee folds far less ([[stiff-knee-gait|stiff-knee gait]]), and the long leg risks scuffing.',
    },
    {
      linkId: 'hip-circumduction',
      text: 'The {side} hip may carry the leg out and round in a half-circle ([[circumduction]]).',
    },
    {
      linkId: 'pelvic-hike',
      text: 'The {side} side of the pelvis may be lifted during the swing ([[hip-hiking|hip hiking]]) by muscles at the side of the low back such as the [[quadratus-lumborum|quadratus lumborum]].',
    },
    {
      linkId: 'contralateral-vault',
      text: 'The {otherSide} heel may rise early to lift the whole body so the stiff leg can pass ([[vaulting]]). It works, but the body bobs up and down more.',
    },
    {
      linkId: 'lumbar-side-bend',
      text: 'Each hike and sway bends the low back sideways, step after step. How much load this adds has not been measured; the link is reasoned from how the joints connect.',
    },
  ],
  whatYouMayNotice: [
    'A knee that will not bend fully, with pain or stiffness',
    'The foot swinging out to the side or scuffing the floor',
    'Rising onto the toes of the other foot',
    'Aching at the side of the waist or low back after walking',
  ],
  whatCliniciansMayOffer: [
    OFFER_OA_CORE,
    {
      title: 'Anti-inflammatory gel',
      text: 'For knee osteoarthritis, a doctor or pharmacist may suggest an anti-inflammatory gel rubbed on the knee (topical [[nsaid|NSAID]]), which OARSI 2019 strongly recommends.',
      sources: ['oarsi-2019'],
    },
  ],
  whatGuidelinesAdviseAgainst: [AGAINST_OA_OPIOIDS, AGAINST_OA_IMAGING_ACUPUNCTURE],
  teenExample: {
    title: 'Knee pain in growing athletes',
    text: 'Teenagers who run and jump during a growth spurt can get a painful bump just below the kneecap ([[osgood-schlatter|Osgood-Schlatter disease]]). It usually settles when growth ends, but a limp in a teenager still needs a clinician.',
    sources: ['esht-osgood'],
  },
  classroom: {
    objectives: [
      'Explain why a leg that cannot fold must be swung around or lifted.',
      'Name three compensations for a stiff knee and where each loads the body.',
    ],
    vignette:
      'Dev, a builder, had knee surgery last year and his right knee still will not bend far. His right foot swings out, he rises on his left toes, and his lower back aches by evening.',
    questions: [
      'Which compensations can you see in Dev, and which joint does each one use?',
      'Why does vaulting cost more energy?',
      'If a survey found knee pain and back pain together in the same people, would that show the knee caused the back pain? What else could link them?',
    ],
    myth: {
      myth: 'A limp only affects the leg that hurts.',
      fact: 'A stiff joint changes what the hip, pelvis, other leg and low back do on every step.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'oarsi-2019',
    'nice-ng226',
    'esht-osgood',
    'vuurberg-2018',
    'rch-limp',
    'qld-limp',
    'nice-cks-back-pain',
    'nice-ng59',
    'statpearls-scfe',
    'tudor-locke-2011',
    'tudor-locke-2011-special',
    'limping-back-pain-article',
  ],
}
