/** The panel for a painful sacroiliac joint. Words are the project's own; facts checked against the cited sources. */
import {
  AGAINST_BED_REST,
  AGAINST_ROUTINE_IMAGING,
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
  condition: 'sacroiliac-joint-pain',
  title: 'Pelvis: a painful sacroiliac joint',
  atAGlance: {
    whatGoesWrong: 'A joint at the back of the pelvis, where the spine meets the hip bone, is sore.',
    chain: ['The pelvis is shown moving unevenly (illustrative).', 'The low back may work harder to steady it.'],
    oneThingThatHelps: 'Clinicians may offer an exercise programme, with hands-on treatment alongside it.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: BACK_FLAGS,
  whatGoesWrong: [
    {
      text: 'At the back of the pelvis the [[sacrum]] meets each hip bone at a [[sacroiliac-joint|sacroiliac joint]]. These joints move only a little, but they pass the weight of the upper body to the legs.',
    },
    {
      text: 'Pain from here is felt low in the back and buttock. Guidelines treat it within low back pain; no study among our sources measured how it changes walking.',
      sources: ['nice-ng59'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'pelvic-dysfunction',
      text: 'The animation shows one side of the pelvis dipping and twisting a little more than the other. This is a teaching picture, not a measured pattern.',
    },
    {
      linkId: 'lumbar-ligament-load',
      text: 'The lowest [[vertebra]] sits on the sacrum. If its base moves unevenly, the muscles and ligaments of the low back are thought to work harder to steady the trunk; this link is reasoned, not measured.',
    },
  ],
  whatYouMayNotice: [
    'Aching low in the back or buttock on one side',
    'Pain when standing on one leg, climbing stairs or turning in bed',
    'Stiffness after sitting',
    'A careful, uneven walk',
  ],
  whatCliniciansMayOffer: [OFFER_EXERCISE_BACK, OFFER_MANUAL_WITH_EXERCISE, OFFER_NSAID_BACK],
  whatGuidelinesAdviseAgainst: [AGAINST_ROUTINE_IMAGING, AGAINST_TENS, AGAINST_BED_REST],
  teenExample: {
    title: 'Low back and buttock pain in young athletes',
    text: 'In a teenager who arches the back a lot in sport, pain low in the back can be a stress fracture of the lower spine ([[spondylolysis]]) rather than the pelvis. It needs a clinician to find out.',
    sources: ['ruff-2019'],
  },
  classroom: {
    objectives: [
      'Locate the sacroiliac joints and say what they carry.',
      'Tell a measured finding from a teaching picture.',
    ],
    vignette:
      'Priya, a new mother, has pain low on the right side of her back and buttock. It hurts to climb stairs and to turn over in bed, and she walks carefully.',
    questions: [
      'Why is pain from the sacroiliac joint hard to tell apart from other low back pain?',
      'Which part of this chain is measured, and which is reasoned or illustrative?',
      'If people with sacroiliac pain walked unevenly, would that show the uneven walk caused the pain? What else could explain it?',
    ],
    myth: {
      myth: 'A scan will show exactly which joint is to blame.',
      fact: 'For back pain without warning signs, guidelines advise against routine scans: they seldom change what helps.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'nice-ng59',
    'nice-ng59-bmj',
    'nice-cks-sciatica',
    'nice-cks-back-pain',
    'acp-2017',
    'ruff-2019',
    'vuurberg-2018',
    'rch-limp',
    'statpearls-scfe',
    'tudor-locke-2011',
    'tudor-locke-2011-special',
    'limping-back-pain-article',
  ],
}
