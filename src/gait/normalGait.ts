/**
 * The measured walking data the gait engine is built on, copied from the project's biomechanics
 * reference (section 6) so nothing is read at run time from elsewhere, plus a smooth periodic
 * interpolator over the gait cycle.
 *
 * Two sources, both from the opensim-org/opensim-models repository (models CC BY 3.0):
 * - OPENSIM_NORMAL_GAIT: `Tutorials/Intro_to_Musculoskeletal_Modeling/normal.mot` ("normal_gait",
 *   51 rows, one cycle from right initial contact, identical to `Models/Gait2392_Simbody/Tutorial1/normal.mot`),
 *   reference section 6.1. Right side only: the file is left/right symmetric by construction, so the
 *   left leg is the right leg half a cycle later. Hip, knee and ankle are already in clinical signs
 *   (the reference converted knee = −knee_angle); the pelvis columns keep OpenSim's signs.
 * - OPENSIM_SUBJECT01: `Pipelines/Gait2392_Simbody/subject01_walk1_ik.mot` (commit a26e12cb), real
 *   marker-based inverse kinematics of one subject, one right stride (t = 1.817 → 3.050 s) resampled
 *   every 2 %, reference section 6.3. Used for the lumbar spine (torso relative to pelvis) and the
 *   pelvis translations, which normal.mot does not measure.
 * Pure: no React, no three.
 */

/** Number of rows in each table: 0, 2, …, 100 % of the gait cycle. */
export const TABLE_SAMPLES = 51

/**
 * OpenSim "normal_gait" (normal.mot), reference section 6.1, right side, 0 % = right initial contact.
 * Degrees. Source: opensim-org/opensim-models, Tutorials/Intro_to_Musculoskeletal_Modeling/normal.mot.
 */
export const OPENSIM_NORMAL_GAIT = {
  /** Hip flexion, right (°, + = flexion). Clinical sign, as in the reference. */
  hipFlexion: [
    24.61, 24.45, 24.13, 23.68, 22.96, 21.78, 20.24, 18.41, 16.38, 14.19, 11.91, 9.58, 7.22, 4.87, 2.57,
    0.33, -1.85, -3.98, -6.06, -8.1, -10.06, -11.88, -13.5, -14.85, -15.88, -16.56, -16.82, -16.53, -15.4,
    -13.44, -10.65, -7.15, -3.16, 0.95, 4.93, 8.63, 11.96, 14.96, 17.62, 19.89, 21.76, 23.24, 24.33, 24.98,
    25.26, 25.25, 25.04, 24.8, 24.66, 24.66, 24.7
  ],
  /** Knee flexion, right (°, + = flexion; = −knee_angle). */
  kneeFlexion: [
    3.94, 6.66, 9.45, 12.26, 14.76, 16.37, 17.04, 16.93, 16.24, 15.15, 13.87, 12.46, 10.95, 9.42, 7.96, 6.59,
    5.37, 4.29, 3.4, 2.72, 2.37, 2.44, 3, 4.08, 5.83, 8.2, 11.29, 15.19, 20.17, 26.06, 32.67, 39.6, 46.16,
    51.68, 55.66, 57.83, 58.25, 57.28, 55.06, 51.58, 46.99, 41.48, 35.19, 28.31, 21.23, 14.44, 8.48, 4.3,
    2.27, 2.35, 4.14
  ],
  /** Ankle dorsiflexion, right (°, + = dorsiflexion; = ankle_angle). */
  ankleDorsiflexion: [
    -1.7, -3.25, -4.68, -5.08, -4.17, -2.5, -0.83, 0.65, 1.92, 2.98, 3.88, 4.64, 5.25, 5.78, 6.28, 6.78, 7.3,
    7.86, 8.44, 9.05, 9.63, 10.16, 10.56, 10.75, 10.54, 9.81, 8.26, 5.52, 1.11, -4.36, -9.73, -13.37, -14.07,
    -12.62, -10.16, -7.6, -5.28, -3.2, -1.34, 0.23, 1.44, 2.24, 2.58, 2.39, 1.83, 1.16, 0.54, 0.18, 0.07,
    -0.01, -0.5
  ],
  /** Hip adduction, right (°, + = adduction; hip_adduction_r). */
  hipAdduction: [
    1.09, 1.59, 2.22, 3.01, 3.92, 4.78, 5.45, 5.85, 6.01, 5.96, 5.8, 5.57, 5.31, 5.06, 4.83, 4.64, 4.49,
    4.38, 4.31, 4.26, 4.2, 4.11, 3.95, 3.68, 3.26, 2.68, 1.94, 0.99, -0.19, -1.48, -2.69, -3.62, -4.1, -4.16,
    -3.88, -3.38, -2.79, -2.18, -1.61, -1.1, -0.66, -0.28, 0.03, 0.27, 0.44, 0.53, 0.57, 0.59, 0.67, 0.86,
    1.18
  ],
  /** pelvis_list, OpenSim sign (°, + = right hemipelvis down = left side up). */
  pelvisList: [
    -0.47, -0.87, -1.4, -2.06, -2.76, -3.37, -3.82, -4.08, -4.1, -3.89, -3.49, -2.96, -2.37, -1.78, -1.25,
    -0.78, -0.41, -0.13, 0.06, 0.18, 0.24, 0.28, 0.32, 0.39, 0.54, 0.79, 1.17, 1.69, 2.34, 3.01, 3.61, 4.07,
    4.35, 4.42, 4.26, 3.88, 3.36, 2.78, 2.2, 1.68, 1.24, 0.89, 0.65, 0.51, 0.44, 0.41, 0.42, 0.41, 0.36,
    0.23, 0.02
  ],
  /** pelvis_rotation, OpenSim sign (°, + = right hemipelvis forward). */
  pelvisRotation: [
    2.43, 2.56, 2.52, 2.29, 1.97, 1.73, 1.66, 1.75, 1.94, 2.12, 2.24, 2.29, 2.25, 2.13, 1.95, 1.72, 1.43,
    1.08, 0.65, 0.15, -0.45, -1.09, -1.73, -2.32, -2.78, -3.11, -3.27, -3.25, -3.05, -2.81, -2.66, -2.68,
    -2.87, -3.14, -3.37, -3.52, -3.57, -3.54, -3.45, -3.3, -3.1, -2.87, -2.6, -2.27, -1.88, -1.42, -0.9,
    -0.39, 0.07, 0.46, 0.78
  ],
  /** pelvis_tilt, OpenSim sign (°, + = POSTERIOR tilt; relative to the model's neutral pelvis). */
  pelvisTilt: [
    -1.87, -1.81, -1.71, -1.59, -1.47, -1.39, -1.38, -1.43, -1.52, -1.64, -1.75, -1.87, -1.96, -2.06, -2.15,
    -2.26, -2.36, -2.45, -2.52, -2.56, -2.55, -2.49, -2.41, -2.33, -2.26, -2.19, -2.1, -1.98, -1.81, -1.64,
    -1.52, -1.49, -1.54, -1.63, -1.74, -1.84, -1.94, -2.02, -2.09, -2.14, -2.18, -2.23, -2.29, -2.34, -2.35,
    -2.33, -2.26, -2.17, -2.08, -2.08, -1.89
  ],
} as const satisfies Record<string, readonly number[]>

/**
 * OpenSim example subject01, real inverse kinematics, one right stride resampled every 2 %
 * (reference section 6.3). OpenSim signs. Source: opensim-org/opensim-models,
 * Pipelines/Gait2392_Simbody/subject01_walk1_ik.mot, commit a26e12cb6aaecb8b00fa937fbd19680cced90007.
 */
export const OPENSIM_SUBJECT01 = {
  /** lumbar_extension (°, + = extension of the torso on the pelvis). */
  lumbarExtension: [
    -18.41, -18.44, -18.36, -17.7, -17.27, -17, -16.95, -16.88, -16.69, -16.52, -16.81, -17.11, -17.41,
    -17.61, -17.6, -17.79, -17.8, -17.89, -18, -17.97, -18.05, -17.7, -17.82, -17.79, -18.12, -18.32, -18.35,
    -17.91, -17.2, -16.92, -16.86, -16.85, -16.47, -16.35, -16.59, -16.72, -16.97, -17.34, -17.77, -18.04,
    -18.14, -18.32, -18.4, -18.36, -18.41, -18.31, -17.96, -17.83, -17.64, -17.97, -18.15
  ],
  /** lumbar_bending (°, + = torso bends to its right, about the forward axis). */
  lumbarBending: [
    -3.2, -2.51, -1.65, -0.75, 0.17, 1.05, 1.74, 2.52, 3.52, 4.7, 5.39, 5.38, 4.91, 4.25, 3.58, 2.88, 2.37,
    1.96, 1.97, 2.09, 2.31, 2.71, 3.16, 3.46, 3.52, 3.42, 2.65, 1.78, 0.6, -0.28, -1.17, -1.91, -2.68, -3.42,
    -4.18, -4.75, -4.54, -4.1, -3.46, -2.71, -1.99, -1.37, -0.95, -1.05, -1.12, -1.59, -2, -2.67, -3.06,
    -2.93, -2.28
  ],
  /** lumbar_rotation (°, + = torso turns to its left, about the vertical axis). */
  lumbarRotation: [
    -8.06, -8.54, -8.63, -8.93, -9.12, -8.97, -9.1, -8.91, -7.97, -7.11, -5.97, -4.55, -3.18, -1.98, -0.75,
    0.12, 0.91, 1.42, 1.9, 2.11, 2.79, 3.28, 3.54, 3.59, 4.16, 4.24, 4.4, 4.19, 4.22, 4.49, 4.29, 3.95, 3.59,
    3.09, 2.12, 1.4, 0.1, -1.07, -2.61, -3.54, -4.57, -4.95, -5.66, -5.87, -6.06, -5.83, -6.01, -5.96, -6.15,
    -6.66, -7.21
  ],
  /** pelvis_ty (m): height of the pelvis origin above the lab floor. */
  pelvisTy: [
    1.01, 1.0069, 1.0047, 1.0035, 1.0039, 1.0059, 1.0083, 1.0106, 1.0125, 1.0155, 1.0197, 1.0249, 1.0307,
    1.0356, 1.0393, 1.042, 1.0431, 1.0431, 1.0418, 1.0393, 1.036, 1.0312, 1.0263, 1.0211, 1.0167, 1.0122,
    1.0094, 1.0078, 1.0075, 1.0086, 1.011, 1.0144, 1.0173, 1.0202, 1.0243, 1.0279, 1.0322, 1.0365, 1.0403,
    1.0427, 1.044, 1.0446, 1.0439, 1.0416, 1.0388, 1.0345, 1.0292, 1.0231, 1.0171, 1.012, 1.008
  ],
  /** pelvis_tz (m, + = to the subject's right). */
  pelvisTz: [
    -0.0077, -0.0062, -0.0035, -0.001, 0.0019, 0.0048, 0.0079, 0.0117, 0.0165, 0.0218, 0.0271, 0.0314,
    0.0357, 0.0395, 0.0429, 0.0454, 0.0476, 0.0494, 0.0507, 0.0517, 0.0521, 0.052, 0.0516, 0.0506, 0.0495,
    0.0485, 0.0466, 0.0435, 0.0405, 0.0379, 0.0344, 0.0299, 0.0253, 0.02, 0.0143, 0.0091, 0.0039, -0.0007,
    -0.0043, -0.0075, -0.0099, -0.0115, -0.0131, -0.0142, -0.0146, -0.0147, -0.0141, -0.0133, -0.0125,
    -0.0124, -0.0117
  ],
} as const satisfies Record<string, readonly number[]>

/** Wraps any real phase into [0, 1). */
export function wrapPhase(phase: number): number {
  const p = phase - Math.floor(phase)
  return p >= 1 ? 0 : p
}

/**
 * A smooth curve over the gait cycle through tabulated samples: a uniform Catmull-Rom spline on the
 * circle, so it passes through every sample and has a continuous value and slope across the wrap
 * from 100 % back to 0 %.
 *
 * The tables list both 0 % and 100 %, which are the same instant of a periodic cycle but were measured
 * as two slightly different numbers (normal.mot pelvis_rotation: 2.43° vs 0.78°). The curve uses their
 * mean for that one knot, so it misses those two rows by half their difference (at most 0.83°, pelvis
 * rotation) and matches every other row exactly.
 */
export class PeriodicCurve {
  /** Number of knots on the circle (samples − 1). */
  readonly knots: number
  /** Mean of the curve over the cycle (mean of the knots). */
  readonly mean: number
  readonly min: number
  readonly max: number
  // Cubic coefficients per segment: value = c0 + c1 t + c2 t² + c3 t³, t in [0, 1).
  private readonly c0: Float64Array
  private readonly c1: Float64Array
  private readonly c2: Float64Array
  private readonly c3: Float64Array

  /**
   * @param samples evenly spaced samples from 0 % to 100 % inclusive (first and last the same instant).
   * @param scale multiplies every sample (e.g. −1 to change a sign convention).
   * @param offset added after scaling.
   */
  constructor(samples: readonly number[], scale = 1, offset = 0) {
    if (samples.length < 4) throw new Error('PeriodicCurve needs at least 4 samples')
    const n = samples.length - 1
    const v = new Float64Array(n)
    for (let i = 0; i < n; i++) v[i] = samples[i]! * scale + offset
    v[0] = ((samples[0]! + samples[n]!) / 2) * scale + offset
    this.knots = n
    this.c0 = new Float64Array(n)
    this.c1 = new Float64Array(n)
    this.c2 = new Float64Array(n)
    this.c3 = new Float64Array(n)
    let sum = 0
    let min = Infinity
    let max = -Infinity
    for (let i = 0; i < n; i++) {
      const p0 = v[(i - 1 + n) % n]!
      const p1 = v[i]!
      const p2 = v[(i + 1) % n]!
      const p3 = v[(i + 2) % n]!
      this.c0[i] = p1
      this.c1[i] = 0.5 * (p2 - p0)
      this.c2[i] = 0.5 * (2 * p0 - 5 * p1 + 4 * p2 - p3)
      this.c3[i] = 0.5 * (-p0 + 3 * p1 - 3 * p2 + p3)
      sum += p1
      if (p1 < min) min = p1
      if (p1 > max) max = p1
    }
    this.mean = sum / n
    this.min = min
    this.max = max
  }

  /** The value at a phase of the cycle (any real number; wrapped into [0, 1)). */
  at(phase: number): number {
    const x = wrapPhase(phase) * this.knots
    let i = Math.floor(x)
    if (i >= this.knots) i = 0
    const t = x - i
    return this.c0[i]! + t * (this.c1[i]! + t * (this.c2[i]! + t * this.c3[i]!))
  }
}

/**
 * The normal-walking curves in the app's CLINICAL signs (see src/anatomy/joints.ts), right side.
 * Sign conversions from OpenSim:
 * - pelvis obliquity (left side up +) = pelvis_list (+ = right side down);
 * - pelvis rotation (right side forward +) = pelvis_rotation (+ = right side forward);
 * - pelvis flexion (anterior tilt +) = −pelvis_tilt (+ = posterior tilt);
 * - spine adduction (bend to the left +) = −lumbar_bending (+ = bend to the right);
 * - spine rotation (turn to the left +) = lumbar_rotation (+ = turn to the left);
 * - spine flexion (+ = forward) = −lumbar_extension, centred on its cycle mean (subject01 stands
 *   with −18° of "extension" relative to OpenSim's neutral torso, a model offset, not gait);
 * - lumbar bending and rotation are centred on their cycle means as well (+0.2° and −2.2° are one
 *   subject's standing asymmetry, not part of the gait pattern);
 * - lateral sway: pelvis x (+ = the skeleton's left) = −pelvis_tz, centred on its mean.
 */
export const NORMAL_CURVES = {
  hipFlexion: new PeriodicCurve(OPENSIM_NORMAL_GAIT.hipFlexion),
  kneeFlexion: new PeriodicCurve(OPENSIM_NORMAL_GAIT.kneeFlexion),
  ankleDorsiflexion: new PeriodicCurve(OPENSIM_NORMAL_GAIT.ankleDorsiflexion),
  hipAdduction: new PeriodicCurve(OPENSIM_NORMAL_GAIT.hipAdduction),
  pelvisObliquity: new PeriodicCurve(OPENSIM_NORMAL_GAIT.pelvisList),
  pelvisRotation: new PeriodicCurve(OPENSIM_NORMAL_GAIT.pelvisRotation),
  pelvisFlexion: new PeriodicCurve(OPENSIM_NORMAL_GAIT.pelvisTilt, -1),
  lumbarFlexion: centred(OPENSIM_SUBJECT01.lumbarExtension, -1),
  lumbarAdduction: centred(OPENSIM_SUBJECT01.lumbarBending, -1),
  lumbarRotation: centred(OPENSIM_SUBJECT01.lumbarRotation, 1),
  pelvisSwayX: centred(OPENSIM_SUBJECT01.pelvisTz, -1),
  /** Measured pelvis height (m, not centred): only used to check the engine's own vertical motion. */
  pelvisHeight: new PeriodicCurve(OPENSIM_SUBJECT01.pelvisTy),
} as const

function centred(samples: readonly number[], scale: number): PeriodicCurve {
  const raw = new PeriodicCurve(samples, scale)
  return new PeriodicCurve(samples, scale, -raw.mean)
}
