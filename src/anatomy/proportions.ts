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
