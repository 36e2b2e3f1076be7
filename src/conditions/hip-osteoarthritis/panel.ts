/**
 * The explanation panel of a painful arthritic hip. Every sentence is the project's own; the facts
 * come from the two source articles and the biomechanics reference, and the panel lists its sources by
 * id. Markup and placeholders: src/content/types.ts. The steps of `howItReachesTheBack` follow the
 * chain's links one to one.
 */
import { NSAID_CAVEAT } from '../../content/sharedText'
import type { SourceId } from '../../content/sources'
import type { RegionPanel } from '../../content/types'

export const panel: RegionPanel<SourceId> = {
  kind: 'hip',
  title: 'Hip: pain and weakness in the {side} hip',
  condition: 'A painful or weak {side} hip',
  whatGoesWrong: [
    'The hip is a ball-and-socket joint that carries a lot: in ordinary walking the force inside it peaks at nearly two and a half times body weight on every step. Worn cartilage ([[osteoarthritis]]), an injury or pain from the joint makes each of those steps hurt.',
    'The muscles on the outer side of the hip ([[hip-abductors|hip abductors]]) keep the pelvis level whenever the other foot is off the ground. Pain can switch them off, and arthritis or a pinched nerve root in the back can weaken them.',
    'Fractures and thinning bones ([[osteoporosis]]) also change how the hip carries weight. Other muscles around the hip and pelvis take up the slack, and the extra work can be enough to cause a limp. When the hip cannot do its share, the tendons and ligaments of the low back carry more load as well.',
    'Hip and back problems often travel together. In one study of 101 people with low back pain, 8 in 10 could bend the hip less than normal; another found weaker hip abductors in people with long-lasting low back pain than in people without it.',
  ],
  howItReachesTheBack: [
    {
      linkId: 'hip-painful',
      text: 'In a normal step the thigh swings back behind the body before the foot pushes off. A painful {side} hip avoids that stretch: in people with hip arthritis the hip moved through less than half its usual range while walking. The step on the sore side is also kept short ([[antalgic-gait|antalgic gait]]).',
    },
    {
      linkId: 'pelvic-drop-and-tilt',
      text: 'While the {side} foot is on the ground, weak hip muscles cannot hold the pelvis level, so the {otherSide} side of the pelvis sags ([[trendelenburg-gait|Trendelenburg gait]]). The pelvis also tips forward to make up for the backward swing the hip has lost.',
    },
    {
      linkId: 'trunk-lean',
      text: 'To ease the hip, the upper body leans over the {side} hip on each step ([[duchenne-lurch|Duchenne lurch]]), bending the lumbar spine to the side. The forward-tipped pelvis deepens the curve of the low back ([[lordosis]]) and presses its small rear joints ([[facet-joint|facet joints]]) together, step after step.',
    },
  ],
  whatYouMayNotice: [
    'Pain and stiffness around the {side} hip, especially when walking',
    'The hip catching or hesitating as the leg moves back behind the body',
    'A slower walk with shorter steps on the {side} side',
    'The upper body swaying toward the {side} side, or the {otherSide} side of the pelvis dipping, with each step',
    'Aching in the low back after walking',
  ],
  whatHelps: [
    {
      title: 'Exercise and education',
      text: "For hip [[osteoarthritis]], OARSI 2019 puts learning about the condition and a structured exercise programme on land at the core of treatment. A spine clinic's patient article also lists exercise and physical therapy for hip and pelvis problems.",
    },
    {
      title: 'Anti-inflammatory medicines',
      text: 'OARSI 2019 supports anti-inflammatory tablets ([[nsaid|NSAIDs]]) for some people, depending on their other health conditions.',
      note: `${NSAID_CAVEAT} The same guideline advises against opioids, and conditionally against paracetamol, for hip and knee osteoarthritis.`,
    },
    {
      title: 'Injections into the joint',
      text: 'A steroid or hyaluronic acid can be injected into a joint affected by osteoarthritis.',
      note: 'OARSI 2019 does not recommend these injections for the hip, although it lists them as an option for the knee.',
    },
    {
      title: 'A walking stick',
      text: 'A cane held in the {otherSide} hand takes load off the {side} hip. Measurements put the force inside the hip at about 60 % of its usual value, and in late-stage hip arthritis a cane cut the sideways strain on the hip by about a quarter.',
    },
    {
      title: 'Nutrition for bone health',
      text: "The spine clinic's article suggests a diet with lean protein and vitamin-rich foods to support bone and muscle, which matters most after a fracture or when bones are thin.",
      note: 'A general suggestion from the article; thin bones (osteoporosis) are assessed and treated by a doctor.',
    },
    {
      title: 'Surgery',
      text: 'For advanced hip arthritis that other care has not helped, replacing the joint (total hip arthroplasty) is an established option.',
      note: 'General clinical practice; the OARSI guideline cited here covers only treatment without surgery.',
    },
  ],
  didYouKnow:
    'A person who takes 5,000 to 10,000 steps in a day stands on the {side} hip about 2,500 to 5,000 times, each time with a force of nearly two and a half times body weight inside the joint. A lurch or a dip that comes with each of those steps soon adds up for the low back.',
  sources: [
    'limping-back-pain-article',
    'spine-clinic-article',
    'bergmann-2001',
    'harrisons-19',
    'prather-2017',
    'cooper-2016',
    'hurwitz-1997',
    'oarsi-2019',
    'brand-1980',
    'cane-hip-oa-2022',
    'tudor-locke-2011',
  ],
}
