/**
 * The explanation panel of a painful sacroiliac joint. Every sentence is the project's own; the facts
 * come from the two source articles and the biomechanics reference, and the panel lists its sources by
 * id. Markup and placeholders: src/content/types.ts. The steps of `howItReachesTheBack` follow the
 * chain's links one to one.
 */
import { NSAID_CAVEAT } from '../../content/sharedText'
import type { SourceId } from '../../content/sources'
import type { RegionPanel } from '../../content/types'

export const panel: RegionPanel<SourceId> = {
  kind: 'pelvis',
  title: 'Pelvis: when the pelvic ring moves unevenly',
  condition: 'A stiff or painful joint at the back of the pelvis',
  whatGoesWrong: [
    'The pelvis is a ring of bone between the spine and the legs. At the back, the base of the spine (the sacrum) meets the hip bone on each side at a [[sacroiliac-joint|sacroiliac joint]]. These joints move only a little, but for smooth walking the two sides have to move evenly.',
    'Together with the hips, the pelvis does much of the work of carrying the body and moving it forward. When something here goes wrong, the tendons and ligaments of the low back are left to carry extra load, which in time brings strain, pain and a limp.',
    'Weak or broken bone belongs here too. A hip fracture or thinning bones ([[osteoporosis]]) can start a limp, because other muscles around the hip and pelvis have to take over and work harder.',
    'How much extra load really reaches the low back has rarely been measured directly; much of this link is reasoned from the way the joints and muscles connect.',
  ],
  howItReachesTheBack: [
    {
      linkId: 'pelvic-dysfunction',
      text: 'When one [[sacroiliac-joint|sacroiliac joint]] is stiff or sore, the two halves of the pelvis no longer move as a matched pair. On each step one side may sink or twist further than the other, so the base the spine stands on rocks unevenly.',
    },
    {
      linkId: 'lumbar-ligament-load',
      text: 'The lowest vertebra sits right on that uneven base. The ligaments, tendons and small muscles of the low back, among them the [[quadratus-lumborum|quadratus lumborum]] linking pelvis, spine and ribs, must steady the trunk against every wobble. Doing that step after step tires them, and tired tissue starts to ache.',
    },
  ],
  whatYouMayNotice: [
    'Aching low in the back or around the back of the pelvis',
    'Stiffness or tiredness in the low back after walking or standing for a while',
    'A limp, or one side of the pelvis seeming to sit higher or dip further than the other',
    'Sore muscles at the sides of the low back, which work to steady the pelvis',
  ],
  whatHelps: [
    {
      title: 'Exercise and physical therapy',
      text: "Exercise and physical therapy are the main treatments a spine clinic's patient article lists for hip and pelvis problems. For low back pain, NICE NG59 also recommends exercise and staying active.",
    },
    {
      title: 'Manual therapy',
      text: 'Hands-on treatment of the joints and soft tissues ([[manual-therapy|manual therapy]]) is offered by physiotherapists, chiropractors and osteopaths.',
      note: 'NICE NG59 suggests manual therapy for low back pain only as part of a package that includes exercise, not on its own.',
    },
    {
      title: 'Heat and massage',
      text: 'For recent low back pain, the American College of Physicians suggests heat on the skin, massage, acupuncture or spinal manipulation as first options.',
      note: 'The guideline rates the evidence for heat as moderate and for the other three as weaker.',
    },
    {
      title: 'Anti-inflammatory medicines',
      text: "Medicines that ease inflammation ([[nsaid|NSAIDs]]) are among the options for hip and pelvis pain in the spine clinic's article, and NICE NG59 includes them for low back pain.",
      note: NSAID_CAVEAT,
    },
    {
      title: 'Nutrition for bone health',
      text: "The spine clinic's article suggests a diet with lean protein and vitamin-rich foods to support bone and muscle, which matters most when bones are thin.",
      note: 'A general suggestion from the article; thin bones (osteoporosis) are assessed and treated by a doctor.',
    },
  ],
  didYouKnow:
    "With every step, the body's weight passes from one half of the pelvis to the other. Over a day of 5,000 to 10,000 steps, a small hitch in one pelvic joint becomes thousands of small jolts for the low back.",
  sources: ['limping-back-pain-article', 'spine-clinic-article', 'nice-ng59', 'acp-2017', 'tudor-locke-2011'],
}
