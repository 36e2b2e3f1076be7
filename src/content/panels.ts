/**
 * The explanation panels, one per region family. Every sentence is the project's own; the facts come from
 * the two source articles and the biomechanics reference, and each panel lists its sources by id.
 *
 * Markup and placeholders are described in src/content/types.ts. Only the sided panels (hip, knee,
 * ankle) use `{side}`/`{otherSide}`; the steps of `howItReachesTheBack` follow `CHAINS[kind].links`
 * one to one (tests/unit/content-panels.test.ts holds both rules).
 * Pure data: no React, no three.
 */
import type { RegionKind } from '../anatomy/regions'
import type { SourceId } from './sources'
import type { RegionPanel } from './types'

const NSAID_CAVEAT = 'They do not suit everyone, because of their side effects.'

const lumbar: RegionPanel<SourceId> = {
  kind: 'lumbar',
  title: 'Lumbar spine: a pinched nerve root',
  condition: 'A pinched nerve root in the low back, most often at the L4–L5 or L5–S1 level',
  whatGoesWrong: [
    'The nerves for the legs leave the spine in the low back, each one passing out through a small gap between two vertebrae. There a bulging [[intervertebral-disc|disc]] can press on a [[nerve-root|nerve root]]. This is a pinched nerve root ([[radiculopathy]]), and the leg pain it brings is called [[sciatica]].',
    'A disc is the cause in about 85 of every 100 people with sciatica, and about 95 in 100 cases involve one of the two lowest roots, L5 or S1.',
    'The trouble sits in the back, yet the symptoms are felt in the leg: the brain reads the signals of a squeezed root as coming from the places that root serves. When the pressure is strong, the muscles the root supplies weaken, and weakness as well as pain can turn a walk into a limp.',
    'Flexibility seems to matter. One of the articles this app draws on links a stiff low back with pinched nerves, and a study that followed people over time found that those whose low back bent less to the side, or whose hamstrings were tight, were more likely to develop new low back pain.',
    'Not all low back pain comes from a nerve. Muscles can cramp (spasm), be overstretched (strain) or stay tight, and ligaments can be sprained. When the low back cannot do its share, the pelvis, hips and thigh muscles take on more, tire, and may start to hurt and limp in their turn.',
  ],
  howItReachesTheBack: [
    {
      linkId: 'sciatic-list',
      text: 'The squeezed root lies in a tight space, and the body tries to give it room: many people lean or shift the trunk to one side without meaning to (a sciatic list). In a study of people with a herniated disc and such a lean, about 8 in 10 shifted away from the side of the bulge.',
    },
    {
      linkId: 'nerve-pain',
      text: 'The lowest lumbar and upper sacral roots join to form the [[sciatic-nerve|sciatic nerve]], which runs down the back of the thigh to the calf and foot. So the pain, tingling or numbness follows the leg, often below the knee, even though nothing is wrong with the leg itself.',
    },
    {
      linkId: 'foot-drop-steppage',
      text: 'The L5 root drives the muscle at the front of the shin that lifts the foot ([[dorsiflexion]]). If it weakens, the toes hang as the leg swings ([[foot-drop|foot drop]]). To stop them catching, the person raises the knee and hip higher than usual, as if stepping over something ([[steppage-gait|steppage gait]]).',
    },
    {
      linkId: 'hip-abductor-weakness',
      text: 'The same L5 root also serves the muscles on the outer side of the hip ([[hip-abductors|hip abductors]]), mainly gluteus medius. While one foot is in the air they keep the pelvis level; once weakened, they let it sag toward the swinging leg on every step ([[trendelenburg-gait|Trendelenburg gait]]).',
    },
    {
      linkId: 'lumbar-loop',
      text: 'Even normal walking squeezes the lumbar spine with every step, at peaks of about one to two and a half times body weight. A lean, a sagging pelvis and a high-stepping leg make each of those steps lopsided, so the low back that started the trouble takes extra strain, and pain and limp can keep each other going.',
    },
  ],
  whatYouMayNotice: [
    'Pain that runs from the buttock down the back of the leg, often past the knee; it may burn, stab or shoot',
    'Numbness, tingling or pins and needles in the leg or foot',
    'Weakness in the leg, such as a foot that slaps down or catches on the ground',
    'Tightness or cramping (spasm) in the muscles of the back or leg',
    'Weaker reflexes at the knee or ankle when a clinician tests them',
    'Pain that gets worse with a cough, a sneeze or straining',
    'Leaning to one side, and walking more slowly with shorter steps',
  ],
  whatHelps: [
    {
      title: 'Exercise and stretching',
      text: 'Strengthening the muscles that support the spine, and gentle stretching to make it more flexible, are the usual first treatments without surgery. NICE NG59 recommends staying active and suggests group exercise programmes.',
    },
    {
      title: 'Physical therapy',
      text: 'A physiotherapist can shape a programme around the cause of the pain once that cause has been found.',
    },
    {
      title: 'Manual therapy',
      text: 'Spinal manipulation, mobilisation and massage ([[manual-therapy|manual therapy]]) are offered by physiotherapists, chiropractors, osteopaths and massage therapists.',
      note: 'NICE NG59 suggests manual therapy only as part of a treatment package that includes exercise, not on its own.',
    },
    {
      title: 'Anti-inflammatory medicines',
      text: 'Medicines that calm inflammation ([[nsaid|NSAIDs]]) can ease the pain of irritated tissues. NICE NG59 and the American College of Physicians both include them among the options for low back pain.',
      note: `${NSAID_CAVEAT} The American College of Physicians found that steroid medicines taken by mouth or by injection into a muscle (systemic steroids) do not help low back pain.`,
    },
    {
      title: 'Epidural injections',
      text: 'A steroid with a local anaesthetic can be injected around the irritated root in the back ([[epidural|epidural injection]]). NICE NG59 suggests considering it only for sciatica that is recent and severe.',
      note: 'In a 1997 trial these injections eased leg pain for a short time but brought little lasting gain in function and did not reduce the need for surgery.',
    },
    {
      title: 'Electrical stimulation',
      text: "[[tens|TENS]] devices send mild electrical pulses through the skin; a spine clinic's patient article lists them among treatments for pinched nerves.",
      note: 'NICE NG59 recommends against TENS for low back pain, with or without sciatica.',
    },
    {
      title: 'Easing muscle tension',
      text: "For tense back muscles, the spine clinic's article adds everyday measures: drinking enough through the day, warming up before exercise, and keeping the spine in line when sitting, standing and lying down. For recent low back pain, the American College of Physicians suggests heat on the skin, massage, acupuncture or spinal manipulation before medicines.",
      note: 'The everyday measures come from the article only; the guidelines cited here do not rate them. The American College of Physicians rates the evidence for heat as moderate and for the other three as weaker.',
    },
    {
      title: 'A brace for foot drop',
      text: 'A light brace that holds the foot up while walking (an ankle-foot orthosis) is often used for foot drop while its cause is treated.',
      note: 'General clinical practice; not taken from the guidelines cited in this panel.',
    },
    {
      title: 'Surgery',
      text: 'When careful treatment without surgery has failed and scans match the symptoms, an operation to take the pressure off the root (spinal decompression) may be considered. Most people never need one: about 9 in 10 improve without surgery, leg symptoms often settle within about six weeks, and about 5 to 10 in 100 have an operation.',
    },
  ],
  didYouKnow:
    'Most people take somewhere between 5,000 and 10,000 steps a day, and each step sends a load peak through the lumbar spine. A lean or a lopsided stride that adds only a little to each peak is repeated thousands of times before the day is over.',
  sources: [
    'limping-back-pain-article',
    'spine-clinic-article',
    'sciatica-survey',
    'five-minute-consult',
    'harrisons-19',
    'msd-radiculopathy',
    'sciatic-list-2022',
    'ldh-gait-review',
    'statpearls-steppage',
    'sadler-2017',
    'cappozzo-1984',
    'nice-ng59',
    'acp-2017',
    'carette-1997',
    'tudor-locke-2011',
  ],
}

const pelvis: RegionPanel<SourceId> = {
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

const hip: RegionPanel<SourceId> = {
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

const knee: RegionPanel<SourceId> = {
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

const ankle: RegionPanel<SourceId> = {
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

/** The explanation panel of each region family; sided regions share their kind's panel. */
export const PANELS: Readonly<Record<RegionKind, RegionPanel<SourceId>>> = { lumbar, pelvis, hip, knee, ankle }
