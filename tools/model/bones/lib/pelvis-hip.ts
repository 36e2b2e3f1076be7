/**
 * Landmarks and parts of the left hip bone (ilium, ischium and pubis fused), in model space.
 *
 * Fixed by the shared fit points: the acetabulum around HIP_JOINT, the ASIS and the pubic tubercle
 * (LANDMARKS, Bell's regression: the anterior pelvic plane is vertical standing), the pubic bodies at
 * SYMPHYSIS, the auricular surface against the sacrum at SACROILIAC (lib/pelvis-joint.ts). Everything
 * else is a judgement from textbook proportions of an adult male hip bone, set out here in millimetres:
 * hip bone ≈ 215 mm tall, intercristal width ≈ 276 mm, ASIS–PSIS ≈ 155 mm, inlet ≈ 128 mm wide,
 * obturator foramen ≈ 50 × 33 mm, greater sciatic notch deep and narrow, subpubic angle ≈ 65°.
 */
import { LANDMARKS } from '../../../../src/anatomy/skeletonLayout'
import { HIP_JOINT, SYMPHYSIS } from './interfaces'
import { v, type V3 } from '../../sdf/core'

/** Model point from millimetres. */
export const mm = (p: readonly [number, number, number]): V3 => [p[0] / 1000, p[1] / 1000, p[2] / 1000]

export const H = HIP_JOINT.centreL
export const AX = HIP_JOINT.acetabulumAxisL
export const ASIS = LANDMARKS.asisL
export const PT = LANDMARKS.pubicTubercleL

// Directions in the rim plane of the acetabulum.
const perp = (d: V3): V3 => v.norm(v.sub(d, v.scale(AX, v.dot(d, AX))))
export const RIM_DOWN = perp([0, -1, 0])
export const RIM_FWD = perp([0, 0, 1])
/** The acetabular notch opens downward and a little forward, toward the obturator foramen. */
export const NOTCH_DIR = v.norm(v.add(v.scale(RIM_DOWN, 0.92), v.scale(RIM_FWD, 0.38)))

/** The iliac crest from the ASIS to the PSIS: S-shaped from above, highest over the back of the acetabulum. */
export const CREST: V3[] = [
  ASIS,
  mm([130.5, 1022, 29]),
  mm([136, 1041, 7]), // iliac tubercle, about 5 cm behind the ASIS
  mm([136.5, 1053, -14]),
  mm([130.5, 1060.5, -33]),
  mm([116, 1063, -51]),
  mm([97, 1059.5, -67]),
  mm([78, 1050.5, -81.5]),
  mm([63, 1039, -91]),
  mm([54, 1024, -96]), // PSIS, level with S2
]
export const PSIS = CREST[CREST.length - 1]!
export const PIIS = mm([57, 982, -89])
export const AIIS = mm([104, 967, 36])
/** The pelvic brim on the ilium: from the front of the auricular surface to the iliopubic eminence. */
export const ARCUATE: V3[] = [mm([56, 1004, -37]), mm([60, 990, -25]), mm([63, 975, -11]), mm([64.5, 961, 3]), mm([65, 949, 14]), mm([64, 940, 21])]
/** Greater sciatic notch margin from the PIIS to the ischial spine, then the lesser notch. */
export const SCIATIC: V3[] = [PIIS, mm([62, 968, -80]), mm([68, 957, -67]), mm([71.5, 949, -54]), mm([69.5, 937, -49]), mm([64.5, 924, -51]), mm([59, 914, -54])]
export const SPINE_TIP = mm([49, 907.5, -61])
export const LESSER: V3[] = [mm([59, 914, -54]), mm([61.5, 903, -52]), mm([63.5, 893, -50]), mm([65, 884, -48])]

/** Pubic symphysis: its face runs from the crest down and back (about 30° from vertical standing). */
export const SYM_TOP = mm([SYMPHYSIS.halfGap * 1000, SYMPHYSIS.topY * 1000, 38.5])
export const SYM_BOTTOM = mm([SYMPHYSIS.halfGap * 1000, SYMPHYSIS.topY * 1000 - 33, 19.5])

/** Obturator foramen margin (≈ 50 × 33 mm), going round from under the acetabular notch (forward along the top). */
export const OBTURATOR: V3[] = [
  mm([57.5, 885, -2]),
  mm([51, 892, 10]),
  mm([41.5, 897, 21]),
  mm([32.5, 895, 27.5]),
  mm([26.5, 890, 26.5]),
  mm([24.5, 884, 22]),
  mm([27.5, 880.5, 15.5]),
  mm([36.5, 876.5, 7.5]),
  mm([47.5, 874, -0.5]),
  mm([56, 876, -6.5]),
  mm([60, 880, -7]),
  mm([60, 883.5, -5]),
]

/** Ischial tuberosity: an egg about 50 × 25 mm, its long axis running down and forward. */
export const TUBEROSITY = { centre: mm([66.5, 861.5, -31]), axis: v.norm([0, -0.55, 0.83]) as V3, half: [0.026, 0.0125, 0.0105] as V3 }
