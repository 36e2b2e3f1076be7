/**
 * The explanation panel of a stiff ankle. Every sentence is the project's own; the facts
 * come from the two source articles and the biomechanics reference, and the panel lists its sources by
 * id. Markup and placeholders: src/content/types.ts. The steps of `howItReachesTheBack` follow the
 * chain's links one to one.
 */
import { NSAID_CAVEAT } from '../../content/sharedText'
import type { SourceId } from '../../content/sources'
import type { RegionPanel } from '../../content/types'

export const panel: RegionPanel<SourceId> = {
  kind: 'ankle',
  title: 'Ankle and foot: a {side} ankle that will not bend',
  condition: 'A stiff, painful {side} ankle',
  whatGoesWrong: [
    'The ankle and foot pack many small bones and joints into a small space, held together by muscles, tendons and ligaments and run by nerves. All of them must work together to carry the body and move it forward on every step.',
    'Because every step starts at the foot, trouble here is one of the most common starting points of a limp. Sprains are the classic example: more than 8 in 10 ankle injuries are sprains on the outer side, and about 4 in 10 of those lead to an ankle that keeps giving way ([[chronic-ankle-instability|chronic ankle instability]]).',
    'A stiff ankle is another. Walking needs the ankle to bend upward ([[dorsiflexion]]) by a little more than 10 degrees with the knee straight. With less, often because of a tight calf ([[equinus]]), the body has to find the movement elsewhere, and below about 5 degrees it has to work hard to do so.',
    'Over time the changed walk brings pain to the parts that carry it or make up for it, up to and including the low back.',
  ],
  howItReachesTheBack: [
    {
      linkId: 'ankle-stiff',
      text: 'As the body moves over a planted foot, the shin normally tips forward over the ankle before the calf pushes off. A stiff {side} ankle blocks both, so the heel lifts early and the step on that foot is cut short.',
    },
    {
      linkId: 'knee-hyperextension',
      text: 'Something must give when the shin cannot tip forward. Often it is the {side} knee, which locks backward past straight ([[hyperextension]]) as the body passes over the foot. The foot may also roll inward or turn out to borrow a little extra movement.',
    },
    {
      linkId: 'hip-push',
      text: 'Without a strong push from the calf, the {side} hip has to pull the leg forward instead. Studies of people with unstable ankles describe a hip-dominant way of walking: more work at the hip, less at the ankle, with slower, shorter steps on a wider base.',
    },
    {
      linkId: 'pelvic-hike',
      text: 'A foot that does not lift well risks catching the floor as it swings. To give it room, the {side} side of the pelvis is lifted during the swing ([[hip-hiking|hip hiking]]).',
    },
    {
      linkId: 'lumbar-side-bend',
      text: 'The spine stands on the tilting pelvis, so to keep the upper body upright the lumbar spine bends back the other way each time, and the muscles beside it work on every step. We know of no study that has measured how much load this adds to the low back; the link is reasoned from how the joints connect.',
    },
  ],
  whatYouMayNotice: [
    'Pain, swelling or tenderness around the {side} ankle, often on the outer side after a sprain',
    'The ankle giving way or feeling unsteady',
    'The {side} heel lifting early, or walking more on the toes of that foot',
    'The {side} foot turning out or rolling inward',
    'Slower, shorter steps with the feet further apart',
    'Pain under the heel or along the Achilles tendon, problems that often go with a tight calf',
  ],
  whatHelps: [
    {
      title: 'Checking for a broken bone',
      text: 'After an ankle injury, clinicians use a short set of checks (the Ottawa ankle rules) to decide whether an X-ray is needed.',
    },
    {
      title: 'Support and exercise',
      text: 'The 2018 ankle sprain guideline prefers a brace or tape together with exercise therapy, started as early as possible, over keeping the ankle still in a cast.',
      note: 'When the ankle is kept still for severe pain or swelling, the guideline limits it to 10 days at most.',
    },
    {
      title: 'Rest, ice, compression and elevation',
      text: 'This combination (RICE) is widely suggested after a sprain.',
      note: 'The 2018 guideline found no evidence that RICE on its own helps and does not advise it as the only treatment.',
    },
    {
      title: 'Anti-inflammatory medicines',
      text: 'According to the same guideline, [[nsaid|NSAIDs]] can reduce pain and swelling after a sprain.',
      note: NSAID_CAVEAT,
    },
    {
      title: 'Calf stretching',
      text: 'For a tight calf ([[equinus]]), the usual first treatment is regular calf stretching with the knee straight.',
    },
    {
      title: 'Manual therapy',
      text: 'Hands-on mobilisation of the ankle ([[manual-therapy|manual therapy]]) is offered by physiotherapists.',
      note: 'The 2018 guideline advises it only together with other treatment, not on its own.',
    },
    {
      title: 'Surgery',
      text: 'The 2018 guideline keeps surgery for selected cases; most sprains are treated without it.',
    },
  ],
  didYouKnow:
    "In a day of 5,000 to 10,000 steps, the {side} ankle takes the body's full weight about 2,500 to 5,000 times. If each of those steps is cut a little short, the knee, hip, pelvis and low back make up the difference thousands of times a day.",
  sources: [
    'limping-back-pain-article',
    'ankle-sprain-epidemiology',
    'clifford-2014',
    'wheeless-equinus',
    'cai-gait-2014',
    'cai-kinematics-2019',
    'stanhope-2014',
    'vuurberg-2018',
    'tudor-locke-2011',
  ],
}
