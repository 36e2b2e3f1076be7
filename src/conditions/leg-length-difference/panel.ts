/** The panel for a leg-length difference. Words are the project's own; facts checked against the cited sources. */
import {
  AGAINST_ROUTINE_IMAGING,
  DAILY_FIGURE,
  GET_HELP_POINTER,
  JOINT_FLAGS,
  OFFER_EXERCISE_BACK,
} from '../../content/panelShared'
import type { RedFlagId } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import type { ConditionPanel } from '../../content/types'

export const panel: ConditionPanel<SourceId, RedFlagId> = {
  condition: 'leg-length-difference',
  title: 'Pelvis: one leg longer than the other',
  atAGlance: {
    whatGoesWrong: 'One leg is longer than the other, so the pelvis sits tilted.',
    chain: [
      'The pelvis sits lower on the short side.',
      'The longer leg may bend its knee.',
      'The short leg may go up on its toes.',
      'The low back curves to one side.',
    ],
    oneThingThatHelps: 'Clinicians may measure the difference before deciding whether anything is needed.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: JOINT_FLAGS,
  whatGoesWrong: [
    {
      text: 'The legs can differ in length because of the bones themselves, or because of how a joint is held. Small differences are common and most people make up for them without noticing.',
      sources: ['applebaum-2021'],
    },
    {
      text: 'In children with a difference under 3 % of leg length, no change in walking was seen; from 5.5 % on, the longer leg did more work.',
      sources: ['song-1997'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'pelvic-obliquity',
      text: 'Standing on a short {side} leg, the pelvis sits lower on the {side} side ([[pelvic-obliquity|pelvic obliquity]]).',
    },
    {
      linkId: 'long-leg-knee-bend',
      text: 'The {otherSide} leg may keep its knee slightly bent while it carries weight, to even the two sides. Children in one study mixed several such tricks.',
      sources: ['song-1997'],
    },
    {
      linkId: 'short-leg-toe-walk',
      text: 'With a difference of 5.5 % or more, children walked on the toes of the shorter leg and the body rose and fell more with each step.',
      sources: ['song-1997'],
    },
    {
      linkId: 'lumbar-side-curve',
      text: 'On a tilted pelvis the low back bends sideways to keep the trunk upright, a curve that eases when the difference is corrected ([[functional-scoliosis|functional scoliosis]]). A review suggests long-standing differences may wear spinal joints; the evidence is debated.',
      sources: ['applebaum-2021'],
    },
  ],
  whatYouMayNotice: [
    'One hip or shoulder looking higher than the other',
    'Trousers that seem longer on one side',
    'Walking on the toes of one foot',
    'Aching in the low back after long walks',
  ],
  whatCliniciansMayOffer: [
    {
      title: 'Measuring the difference',
      text: 'A clinician may measure the legs with a tape or judge them from bony landmarks; an X-ray measures more precisely when a decision depends on it.',
      sources: ['applebaum-2021'],
    },
    OFFER_EXERCISE_BACK,
  ],
  whatGuidelinesAdviseAgainst: [
    {
      title: 'Shoe inserts for back pain in general',
      text: 'NICE NG59 advises against foot orthotics and rocker soles for low back pain; it does not address a measured leg-length difference, which a clinician judges case by case.',
      sources: ['nice-ng59'],
    },
    AGAINST_ROUTINE_IMAGING,
  ],
  teenExample: {
    title: 'Growing legs',
    text: 'The study of walking with unequal legs was done in children and teenagers aged 8 to 17. A difference can change as a young person grows, so it is checked again over time.',
    sources: ['song-1997'],
  },
  classroom: {
    objectives: [
      'Explain how unequal legs tilt the pelvis and curve the low back.',
      'Use a measured threshold to judge when a difference matters.',
    ],
    vignette:
      'Leo, a fourteen-year-old footballer, has a sore low back after matches. His coach notices that his right hip sits higher and that he rises onto his left toes when he runs.',
    questions: [
      'Which leg is probably shorter, and what in the story suggests it?',
      'Why might a very small difference need no treatment?',
      'Some reviews link leg-length differences with back pain and worn spinal joints. Does that show the difference caused them? What else could explain the link?',
    ],
    myth: {
      myth: 'Any leg-length difference needs a shoe raise.',
      fact: 'Small differences are common and the body usually makes up for them; a clinician measures first.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'song-1997',
    'applebaum-2021',
    'nice-ng59',
    'nice-ng59-bmj',
    'vuurberg-2018',
    'rch-limp',
    'qld-limp',
    'nice-cks-back-pain',
    'statpearls-scfe',
    'tudor-locke-2011',
    'tudor-locke-2011-special',
    'limping-back-pain-article',
  ],
}
