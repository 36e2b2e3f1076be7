/**
 * Short plain definitions for every term the panels mark with `[[key]]`. Written for this project;
 * definitions are plain text (no markup) so that a tooltip never needs to open another one.
 * Pure data: no React, no three.
 */
import type { GlossaryEntry } from './types'

const ENTRIES = {
  'antalgic-gait': {
    term: 'Antalgic gait',
    definition:
      'A limp that avoids pain: the person spends as little time as possible standing on the sore leg, so its step is short and quick.',
  },
  'chronic-ankle-instability': {
    term: 'Chronic ankle instability',
    definition:
      'An ankle that keeps giving way or feeling wobbly long after a sprain, because its ligaments and its sense of position have not fully recovered.',
  },
  circumduction: {
    term: 'Circumduction',
    definition:
      'Swinging a leg forward in an outward half-circle instead of straight ahead, usually because it cannot bend enough to clear the floor.',
  },
  dorsiflexion: {
    term: 'Dorsiflexion',
    definition:
      'Bending the ankle so the foot and toes come up toward the shin. The opposite, pointing the foot down, is plantarflexion.',
  },
  'duchenne-lurch': {
    term: 'Duchenne lurch',
    definition:
      'Leaning the upper body over a sore or weak hip while standing on it. It shortens the lever the hip muscles must work against, so the hip hurts less, but the trunk sways with every step.',
  },
  epidural: {
    term: 'Epidural injection',
    definition:
      'An injection into the space around the nerves inside the spinal canal, usually a steroid with a local anaesthetic, to calm an irritated nerve root.',
  },
  equinus: {
    term: 'Equinus',
    definition:
      'An ankle that cannot bend upward far enough, most often because the calf muscles and Achilles tendon are tight.',
  },
  'facet-joint': {
    term: 'Facet joint',
    definition:
      'One of the small paired joints at the back of the spine where each vertebra meets the next. They take more load when the low back arches or bends to the side.',
  },
  'foot-drop': {
    term: 'Foot drop',
    definition:
      'Weakness of the muscles that lift the front of the foot, so the toes hang down and may catch or slap on the ground.',
  },
  'hip-abductors': {
    term: 'Hip abductors',
    definition:
      'The muscles on the outer side of the hip, mainly gluteus medius and gluteus minimus. They move the leg out to the side and, in walking, keep the pelvis level while one foot is in the air.',
  },
  'hip-hiking': {
    term: 'Hip hiking',
    definition:
      'Lifting one side of the pelvis while that leg swings forward, to give the foot more room to clear the floor.',
  },
  hyperextension: {
    term: 'Knee hyperextension',
    definition: "A knee pushed backward past straight while it carries the body's weight.",
  },
  'intervertebral-disc': {
    term: 'Intervertebral disc',
    definition:
      'The tough, cushioning pad between two vertebrae. It has a firm outer ring and a softer centre; if the centre bulges out, it can press on a nerve root.',
  },
  lordosis: {
    term: 'Lordosis',
    definition:
      'The natural inward curve of the low back. When the pelvis tips forward, the curve deepens and the joints at the back of the spine take more load.',
  },
  'manual-therapy': {
    term: 'Manual therapy',
    definition:
      'Hands-on treatment by a trained therapist: moving the joints of the spine (manipulation or mobilisation) or massaging the soft tissues.',
  },
  'nerve-root': {
    term: 'Nerve root',
    definition:
      'The short stretch of a nerve where it leaves the spinal cord and passes out between two vertebrae. Each root serves its own patch of skin and its own muscles.',
  },
  nsaid: {
    term: 'NSAID',
    definition:
      'Non-steroidal anti-inflammatory drug: a medicine such as ibuprofen or naproxen that eases pain and inflammation. NSAIDs do not suit everyone, for example people with some stomach, kidney or heart problems.',
  },
  osteoarthritis: {
    term: 'Osteoarthritis',
    definition:
      'The most common form of arthritis: the smooth cartilage lining a joint wears and the joint becomes painful and stiff.',
  },
  'quadratus-lumborum': {
    term: 'Quadratus lumborum',
    definition:
      'A flat muscle on each side of the low back that runs from the top of the pelvis to the lowest rib and the lumbar vertebrae. It can lift one side of the pelvis or bend the trunk sideways.',
  },
  radiculopathy: {
    term: 'Radiculopathy',
    definition:
      'Trouble caused by a pinched or irritated nerve root: pain, numbness, tingling or weakness felt along the path of that nerve, often far from the spine.',
  },
  'sacroiliac-joint': {
    term: 'Sacroiliac joint',
    definition:
      'The joint on each side at the back of the pelvis where the base of the spine (the sacrum) meets the hip bone (the ilium). It moves only a little but passes the weight of the upper body to the legs.',
  },
  sciatica: {
    term: 'Sciatica',
    definition:
      'Pain that runs from the low back or buttock down the back of the leg, along the sciatic nerve, usually because one of its nerve roots is pinched.',
  },
  'sciatic-nerve': {
    term: 'Sciatic nerve',
    definition:
      'The largest nerve in the body. It is formed from the lowest nerve roots of the spine and runs through the buttock and down the back of the thigh to the lower leg and foot.',
  },
  'steppage-gait': {
    term: 'Steppage gait',
    definition:
      'Walking with the knee and hip lifted higher than usual, as if climbing a step, so that a dropped foot does not drag or trip.',
  },
  'stiff-knee-gait': {
    term: 'Stiff-knee gait',
    definition:
      'Walking with a knee that bends much less than normal while the leg swings forward, so the leg stays long and is hard to swing through.',
  },
  tens: {
    term: 'TENS',
    definition:
      'Transcutaneous electrical nerve stimulation: a small battery device that sends mild electrical pulses through pads on the skin to dampen the feeling of pain.',
  },
  'trendelenburg-gait': {
    term: 'Trendelenburg gait',
    definition:
      'A walk in which the pelvis sags on the side of the swinging leg, because the hip muscles of the standing leg are too weak to hold it level.',
  },
  vaulting: {
    term: 'Vaulting',
    definition:
      'Rising early onto the toes of the standing leg to lift the whole body, so that the other leg, which cannot shorten itself, can swing past.',
  },
  'achilles-tendon': {
    term: 'Achilles tendon',
    definition:
      'The thick cord at the back of the ankle that joins the calf muscles to the heel bone.',
  },
  'cbt': {
    term: 'CBT (cognitive behavioural therapy)',
    definition:
      'A talking therapy that helps a person change unhelpful thoughts and habits around pain; for back pain it is offered alongside exercise.',
  },
  'erector-spinae': {
    term: 'Erector spinae',
    definition:
      'The long muscles that run up both sides of the spine and hold the back upright.',
  },
  'flexion-contracture': {
    term: 'Flexion contracture',
    definition:
      'A joint that stays bent because the tissues around it have tightened, so it can no longer straighten fully.',
  },
  'functional-scoliosis': {
    term: 'Functional scoliosis',
    definition:
      'A sideways curve of the spine that comes from something else, such as a tilted pelvis, and eases when that cause is corrected.',
  },
  'gluteus-medius': {
    term: 'Gluteus medius',
    definition:
      'A fan-shaped muscle on the outer side of the hip. While one foot is off the ground it keeps the pelvis from dropping on the other side.',
  },
  'hamstrings': {
    term: 'Hamstrings',
    definition:
      'The three muscles at the back of the thigh that bend the knee and help straighten the hip.',
  },
  'herniated-disc': {
    term: 'Herniated disc',
    definition:
      'A disc between two vertebrae whose soft centre has bulged or pushed out through its outer ring; it can press on a nerve root. Also called a slipped or bulging disc.',
  },
  'hip-extension': {
    term: 'Hip extension',
    definition:
      'Moving the thigh backward, behind the body, as happens just before the foot pushes off in walking.',
  },
  'ligament': {
    term: 'Ligament',
    definition:
      'A tough band of tissue that holds two bones together at a joint.',
  },
  'lumbar': {
    term: 'Lumbar',
    definition:
      'To do with the low back. The lumbar spine is its five vertebrae, numbered L1 at the top to L5 at the bottom.',
  },
  'osgood-schlatter': {
    term: 'Osgood-Schlatter disease',
    definition:
      'A painful bump just below the kneecap in growing, active young people, where the kneecap tendon pulls on the shin bone. It usually settles when growth ends.',
  },
  'pelvic-obliquity': {
    term: 'Pelvic obliquity',
    definition:
      'A pelvis that sits higher on one side than the other when seen from the front.',
  },
  'sacrum': {
    term: 'Sacrum',
    definition:
      'The triangular bone at the base of the spine, made of fused vertebrae, that sits between the two hip bones.',
  },
  'scfe': {
    term: 'Slipped capital femoral epiphysis (SCFE)',
    definition:
      'In a growing teenager, the ball at the top of the thigh bone slips on its growth plate. The pain is often felt in the thigh or knee. It needs a doctor quickly.',
  },
  'sciatic-list': {
    term: 'Sciatic list',
    definition:
      'Leaning or shifting the trunk to one side, without meaning to, when a nerve root in the low back is irritated.',
  },
  'scoliosis': {
    term: 'Scoliosis',
    definition:
      'A sideways curve of the spine.',
  },
  'spinal-levels': {
    term: 'Spinal levels (L4, L5, S1, L4-L5)',
    definition:
      'Names for places in the spine: L means lumbar and S means sacral, numbered from the top. L5 is a vertebra or its nerve root; L4-L5 is the disc between L4 and L5.',
  },
  'spondylolysis': {
    term: 'Spondylolysis',
    definition:
      'A stress fracture in the back part of a vertebra, usually the lowest lumbar one, common in young athletes who arch the back again and again.',
  },
  'vertebra': {
    term: 'Vertebra (plural: vertebrae)',
    definition:
      'One of the bones stacked up to make the spine.',
  },
} as const satisfies Record<string, GlossaryEntry>

/** A key that `[[key]]` references may use. */
export type GlossaryKey = keyof typeof ENTRIES

/** Every glossary entry by key. */
export const GLOSSARY: Readonly<Record<GlossaryKey, GlossaryEntry>> = ENTRIES

export function isGlossaryKey(key: string): key is GlossaryKey {
  return Object.hasOwn(GLOSSARY, key)
}

/** The entry for a key, or undefined for an unknown key (the UI then shows the words as plain text). */
export function getGlossaryEntry(key: string): GlossaryEntry | undefined {
  return isGlossaryKey(key) ? GLOSSARY[key] : undefined
}
