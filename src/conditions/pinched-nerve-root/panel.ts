/**
 * The explanation panel of a pinched nerve root (L5 or S1). Every sentence is the project's own; the facts
 * come from the two source articles and the biomechanics reference, and the panel lists its sources by
 * id. Markup and placeholders: src/content/types.ts. The steps of `howItReachesTheBack` follow the
 * chain's links one to one.
 */
import { NSAID_CAVEAT } from '../../content/sharedText'
import type { SourceId } from '../../content/sources'
import type { RegionPanel } from '../../content/types'

export const panel: RegionPanel<SourceId> = {
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
