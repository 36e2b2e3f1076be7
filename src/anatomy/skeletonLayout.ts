/**
 * Where every joint of the standing skeleton sits, in metres. Model frame: +Y up, the skeleton faces
 * +Z, its left side is +X, feet on y = 0. Computed once from the figures in `proportions.ts`;
 * shared by the model generator (joint nodes, bone placement), the gait engine and the tests.
 * Pure: no React, no three.
 */
import { BELL_HIP_CENTRE, LIMB_GEOMETRY, LUMBAR, OPENSIM_GAIT2392, SACROPELVIC, STATURE, WINTER_FRACTIONS as W } from './proportions'

export type Vec3 = readonly [number, number, number]

const H = STATURE
const hipX = OPENSIM_GAIT2392.interHipJointDistance / 2

/** A unit vector in the sagittal plane tilted `deg` from +Y toward +Z (forward). */
export function sagittalAxis(deg: number): Vec3 {
  const r = (deg * Math.PI) / 180
  return [0, Math.cos(r), Math.sin(r)]
}

const add = (a: Vec3, b: Vec3, s = 1): Vec3 => [a[0] + b[0] * s, a[1] + b[1] * s, a[2] + b[2] * s]

/** Lower limb, left side (+X); the right side is its mirror image. */
const hipL: Vec3 = [hipX, W.hipHeight * H, 0]
// The knee sits a little inside and behind the hip, the ankle under the knee (OpenSim: knee 5 mm behind).
const kneeL: Vec3 = [hipX - 0.0035, W.kneeHeight * H, -0.005]
const ankleL: Vec3 = [hipX - 0.005, W.ankleHeight * H, -0.012]
const subtalarL: Vec3 = [ankleL[0] + 0.004, ankleL[1] - 0.03, ankleL[2] - 0.022]
// Through the centres of the metatarsal heads (the axis the toes turn about).
const mtpL: Vec3 = [ankleL[0] - 0.004, 0.01, ankleL[2] + 0.133]

/** Mid-point of the hip joint centres: the pelvis rotates about it. */
const pelvisOrigin: Vec3 = [0, hipL[1], 0]

/**
 * The S1 upper endplate, placed from the hip axis with the pelvic tilt, tilted forward by the
 * sacral slope; the lumbar spine is then stacked on it disc by disc with the measured segmental lordosis.
 */
const tiltRad = (SACROPELVIC.pelvicTilt * Math.PI) / 180
const s1Midpoint: Vec3 = [
  0,
  pelvisOrigin[1] + SACROPELVIC.hipAxisToS1Midpoint * Math.cos(tiltRad),
  pelvisOrigin[2] - SACROPELVIC.hipAxisToS1Midpoint * Math.sin(tiltRad),
]

export interface SpineLevel {
  /** Vertebra name, e.g. 'L5'. */
  name: string
  /** Centre of the lower and upper endplates. */
  lower: Vec3
  upper: Vec3
  /** Tilt of the body's long axis from vertical, degrees, positive = top leaning forward. */
  tilt: number
  height: number
}

export interface DiscLevel {
  /** Joint name part, e.g. 'L5_S1'. */
  name: string
  centre: Vec3
  /** Tilt of the disc's axis from vertical, degrees, positive = axis leaning forward (front lower). */
  tilt: number
  height: number
  /** Wedge: the angle between the endplates above and below. */
  wedge: number
}

interface Segment {
  vertebra: string
  bodyHeight: number
  /** Disc under this vertebra and the angle it adds (lordosis positive, kyphosis negative). */
  disc: { name: string; height: number; angle: number }
}

const lumbarSegments: Segment[] = (['L5', 'L4', 'L3', 'L2', 'L1'] as const).map((v, i) => {
  const below = i === 0 ? 'S1' : (['L5', 'L4', 'L3', 'L2'] as const)[i - 1]!
  const name = `${v}_${below}` as keyof typeof LUMBAR.segmentalLordosis
  return {
    vertebra: v,
    bodyHeight: LUMBAR.body[v].height,
    disc: { name, height: LUMBAR.discHeightMiddle[name], angle: LUMBAR.segmentalLordosis[name] },
  }
})

/**
 * Thoracic and cervical context. Body heights grow from T1 (≈17 mm) to T12 (≈24 mm); thoracic
 * kyphosis ≈ 40° spread over T1–T12, cervical lordosis ≈ 30°. Textbook-order values for the
 * context skeleton; the lumbar spine above uses measured figures.
 */
const THORACIC_KYPHOSIS_PER_LEVEL = -2.8
const CERVICAL_LORDOSIS_PER_LEVEL = 8

const thoracicSegments: Segment[] = Array.from({ length: 12 }, (_, i) => {
  const n = 12 - i
  const below = n === 12 ? 'L1' : `T${n + 1}`
  return {
    vertebra: `T${n}`,
    bodyHeight: 0.016 + (0.0065 * (n - 1)) / 11,
    disc: { name: `T${n}_${below}`, height: n === 12 ? 0.0085 : 0.004 + (0.0015 * (n - 1)) / 11, angle: n === 12 ? -2 : THORACIC_KYPHOSIS_PER_LEVEL },
  }
})

const cervicalSegments: Segment[] = Array.from({ length: 6 }, (_, i) => {
  const n = 7 - i
  const below = n === 7 ? 'T1' : `C${n + 1}`
  return {
    vertebra: `C${n}`,
    bodyHeight: n === 2 ? 0.03 : 0.0125,
    disc: { name: `C${n}_${below}`, height: 0.004, angle: n === 7 ? 2 : CERVICAL_LORDOSIS_PER_LEVEL },
  }
})

function stack(start: Vec3, startTilt: number, segments: Segment[]) {
  const vertebrae: SpineLevel[] = []
  const discs: DiscLevel[] = []
  let point = start
  let tilt = startTilt
  for (const seg of segments) {
    const above = tilt - seg.disc.angle
    const mid = (tilt + above) / 2
    const centre = add(point, sagittalAxis(mid), seg.disc.height / 2)
    discs.push({ name: seg.disc.name, centre, tilt: mid, height: seg.disc.height, wedge: seg.disc.angle })
    const lower = add(centre, sagittalAxis(mid), seg.disc.height / 2)
    const upper = add(lower, sagittalAxis(above), seg.bodyHeight)
    vertebrae.push({ name: seg.vertebra, lower, upper, tilt: above, height: seg.bodyHeight })
    point = upper
    tilt = above
  }
  return { vertebrae, discs, top: point, topTilt: tilt }
}

const lumbar = stack(s1Midpoint, SACROPELVIC.sacralSlope, lumbarSegments)
const thoracic = stack(lumbar.top, lumbar.topTilt, thoracicSegments)
const cervical = stack(thoracic.top, thoracic.topTilt, cervicalSegments)

/** C1 (atlas) has no body; the atlanto-occipital joint sits about 2 cm above the top of C2's dens. */
const atlantoOccipital: Vec3 = add(cervical.top, sagittalAxis(cervical.topTilt), 0.015)

/** The ASIS from the hip centre by Bell's regression, with the measured inter-ASIS width. */
const asisL: Vec3 = [LIMB_GEOMETRY.interAsis / 2, hipL[1] + BELL_HIP_CENTRE.inferior * LIMB_GEOMETRY.interAsis, BELL_HIP_CENTRE.posterior * LIMB_GEOMETRY.interAsis]

/**
 * The glenohumeral centre 7 cm behind the sternoclavicular joint (tools/model/bones/lib/interfaces.ts,
 * z 0.08): a 149 mm clavicle swept back under 20° puts the acromioclavicular joint about 5 cm back
 * (proportions.ts CLAVICLE), and the head sits under the middle of the acromion, 2 cm behind that joint.
 * It is level with the side wall of the rib cage and over the hip joint (the standing plumb line through
 * the acromion and the greater trochanter). The arm hangs from it as before (elbow 1.5 cm behind it,
 * wrist 3.5 cm in front of the elbow).
 */
const shoulderL: Vec3 = [0.185, 1.405, 0.01]
const elbowL: Vec3 = [0.205, W.elbowHeight * H, -0.005]
const wristL: Vec3 = [0.228, W.wristHeight * H, 0.03]

export const SPINE = {
  sacrum: { s1Midpoint, s1Tilt: SACROPELVIC.sacralSlope },
  lumbar: lumbar.vertebrae,
  thoracic: thoracic.vertebrae,
  cervical: cervical.vertebrae,
  discs: [...lumbar.discs, ...thoracic.discs, ...cervical.discs],
  atlantoOccipital,
} as const

export const mirrorX = (p: Vec3): Vec3 => [-p[0], p[1], p[2]]

/** Anatomical landmarks the bones are shaped around (left side; mirror for the right). */
export const LANDMARKS = {
  asisL,
  /** In the anterior pelvic plane with the ASIS (standing), 92.7 mm below them (Augustine 2018). */
  pubicTubercleL: [0.02, asisL[1] - LIMB_GEOMETRY.appHeight, asisL[2] - 0.004] as Vec3,
  vertex: [0, H, 0] as Vec3,
  chin: [0, W.chinHeight * H, 0.09] as Vec3,
  eye: [0.032, W.eyeHeight * H, 0.075] as Vec3,
  heelL: [ankleL[0] + 0.002, 0, ankleL[2] - 0.062] as Vec3,
  toeTipL: [ankleL[0] - 0.01, 0, ankleL[2] + 0.193] as Vec3,
  fingertipL: [0.235, W.fingertipHeight * H, 0.05] as Vec3,
} as const

/** Rest positions of the joints, by node name without the `joint_` prefix. */
export const JOINT_POSITIONS: Readonly<Record<string, Vec3>> = (() => {
  const j: Record<string, Vec3> = {
    pelvis: pelvisOrigin,
    hip_l: hipL,
    hip_r: mirrorX(hipL),
    knee_l: kneeL,
    knee_r: mirrorX(kneeL),
    ankle_l: ankleL,
    ankle_r: mirrorX(ankleL),
    subtalar_l: subtalarL,
    subtalar_r: mirrorX(subtalarL),
    mtp_l: mtpL,
    mtp_r: mirrorX(mtpL),
    shoulder_l: shoulderL,
    shoulder_r: mirrorX(shoulderL),
    elbow_l: elbowL,
    elbow_r: mirrorX(elbowL),
    wrist_l: wristL,
    wrist_r: mirrorX(wristL),
    C0_C1: atlantoOccipital,
  }
  for (const d of SPINE.discs) j[d.name] = d.centre
  return j
})()
