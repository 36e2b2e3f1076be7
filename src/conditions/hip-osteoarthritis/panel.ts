/** The panel for a painful arthritic hip. Words are the project's own; facts checked against the cited sources. */
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
  condition: 'hip-osteoarthritis',
  title: 'Hip: a painful, arthritic {side} hip',
  atAGlance: {
    whatGoesWrong: 'The cartilage of the {side} hip is worn ([[osteoarthritis]]), so the joint is painful and stiff.',
    chain: [
      'The hip swings back less.',
      'The other leg hurries forward.',
      'The pelvis tips forward.',
      'The trunk leans over the painful hip.',
    ],
    oneThingThatHelps: 'Physiotherapists may offer education and a structured exercise programme.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: JOINT_FLAGS,
  whatGoesWrong: [
    {
      text: 'In hip [[osteoarthritis]] the smooth cartilage of the ball-and-socket joint wears, and the hip becomes painful and stiff, especially when walking.',
      sources: ['nice-ng226'],
    },
    {
      text: 'People with hip osteoarthritis commonly walk with less hip extension; young adults and teenagers with hip pain before any arthritis showed 2.9° less extension than people without pain.',
      sources: ['lewis-2021'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'hip-less-extension',
      text: 'In a normal step the thigh swings back behind the body before push-off ([[hip-extension|hip extension]]). A painful {side} hip stops short of that stretch.',
      sources: ['lewis-2021'],
    },
    {
      linkId: 'antalgic-stance',
      text: 'The {otherSide} leg comes forward sooner, so the {side} hip carries weight for less time ([[antalgic-gait|antalgic gait]]).',
    },
    {
      linkId: 'pelvic-forward-tilt',
      text: 'To move the leg back without moving the hip, the pelvis is thought to tip forward, deepening the curve of the low back ([[lordosis]]). This is a reasoned explanation, not a measured one.',
    },
    {
      linkId: 'trunk-lean',
      text: 'Leaning the trunk over the painful hip while it carries weight is thought to ease the load on it, but it bends the low back sideways each step and presses its small rear joints ([[facet-joint|facet joints]]).',
    },
  ],
  whatYouMayNotice: [
    'Pain in the groin, hip or thigh, worse when walking',
    'Stiffness, for example putting on socks',
    'A shorter step on the painful side',
    'The upper body swaying toward the painful side',
  ],
  whatCliniciansMayOffer: [
    OFFER_OA_CORE,
    {
      title: 'Anti-inflammatory medicine',
      text: 'A doctor may suggest an anti-inflammatory medicine ([[nsaid|NSAID]]) if a person\'s other health conditions allow it (OARSI 2019).',
      sources: ['oarsi-2019'],
    },
  ],
  whatGuidelinesAdviseAgainst: [
    {
      title: 'Injections into the hip joint',
      text: 'OARSI 2019 does not recommend steroid or hyaluronic acid injections for hip osteoarthritis.',
      sources: ['oarsi-2019'],
    },
    AGAINST_OA_OPIOIDS,
    AGAINST_OA_IMAGING_ACUPUNCTURE,
  ],
  teenExample: {
    title: 'A growing teenager with knee pain',
    text: 'In growing teenagers, the ball of the hip can slip on its growth plate ([[scfe|slipped capital femoral epiphysis]]). The pain is often felt in the thigh or knee rather than the hip, so it is easily missed: a limping teenager needs a clinician.',
    sources: ['statpearls-scfe'],
  },
  classroom: {
    objectives: [
      'Explain how lost hip extension may be replaced by pelvic tilt and [[lumbar]] arching.',
      'Describe two guideline options and two things guidelines advise against for hip osteoarthritis.',
    ],
    vignette:
      'Maria, a retired teacher, has groin pain on the left. She takes a short step on the left, leans her body over that hip, and her low back aches after her daily walk.',
    questions: [
      'Which movement does Maria lose first, and which body parts take it over?',
      'Why might her back ache although her spine is healthy?',
      'Hip and back problems often occur together. Does one cause the other, do both share causes such as age, or is it chance? How could we find out?',
    ],
    myth: {
      myth: 'Arthritis means resting the joint.',
      fact: 'Guidelines put exercise at the core of care for hip osteoarthritis.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'lewis-2021',
    'oarsi-2019',
    'nice-ng226',
    'statpearls-scfe',
    'vuurberg-2018',
    'rch-limp',
    'qld-limp',
    'nice-cks-back-pain',
    'nice-ng59',
    'tudor-locke-2011',
    'tudor-locke-2011-special',
    'limping-back-pain-article',
    'spine-clinic-article',
  ],
}
