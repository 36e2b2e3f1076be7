/**
 * Where neighbouring bones meet. Bone groups are authored in separate files (spine, pelvis and leg,
 * foot, context); these shared fit points keep them touching in the right places. Model space:
 * metres, +Y up, facing +Z, the skeleton's left = +X. Left side given; mirror x for the right.
 *
 * Change a value here only together with every file that uses it.
 */
import { JOINT_POSITIONS, LANDMARKS, SPINE, type Vec3 } from '../../../../src/anatomy/skeletonLayout'
import { JOINT_SPACES, LIMB_GEOMETRY, LUMBAR } from '../../../../src/anatomy/proportions'

const J = (name: string): Vec3 => JOINT_POSITIONS[name]!
const hip = J('hip_l')
const knee = J('knee_l')
const ankle = J('ankle_l')

function unit(x: number, y: number, z: number): Vec3 {
  const l = Math.hypot(x, y, z)
  return [x / l, y / l, z / l]
}

/** Hip joint: femoral head in the acetabulum. */
export const HIP_JOINT = {
  centreL: hip,
  femoralHeadRadius: 0.0235,
  /**
   * Radius of the acetabulum's lunate (articular) surface: the head plus the measured apical joint
   * space (JOINT_SPACES.hip, about 4 mm of cartilage on both surfaces), and 0.3 mm that the faceted mesh
   * takes back.
   */
  acetabulumRadius: 0.0235 + JOINT_SPACES.hip.mean + 0.0003,
  /**
   * Outward axis of the acetabular opening: 50° inclination (anatomical, as CT measures it), 20°
   * anteversion. With the rim plane set in pelvis.ts this gives a lateral centre-edge angle near 32°.
   */
  acetabulumAxisL: ((inc: number, av: number) => unit(Math.sin(inc) * Math.cos(av), -Math.cos(inc), Math.sin(inc) * Math.sin(av)))((50 * Math.PI) / 180, (20 * Math.PI) / 180),
  neckShaftAngle: LIMB_GEOMETRY.femoralNeckShaftAngle,
  anteversion: LIMB_GEOMETRY.femoralAnteversion,
}

/** Sacroiliac joint: the sacrum's auricular surface meets the ilium's (inter-auricular distance 108.7 mm). */
export const SACROILIAC = {
  /** Centre of the left auricular surface. */
  centreL: [0.05, SPINE.sacrum.s1Midpoint[1] - 0.0205, SPINE.sacrum.s1Midpoint[2] - 0.0284] as Vec3,
  /** The joint surface is an L-shaped ear about 56 mm tall. */
  height: LIMB_GEOMETRY.auricularHeight,
  /**
   * Outward normal of the sacrum's left ear: lateral, a little backward and down. The joint runs from
   * front-outer to back-inner, about 15° from sagittal (lib/pelvis-joint.ts builds both surfaces on it).
   */
  normalL: unit(1, -0.08, -0.27),
}

/** Pubic symphysis: the two pubic bodies end 2–3 mm from the midline (the disc between them is not modelled). */
export const SYMPHYSIS = { halfGap: 0.0025, topY: LANDMARKS.pubicTubercleL[1] + 0.006, centreZ: LANDMARKS.pubicTubercleL[2] - 0.006, height: 0.04 }

/** Knee: femoral condyles on the tibial plateau, patella in front of the femoral groove. */
export const KNEE_JOINT = {
  centreL: knee,
  /**
   * Top of the tibial plateau's articular surface; the condyles rest `condyleGap` above it (cartilage
   * and menisci). The concave medial plateau adds about 2 mm there, so the medial joint space on the
   * mesh comes to about 6.5 mm and the lateral to 5 mm (JOINT_SPACES.kneeTibiofemoral: 5.7 ± 0.8 mm).
   */
  plateauY: knee[1] - 0.018,
  condyleGap: 0.0045,
  /** Femoral epicondylar width (knee width ≈ 0.10 m with skin, OpenSim markers). */
  epicondylarWidth: 0.085,
  plateauWidth: 0.076,
  /** Clear of the trochlea by the patellofemoral cartilage (JOINT_SPACES.patellofemoral). */
  patellaCentreL: [knee[0] + 0.004, knee[1] + 0.026, knee[2] + 0.0515] as Vec3,
  patella: LIMB_GEOMETRY.patella,
  /** Head of the fibula: under the lateral tibial condyle, towards the back. */
  fibulaHeadL: [knee[0] + 0.034, knee[1] - 0.042, knee[2] - 0.018] as Vec3,
  tibialTorsion: LIMB_GEOMETRY.tibialTorsion,
}

/** Ankle mortise: the talar trochlea turns under the tibial plafond between the malleoli. */
export const ANKLE_JOINT = {
  centreL: ankle,
  /** The trochlea is an arc of this radius about the joint centre, so its top is at centre y + radius. */
  trochleaRadius: 0.021,
  /** The tibial plafond sits 2 mm above the top of the trochlea. */
  plafondY: ankle[1] + 0.021 + 0.002,
  /** Inner faces of the malleoli: the mortise is about 29 mm wide. */
  mortiseHalfWidth: 0.0145,
  /** About 13 mm (medial) and 28 mm (lateral) below the plafond, the lateral further back. */
  medialMalleolusTipL: [ankle[0] - 0.019, ankle[1] + 0.023 - 0.013, ankle[2] + 0.004] as Vec3,
  lateralMalleolusTipL: [ankle[0] + 0.02, ankle[1] + 0.023 - 0.028, ankle[2] - 0.01] as Vec3,
}

/** The foot stands on the floor: calcaneal tuberosity and metatarsal heads touch y = 0. */
export const FOOT = {
  heelBackL: [ankle[0] + 0.002, 0.02, ankle[2] - 0.062] as Vec3,
  mtpL: J('mtp_l'),
  subtalarL: J('subtalar_l'),
  /** Bony foot length from the back of the heel to the tip of the second toe. */
  length: 0.255,
  breadthAtMetatarsalHeads: 0.088,
}

/** Thoracic vertebral bodies (textbook-order sizes, growing down the column) and where the ribs meet them. */
export const THORACIC = SPINE.thoracic.map((level, i) => {
  // SPINE.thoracic runs T12 (i = 0) up to T1 (i = 11).
  const n = 12 - i
  const t = (n - 1) / 11
  const width = 0.026 + 0.014 * t
  const depth = 0.017 + 0.013 * t
  const centre: Vec3 = [0, (level.lower[1] + level.upper[1]) / 2, (level.lower[2] + level.upper[2]) / 2]
  return {
    name: `T${n}`,
    level,
    width,
    depth,
    centre,
    /** Rib n's head meets the side of body n near its upper edge (ribs 1, 10, 11, 12 on their own body). */
    ribHeadL: [0.015 + 0.004 * t, level.upper[1] - 0.004, centre[2] - depth * 0.25] as Vec3,
    /** Tip of the transverse process; ribs 1–10 have their tubercle here. */
    transverseTipL: [0.042 - 0.006 * t, centre[1] + 0.003, centre[2] - depth / 2 - 0.028] as Vec3,
  }
})

/** Lumbar body sizes (re-exported for the spine recipes). */
export const LUMBAR_BODY = LUMBAR.body

/** Shoulder: humeral head in the glenoid, acromion above it. */
export const SHOULDER_JOINT = {
  centreL: J('shoulder_l'),
  humeralHeadRadius: 0.023,
  /** The glenoid faces lateral and a little forward, 2 mm from the head. */
  glenoidAxisL: unit(1, 0, 0.35),
  acromionTipL: [J('shoulder_l')[0] + 0.008, J('shoulder_l')[1] + 0.03, J('shoulder_l')[2] + 0.006] as Vec3,
  /** Sternoclavicular joint beside the jugular notch. */
  sternoclavicularL: [0.022, 1.448, 0.08] as Vec3,
}
