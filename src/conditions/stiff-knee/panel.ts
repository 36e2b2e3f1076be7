/**
 * The explanation panel of a knee that will not bend. Every sentence is the project's own; the facts
 * come from the two source articles and the biomechanics reference, and the panel lists its sources by
 * id. Markup and placeholders: src/content/types.ts. The steps of `howItReachesTheBack` follow the
 * chain's links one to one.
 */
import type { SourceId } from '../../content/sources'
import type { RegionPanel } from '../../content/types'

export const panel: RegionPanel<SourceId> = {
  kind: 'knee',
  title: 'Knee: a {side} knee that will not bend or straighten',
  condition: 'A stiff {side} knee that will not bend or straighten fully',
  whatGoesWrong: [
    'A knee can be painful, weak or stiff, for example when its cartilage wears ([[osteoarthritis]]) or after an injury. Each of these upsets the way the joint moves.',
    "In walking, the hip, knee and ankle work as a team: if one joint loses movement, the others have to change what they do. A knee that cannot take the body's weight, or cannot fully bend and straighten, forces a different way of walking.",
    'That new pattern hands extra work to the hip, the pelvis, the other leg and the low back. Over time the extra work brings muscle weakness, strain from the same movement repeated over and over, and pain.',
    'Studies support the link. When healthy volunteers walked with one knee held bent at 30 degrees, their trunk tilted toward that side and leaned further forward (sometimes called knee-spine syndrome); a 15-degree bend made no clear difference. People with knee pain have also been found to have more low back pain than people without.',
  ],
  howItReachesTheBack: [
    {
      linkId: 'knee-stiff',
      text: 'As a leg swings forward, the knee normally folds to about 60 degrees so the foot clears the floor. A stiff {side} knee ([[stiff-knee-gait|stiff-knee gait]]) bends far less, so the leg stays long while it swings. If it cannot straighten fully either, the leg is in effect shorter while it carries weight.',
    },
    {
      linkId: 'hip-circumduction',
      text: 'A long leg that cannot fold would scuff the ground if it swung straight through. So the {side} hip carries it out and around in a half-circle ([[circumduction]]), and the pelvis and trunk sway more from side to side.',
    },
    {
      linkId: 'pelvic-hike',
      text: 'Often the body also lifts the {side} side of the pelvis while that leg swings ([[hip-hiking|hip hiking]]). The lift comes from muscles at the side of the low back, chiefly the [[quadratus-lumborum|quadratus lumborum]], pulling the pelvis up toward the ribs.',
    },
    {
      linkId: 'contralateral-vault',
      text: 'The {otherSide} leg helps too: while it carries the body, its heel rises early and lifts everything a little higher so the stiff leg can pass ([[vaulting]]). It works, but it costs energy, because the body now bobs up and down more with each step.',
    },
    {
      linkId: 'lumbar-side-bend',
      text: 'Normal walking bends the low back only a little to each side. With a stiff knee, every hike and sway bends it further, and the muscles beside the spine do the hoisting on each step. Repeated all day, that side-bending can tire and strain the low back.',
    },
  ],
  whatYouMayNotice: [
    'Pain, weakness or stiffness in the {side} knee',
    'Trouble putting full weight through the knee, or bending or straightening it all the way',
    'The {side} foot swinging out to the side or scuffing the floor',
    'Rising onto the toes of the {otherSide} foot with each step',
    'A slower walk, with the upper body swaying toward one side',
    'Aching in the low back or at the side of the waist after walking',
  ],
  whatHelps: [
    {
      title: 'Exercise and weight management',
      text: "For knee [[osteoarthritis]], OARSI 2019 puts education and a structured exercise programme on land at the core of care, with a diet-based weight-loss plan for people who carry extra weight. Exercise in water is also listed, depending on a person's other health conditions.",
    },
    {
      title: 'Anti-inflammatory gels and tablets',
      text: 'Anti-inflammatory medicines rubbed on the knee (topical [[nsaid|NSAIDs]]) are strongly recommended by OARSI 2019 for knee osteoarthritis. Tablets are an option for some people.',
      note: 'OARSI advises against NSAID tablets for people with heart or circulation disease or frailty, and suggests a stomach-friendlier form or an added stomach-protecting medicine for people with stomach problems.',
    },
    {
      title: 'Injections into the joint',
      text: "Steroid or hyaluronic acid injections into the knee joint are options in OARSI 2019, depending on a person's other health conditions.",
      note: 'For the hip, the same guideline does not recommend these injections.',
    },
    {
      title: 'Surgery',
      text: 'When the joint is badly worn and other care has not helped, part or all of the knee can be replaced (knee arthroplasty).',
      note: 'General clinical practice; the OARSI guideline cited here covers only treatment without surgery.',
    },
  ],
  didYouKnow:
    "Over a day of 5,000 to 10,000 steps, each leg swings forward about 2,500 to 5,000 times. With a stiff {side} knee, every one of those swings needs a hike, a swing outward or a rise onto the other foot's toes, and the low back bends with each one.",
  sources: [
    'limping-back-pain-article',
    'opensim-normal-gait',
    'stanhope-2014',
    'harato-knee-spine',
    'rahbar-2015',
    'knee-oa-gait-2009',
    'oarsi-2019',
    'tudor-locke-2011',
  ],
}
