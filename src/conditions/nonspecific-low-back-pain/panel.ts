/** The panel for non-specific low back pain. Words are the project's own; facts checked against the cited sources. */
import {
  AGAINST_ACUPUNCTURE_BACK,
  AGAINST_BED_REST,
  AGAINST_PARACETAMOL_OPIOIDS,
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
  condition: 'nonspecific-low-back-pain',
  title: 'Lumbar spine: low back pain without a single cause',
  atAGlance: {
    whatGoesWrong: 'The low back hurts, and no one structure can be named as the cause (non-specific low back pain).',
    chain: [
      'The trunk is held stiff.',
      'The pelvis turns with the chest.',
      'Steps get slower and shorter.',
      'The back muscles work harder.',
    ],
    oneThingThatHelps: 'Clinicians may offer an exercise programme and advice to keep active.',
    getHelp: GET_HELP_POINTER,
  },
  getHelpNow: BACK_FLAGS,
  whatGoesWrong: [
    {
      text: 'Most low back pain has no single cause a test can find; muscles, [[ligament|ligaments]], joints and [[intervertebral-disc|discs]] may all play a part.',
      sources: ['nice-ng59'],
    },
    {
      text: 'Here the back comes first and the walk changes: a review of 97 studies found that people with lasting back pain walk differently.',
      sources: ['smith-2022'],
    },
  ],
  howItReachesTheBack: [
    {
      linkId: 'guarded-trunk',
      text: 'Normally the chest and pelvis turn in opposite directions. With back pain they turn more together, as if guarded; how far each part moves stays about the same.',
      sources: ['smith-2022'],
    },
    {
      linkId: 'pelvis-moves-with-trunk',
      text: 'The pelvis follows the chest round instead of counter-turning, so the walk looks stiff and careful.',
      sources: ['smith-2022'],
    },
    {
      linkId: 'shorter-steps',
      text: 'Across the studies, people with lasting back pain walked more slowly and took shorter strides than people without it.',
      sources: ['smith-2022'],
    },
    {
      linkId: 'back-muscles-work',
      text: 'The [[erector-spinae|muscles beside the spine]] were more active while walking. This is an association: whether it protects the back or keeps pain going is not known.',
      sources: ['smith-2022'],
    },
  ],
  whatYouMayNotice: [
    'Aching or stiffness low in the back, often worse after sitting or bending',
    'Walking more slowly and carefully than usual',
    'Tight muscles beside the spine',
  ],
  whatCliniciansMayOffer: [
    OFFER_EXERCISE_BACK,
    OFFER_MANUAL_WITH_EXERCISE,
    {
      title: 'Talking therapy with exercise',
      text: 'For pain slow to settle, clinicians may offer a psychological approach ([[cbt|CBT]]) together with exercise (NICE NG59).',
      sources: ['nice-ng59'],
    },
    {
      title: 'Heat, massage or manipulation for recent pain',
      text: 'For recent back pain, clinicians may offer heat, massage or spinal manipulation before medicines (American College of Physicians).',
      sources: ['acp-2017'],
    },
    OFFER_NSAID_BACK,
  ],
  whatGuidelinesAdviseAgainst: [
    AGAINST_ROUTINE_IMAGING,
    AGAINST_BED_REST,
    AGAINST_TENS,
    AGAINST_PARACETAMOL_OPIOIDS,
    AGAINST_ACUPUNCTURE_BACK,
  ],
  teenExample: {
    title: 'Back pain in young athletes',
    text: 'In teenagers who arch the back again and again (gymnastics, dance, cheerleading), lasting low back pain can be a stress fracture of the lower spine ([[spondylolysis]]), often at L5. It needs a clinician and time off the sport, not just stretching.',
    sources: ['ruff-2019'],
  },
  classroom: {
    objectives: [
      'Describe how people with lasting low back pain walk, using review findings.',
      'Tell an association found in studies apart from a proven cause.',
    ],
    vignette:
      'Tom, a delivery driver in his fifties, has had low back pain for four months. He walks slowly and stiffly, turning his whole body to look round, and his back muscles feel tight by evening.',
    questions: [
      'What does "non-specific" mean, and why is it not a failure to diagnose?',
      'Why might guidelines advise against a scan for Tom?',
      'People with back pain walk with a stiffer trunk. Is the stiff walk a cause of pain, a result of it, or both? How could a study tell?',
    ],
    myth: {
      myth: 'Back pain means rest until it stops.',
      fact: 'Guidelines advise staying active; most recent back pain improves over time.',
    },
  },
  dailyFigure: DAILY_FIGURE,
  sources: [
    'smith-2022',
    'ruff-2019',
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
  ],
}
