/** The panel for a knee that will not straighten. Words are the project's own; facts checked against the cited sources. */
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
  condition: 'knee-flexion-contracture',
  title: 'Knee: a {side} knee that will not straighten',
  atAGlance: {
    whatGoesWrong: 'The {side} knee stays bent ([[flexion-contracture|flexion contracture]]), so that leg works as a shorter one.',
    chain: [
      'The knee will not straighten.',
      'The other knee and hip bend too.',
      'The pelvis tips forward.',
      'The trunk leans forward and to the side.',
    ],
    oneThingThatHelps: 'Physiotherapists may offer exercise to regain movement and strength.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: JOINT_FLAGS,
  whatGoesWrong: [
    {
      text: 'Arthritis ([[osteoarthritis]]) or an injury can leave a knee that cannot straighten. This is the opposite of a knee that will not bend, and it changes walking in a different way.',
    },
    {
      text: 'In a brace experiment, healthy women walked with one knee held bent. At 15° their trunk did not clearly change; at 30° it tilted toward the braced side and leaned further forward, and more weight went through the other leg.',
      sources: ['harato-2008'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'knee-wont-straighten',
      text: 'A bent {side} knee shortens the leg while it carries weight, so the body dips on that side.',
      sources: ['harato-2008'],
    },
    {
      linkId: 'other-leg-bends',
      text: 'To even the legs, the {otherSide} knee and hip may stay a little bent as well. This is reasoned from the shorter leg; we found no study that measured it.',
    },
    {
      linkId: 'pelvis-tips-forward',
      text: 'In the brace experiment the pelvis tipped further forward during walking when the knee was held at 30°.',
      sources: ['harato-2008'],
    },
    {
      linkId: 'trunk-leans',
      text: 'The trunk leaned forward and toward the braced side, and turned less toward the other side. Researchers call this pattern knee-spine syndrome; whether it brings back pain over years is not known.',
      sources: ['harato-2008'],
    },
  ],
  whatYouMayNotice: [
    'A knee that will not straighten, even when lying down',
    'A dip on that side with each step',
    'Leaning forward while walking',
    'Aching in the low back or the other leg',
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
      'Contrast a knee that will not bend with a knee that will not straighten.',
      'Read a brace experiment and say what it can and cannot show about patients.',
    ],
    vignette:
      'Grace, in her seventies, has knee arthritis. Her left knee no longer straightens; she dips on the left with each step, stoops forward, and her lower back aches.',
    questions: [
      'Why does a bent knee act like a shorter leg?',
      'The experiment used healthy volunteers in a brace. What might be different in people with arthritis?',
      'If knee and back problems turned up together in many older people, how would you tell whether the knee causes the back pain or both come with age?',
    ],
    myth: {
      myth: 'A knee that is slightly bent does not matter.',
      fact: 'A small bend may be easy to make up for, but a larger one changed trunk posture in an experiment.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'harato-2008',
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
