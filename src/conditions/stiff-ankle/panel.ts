/** The panel for an ankle that cannot bend up. Words are the project's own; facts checked against the cited sources. */
import { DAILY_FIGURE, GET_HELP_POINTER, JOINT_FLAGS } from '../../content/panelShared'
import type { RedFlagId } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import type { ConditionPanel } from '../../content/types'

export const panel: ConditionPanel<SourceId, RedFlagId> = {
  condition: 'stiff-ankle',
  title: 'Ankle: a {side} ankle that cannot bend up',
  atAGlance: {
    whatGoesWrong: 'The {side} ankle cannot bend the foot up far enough ([[equinus]]), often because the calf is tight.',
    chain: [
      'The heel lifts early and the toes may turn out.',
      'The knee is pushed back.',
      'The hip does more of the work.',
      'The pelvis hikes.',
      'The low back bends with every step.',
    ],
    oneThingThatHelps: 'Physiotherapists may offer calf stretching.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: JOINT_FLAGS,
  whatGoesWrong: [
    {
      text: 'As the body passes over a planted foot, the shin tips forward over the ankle ([[dorsiflexion]]). Authors generally agree that normal walking needs more than 10° of it with the knee straight.',
      sources: ['clifford-2014'],
    },
    {
      text: 'With less, often from a tight calf and [[achilles-tendon|Achilles tendon]], the body has to find the movement elsewhere.',
      sources: ['wheeless-equinus'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'ankle-stiff',
      text: 'The {side} heel lifts early, and the foot may turn out or roll in to borrow a little movement from the joints below the ankle.',
      sources: ['wheeless-equinus', 'clifford-2014'],
    },
    {
      linkId: 'knee-hyperextension',
      text: 'If the shin cannot tip forward, the {side} knee may be pushed back past straight ([[hyperextension]]) as the body moves over the foot.',
      sources: ['wheeless-equinus'],
    },
    {
      linkId: 'hip-push',
      text: 'With less push from the calf, the {side} hip is thought to pull the leg forward instead. This is reasoned, not measured in people with a stiff ankle.',
    },
    {
      linkId: 'pelvic-hike',
      text: 'A foot that does not lift well may catch the floor, so the {side} side of the pelvis may be lifted during the swing ([[hip-hiking|hip hiking]]).',
    },
    {
      linkId: 'lumbar-side-bend',
      text: 'The low back bends back the other way to keep the trunk upright. We found no study that measured how much load this adds.',
    },
  ],
  whatYouMayNotice: [
    'A tight calf, or a heel that lifts early',
    'The foot turning out or rolling in',
    'The knee snapping back as weight comes onto it',
    'Pain under the heel or along the [[achilles-tendon|Achilles tendon]]',
  ],
  whatCliniciansMayOffer: [
    {
      title: 'Calf stretching',
      text: 'A physiotherapist or podiatrist may teach a calf stretch done with the knee straight and the heel on the floor.',
      sources: ['wheeless-equinus'],
    },
    {
      title: 'Looking for the cause',
      text: 'A clinician may check whether the block is in the muscle or in the bone of the ankle, because the options differ.',
      sources: ['clifford-2014'],
    },
  ],
  whatGuidelinesAdviseAgainst: [
    {
      title: 'Rest, ice, compression and elevation on their own after a sprain',
      text: 'If a stiff ankle follows a sprain: the ankle sprain guideline found no evidence that rest, ice, compression and elevation alone help.',
      sources: ['vuurberg-2018'],
    },
  ],
  teenExample: {
    title: 'Sprains in sport',
    text: 'Ankle sprains are common in active young people, and some sports raise the risk. A sprain that is not rehabilitated can leave a stiff or unstable ankle.',
    sources: ['vuurberg-2018'],
  },
  classroom: {
    objectives: [
      'Explain why walking needs the shin to tip forward over the foot.',
      'Trace how a stiff ankle can change the knee, hip, pelvis and low back.',
    ],
    vignette:
      'Kofi, a warehouse worker, broke his right ankle last year. Now his right heel lifts early, his foot turns out, and his knee snaps back as he walks; his back aches after long shifts.',
    questions: [
      'Which joints borrow the movement Kofi\'s ankle has lost?',
      'Which links in this chain are measured, and which are reasoned?',
      'If people with stiff ankles had more back pain, would that prove the ankle was to blame? What else might explain it?',
    ],
    myth: {
      myth: 'A stiff ankle is only an ankle problem.',
      fact: 'The movement the ankle lacks has to come from somewhere: the foot, knee, hip and pelvis may all change.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'clifford-2014',
    'wheeless-equinus',
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
