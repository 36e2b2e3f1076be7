/** The panel for a painful, unstable sprained ankle. Words are the project's own; facts checked against the cited sources. */
import { DAILY_FIGURE, GET_HELP_POINTER, JOINT_FLAGS } from '../../content/panelShared'
import type { RedFlagId } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import type { ConditionPanel } from '../../content/types'

export const panel: ConditionPanel<SourceId, RedFlagId> = {
  condition: 'ankle-sprain',
  title: 'Ankle: a painful, unstable {side} ankle after a sprain',
  atAGlance: {
    whatGoesWrong: 'The ligaments on the outside of the {side} ankle are torn or stretched, so it hurts and may give way.',
    chain: [
      'The push-off is small and careful.',
      'The knee stays straighter.',
      'The hip pulls the leg through.',
      'Weight moves off the ankle quickly.',
      'The low back sways.',
    ],
    oneThingThatHelps: 'Clinicians may offer a brace or tape with an exercise programme.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: JOINT_FLAGS,
  whatGoesWrong: [
    {
      text: 'A common sprain tears or stretches the [[ligament|ligaments]] on the outer side of the ankle. Some ankles keep giving way long after the injury ([[chronic-ankle-instability|chronic ankle instability]]).',
      sources: ['vuurberg-2018'],
    },
    {
      text: 'Pain and the fear of giving way change the step: the person spends less time on the sore ankle and pushes off from it gently.',
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'ankle-painful',
      text: 'The {side} ankle avoids the painful ends of its movement, so the push-off is small.',
    },
    {
      linkId: 'knee-stays-straighter',
      text: 'The {side} knee may bend less as the foot lands, keeping the ankle steadier.',
    },
    {
      linkId: 'hip-pulls-through',
      text: 'With little push from below, the {side} hip may lift the leg forward instead.',
    },
    {
      linkId: 'short-stance',
      text: 'Weight moves off the {side} ankle sooner and the {otherSide} leg hurries forward ([[antalgic-gait|antalgic gait]]).',
    },
    {
      linkId: 'lumbar-sway',
      text: 'Each quick handover of weight is thought to sway the trunk a little. These links are reasoned and their sizes chosen for teaching.',
    },
  ],
  whatYouMayNotice: [
    'Pain, swelling or bruising on the outer side of the ankle',
    'The ankle giving way or feeling unsteady',
    'Short, careful steps on the sore side',
    'Tiredness in the hip or back after walking',
  ],
  whatCliniciansMayOffer: [
    {
      title: 'Checking for a broken bone',
      text: 'Clinicians may use a short set of checks (the Ottawa ankle rules) to decide whether an X-ray is needed.',
      sources: ['vuurberg-2018'],
    },
    {
      title: 'A brace or tape, with exercise',
      text: 'Physiotherapists may offer a brace or tape together with an exercise programme started early; the 2018 guideline prefers this to a cast.',
      sources: ['vuurberg-2018'],
    },
    {
      title: 'Anti-inflammatory medicine, with care',
      text: 'A doctor or pharmacist may suggest an [[nsaid|NSAID]] for pain and swelling; the guideline notes side effects and that it may slow healing.',
      sources: ['vuurberg-2018'],
    },
  ],
  whatGuidelinesAdviseAgainst: [
    {
      title: 'Rest, ice, compression and elevation on their own',
      text: 'The 2018 ankle sprain guideline found no evidence that these alone help pain, swelling or function.',
      sources: ['vuurberg-2018'],
    },
    {
      title: 'Long immobilisation',
      text: 'If the ankle is kept still for pain or swelling, the guideline limits it to at most 10 days before moving on to support and exercise.',
      sources: ['vuurberg-2018'],
    },
  ],
  teenExample: {
    title: 'Sprains in sport',
    text: 'Ankle sprains are common in active young people, and some sports raise the risk. Exercise that trains balance helps prevent the next one.',
    sources: ['vuurberg-2018'],
  },
  classroom: {
    objectives: [
      'Describe how pain shortens the time spent on a sore ankle.',
      'Compare what the ankle sprain guideline supports with what it finds no benefit for.',
    ],
    vignette:
      'Zoe, a sixteen-year-old netball player, rolled her right ankle a week ago. She takes short, careful steps on it, her knee stays stiff, and after school her hip and back feel tired.',
    questions: [
      'Which signs would mean Zoe needs an X-ray?',
      'Why might a brace with exercise help more than a cast?',
      'If people who had sprained ankles reported more back pain later, would that show the sprain caused it? What else could explain it?',
    ],
    myth: {
      myth: 'Rest, ice, compression and elevation are the treatment for a sprain.',
      fact: 'On their own they have no proven benefit; guidelines favour support and early exercise.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
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
