/**
 * The figures the skeleton is built from, each with its source. Copied from the project's
 * reference notes (biomechanics reference, section 3); nothing here is read at run time from elsewhere.
 * Units: metres and degrees.
 */

/** Adult stature the model is built for. */
export const STATURE = 1.75

/**
 * Landmark heights and segment lengths as fractions of stature: Drillis & Contini as reproduced in
 * Winter, "Biomechanics and Motor Control of Human Movement", Fig. 4.1.
 */
export const WINTER_FRACTIONS = {
  eyeHeight: 0.936,
  chinHeight: 0.87,
  shoulderHeight: 0.818,
  elbowHeight: 0.63,
  hipHeight: 0.53,
  wristHeight: 0.485,
  fingertipHeight: 0.377,
  kneeHeight: 0.285,
  ankleHeight: 0.039,
  headHeight: 0.13,
  thigh: 0.245,
  shank: 0.246,
  footLength: 0.152,
  footBreadth: 0.055,
  hipWidth: 0.191,
  shoulderWidth: 0.259,
  upperArm: 0.186,
  forearm: 0.146,
  hand: 0.108,
} as const

/**
 * Joint-centre geometry of the OpenSim gait2392 generic model (Delp 1990; Anderson & Pandy),
 * opensim-org/opensim-models `Models/Gait2392_Simbody/gait2392_thelen2003muscle.osim`, CC BY 3.0.
 */
export const OPENSIM_GAIT2392 = {
  /** Distance between the two hip joint centres. */
  interHipJointDistance: 0.167,
  /** Hip joint centre relative to the same-side anterior superior iliac spine (ASIS). */
  hipFromAsis: { posterior: 0.091, inferior: 0.096, medial: 0.045 },
  /** Subtalar joint relative to the ankle joint (posterior, inferior, lateral). */
  subtalarFromAnkle: { posterior: 0.04877, inferior: 0.04195, lateral: 0.00792 },
  /** Metatarsophalangeal joint relative to the subtalar joint (anterior, inferior). */
  mtpFromSubtalar: { anterior: 0.1788, inferior: 0.002 },
} as const

/**
 * Hip joint centre from the anterior superior iliac spines, as fractions of the inter-ASIS width:
 * 19 % posterior, 30 % inferior, 36 % lateral of the ASIS midpoint. Bell, Pedersen & Brand 1990,
 * J Biomech 23:617 (the regression clinical gait labs use; recalled, not in the reference notes).
 * The reference's OpenSim figure (ASIS 9.1 cm in front of the hip centre) comes from skin markers
 * on a generic model and makes a bony pelvis 3–4 cm too deep, so the bones follow Bell.
 */
export const BELL_HIP_CENTRE = { posterior: 0.19, inferior: 0.3, lateral: 0.36 } as const

/**
 * Lumbar spine, standing.
 * Segmental lordosis: Sci Rep 2022 (s41598-022-21840-x), Table 2, mean of all subjects (total 50.5°).
 * Disc heights (middle), L1/2 → L5/S1: Iranian MRI study (anatomyjournal.ir), adults 40–59 y.
 * Anterior and posterior disc heights from the same study.
 * Vertebral body sizes are textbook-order values (L1 ≈ 42 × 33 × 25 mm → L5 ≈ 50 × 35 × 25 mm).
 */
export const LUMBAR = {
  segmentalLordosis: { L1_L2: 1.2, L2_L3: 5.9, L3_L4: 9.1, L4_L5: 12.7, L5_S1: 21.6 },
  discHeightMiddle: { L1_L2: 0.01, L2_L3: 0.01159, L3_L4: 0.01245, L4_L5: 0.01382, L5_S1: 0.01299 },
  discHeightAnterior: { L1_L2: 0.01082, L2_L3: 0.01309, L3_L4: 0.01521, L4_L5: 0.01814, L5_S1: 0.01871 },
  discHeightPosterior: { L1_L2: 0.00731, L2_L3: 0.00858, L3_L4: 0.00908, L4_L5: 0.01014, L5_S1: 0.00851 },
  /** Body width × depth × height at the mid-level of each vertebra (textbook-order values). */
  body: {
    L1: { width: 0.042, depth: 0.033, height: 0.025 },
    L2: { width: 0.044, depth: 0.0335, height: 0.026 },
    L3: { width: 0.046, depth: 0.034, height: 0.0265 },
    L4: { width: 0.048, depth: 0.0345, height: 0.0265 },
    L5: { width: 0.05, depth: 0.035, height: 0.026 },
  },
  /** Standing lumbar lordosis T12–S1, 627 asymptomatic volunteers (PMC6680033). */
  standingLordosis: 49.8,
} as const

/**
 * Sacropelvic alignment used to place the sacrum: sacral slope and pelvic tilt of a typical adult
 * (pelvic incidence = slope + tilt ≈ 52°). Textbook-order values; the lordosis above sits on it.
 */
export const SACROPELVIC = { sacralSlope: 40, pelvicTilt: 13, hipAxisToS1Midpoint: 0.111 } as const

/** Hip and lower-limb bone geometry (biomechanics reference, section 3.3). */
export const LIMB_GEOMETRY = {
  /** Femoral neck–shaft angle, textbook ≈ 125° (Toogood 2009: 129°, CT median 122°). */
  femoralNeckShaftAngle: 125,
  /** Femoral anteversion, adults 8–14° (Toogood 9.7°, Jiang 10.6°). */
  femoralAnteversion: 12,
  /** External tibial torsion (Pfeifer 1995: 34.9 ± 8.6° by CT; aged cohort median 28.5°). */
  tibialTorsion: 30,
  /** Inter-ASIS width, 238 ± 20 mm (Augustine 2018); anterior pelvic plane height 92.7 mm. */
  interAsis: 0.238,
  appHeight: 0.0927,
  /** Sacrum (Oman Med J, PMC5799488): height 98 mm, S1 body width 40 mm, auricular height 56 mm. */
  sacrumHeight: 0.098,
  s1BodyWidth: 0.0403,
  auricularHeight: 0.0562,
  /** Patella ≈ 4.5–5 cm high and wide, 2–2.5 cm thick (textbook-order values). */
  patella: { height: 0.048, width: 0.047, thickness: 0.023 },
} as const

/**
 * Radiographic joint spaces of normal adult joints (the room the articular cartilage takes, which the
 * model leaves empty), metres. The model is checked against them on the mesh (tests/unit/model.test.ts).
 */
export const JOINT_SPACES = {
  /**
   * Hip, apical (superior) joint space: 4.19 ± 0.92 mm, range 2–7, 446 normal hips. Lequesne, Malghem &
   * Dion 2004, "The normal hip joint space: variations in width, shape, and architecture on 223 pelvic
   * radiographs", Ann Rheum Dis 63:1145, doi:10.1136/ard.2003.018424.
   */
  hip: { mean: 0.00419, sd: 0.00092 },
  /**
   * Knee, medial tibiofemoral minimum joint space in healthy men: 5.7 ± 0.8 mm. Beattie et al. 2008,
   * "Minimum joint space width and tibial cartilage morphology in the knees of healthy individuals",
   * BMC Musculoskelet Disord 9:119, doi:10.1186/1471-2474-9-119.
   */
  kneeTibiofemoral: { mean: 0.0057, sd: 0.0008 },
  /**
   * Patellofemoral: no measured figure in our sources; 4–5 mm is a judgement from the thickness of
   * the patellar cartilage (the thickest in the body, several millimetres) plus the trochlea's.
   */
  patellofemoral: { low: 0.004, high: 0.005 },
  /**
   * Ankle, tibiotalar (talocrural) joint space on weight-bearing views: medial 2.56 ± 0.50 mm, lateral
   * 2.45 ± 0.55 mm. Goker et al. 2009, "Quantification of the radiographic joint space width of the
   * ankle", Clin Orthop Relat Res 467:2083, doi:10.1007/s11999-009-0832-8.
   */
  ankle: { mean: 0.00256, sd: 0.0005 },
} as const

/**
 * Acetabular coverage: the lateral centre-edge angle of Wiberg (1939); normal adults about 25–40°,
 * under 20° dysplastic, over 40° over-covering (textbook values, e.g. Tannast et al. 2015, Clin Orthop
 * Relat Res 473:1255, doi:10.1007/s11999-014-3936-8). The model aims at 32°.
 */
export const ACETABULUM = { centreEdgeAngle: 32, normalCentreEdge: [25, 40] } as const

/**
 * Foot. Calcaneal pitch (inclination) on weight-bearing lateral radiographs: published medians
 * 18 ± 5° to 20.5 ± 1°, normal ranges 17–32° (Radiopaedia, "Calcaneal inclination angle",
 * radiopaedia.org/articles/calcaneal-inclination-angle); below about 17–18° reads as a flat foot.
 * Bone lengths: adult male calcaneus maximum length about 80–85 mm and talus about 55–60 mm are
 * textbook-order osteometric values (Steele 1976 and Holland 1995, Am J Phys Anthropol 96:315, measured
 * the same dimensions on the Hamann-Todd collection; their tables were not at hand).
 */
export const FOOT_BONES = {
  calcanealPitch: 21,
  calcaneusLength: [0.075, 0.085],
  talusLength: [0.05, 0.06],
} as const

/**
 * Cuboid, 60 adult dry bones (Moitra 2021, "A morphometric and morphological study on dry adult cuboid
 * bones", J Clin Diagn Res 15(1):AC01, doi:10.7860/JCDR/2021/47259.14447), means: medial length 33.41 mm,
 * lateral length 19.73 mm, height 26.17 mm; its facet for the calcaneus 24.24 mm tall (vertical diameter)
 * and 16.45 mm wide (transverse); the groove for peroneus longus 0.63 mm deep. SDs were not at hand.
 */
export const CUBOID = {
  medialLength: 0.03341,
  lateralLength: 0.01973,
  height: 0.02617,
  calcanealFacetHeight: 0.02424,
  calcanealFacetWidth: 0.01645,
  peronealGrooveDepth: 0.00063,
} as const

/**
 * Clavicle: end-to-end length 149.4 ± 10.3 mm in 68 cadaver clavicles scanned by CT (men longer than
 * women). Bernat et al. 2014, "The anatomy of the clavicle: a three-dimensional cadaveric study",
 * Clin Anat 27:712, doi:10.1002/ca.22288. It lies nearly horizontal, its lateral end a little higher
 * and swept back at most about 20° (textbook description).
 */
export const CLAVICLE = { length: 0.1494, sd: 0.0103, maxBackwardSweep: 20 } as const
