/**
 * Where each muscle strand attaches, as read from the OpenSim gait2392 generic model
 * (opensim-org/opensim-models, Models/Gait2392_Simbody/gait2392_thelen2003muscle.osim, commit 20a888b9;
 * Delp et al. 1990, Anderson & Pandy 1999/2001; CC BY 3.0): PathPoint locations of the right-side
 * muscles, in metres, in the frame of the named OpenSim body (x forward, y up, z right).
 * Figures only; `deriveAttachments.ts` maps them onto our skeleton's bones and writes
 * src/anatomy/muscleAttachments.ts.
 *
 * `bones`: the bones of our skeleton the point is snapped onto (the nearest surface among them).
 * `nudge` (mm, our model axes, left side): where our generated bone differs from OpenSim's generic one
 * (our pelvis follows Bell's hip-centre regression and is shallower in front), the point is moved to the
 * same anatomical spot on our bone before snapping. Every nudge says why.
 * `own`: a point of our own, in model coordinates (left side, mm), where gait2392 has no such muscle
 * (quadratus lumborum) or cuts the muscle short (psoas, lumbar erector spinae stop at its rigid torso).
 */

export type OsimBody = 'pelvis' | 'femur' | 'tibia' | 'calcn' | 'torso'

export interface PointSpec {
  body?: OsimBody
  at?: readonly [number, number, number]
  own?: readonly [number, number, number]
  bones: readonly string[]
  nudge?: readonly [number, number, number]
}

export interface StrandSpec {
  /** OpenSim muscle name (or ours, for points of our own). */
  strand: string
  origin: PointSpec
  via: readonly PointSpec[]
  insertion: PointSpec
}

const P = (at: PointSpec['at'], bones: string[], nudge?: PointSpec['nudge']): PointSpec => ({ body: 'pelvis', at, bones, nudge })
const F = (at: PointSpec['at'], bones: string[] = ['femur_l'], nudge?: PointSpec['nudge']): PointSpec => ({ body: 'femur', at, bones, nudge })
const T = (at: PointSpec['at'], bones: string[] = ['tibia_l'], nudge?: PointSpec['nudge']): PointSpec => ({ body: 'tibia', at, bones, nudge })
const C = (at: PointSpec['at'], bones: string[], nudge?: PointSpec['nudge']): PointSpec => ({ body: 'calcn', at, bones, nudge })
const OWN = (own: PointSpec['own'], bones: string[]): PointSpec => ({ own, bones })

const HIP = ['hip_bone_l']
const PATELLA = ['patella_l']
const HEEL = ['calcaneus_l']
const TIBFIB = ['tibia_l', 'fibula_l']
const ISCHIUM_NUDGE = [0, -20, 20] as const // gait2392's tuberosity sits higher and further back than ours

/** Muscle name -> its strands (left side of our model is derived from gait2392's right side). */
export const OPENSIM_PATHS: Record<string, readonly StrandSpec[]> = {
  gluteus_medius: [
    { strand: 'glut_med1', origin: P([-0.0408, 0.0304, 0.1209], HIP, [0, 0, -12]), via: [], insertion: F([-0.0218, -0.0117, 0.0555]) },
    { strand: 'glut_med2', origin: P([-0.0855, 0.0445, 0.0766], HIP), via: [], insertion: F([-0.0258, -0.0058, 0.0527]) },
    { strand: 'glut_med3', origin: P([-0.1223, 0.0105, 0.0648], HIP), via: [], insertion: F([-0.0309, -0.0047, 0.0518]) },
  ],
  gluteus_minimus: [
    { strand: 'glut_min1', origin: P([-0.0467, -0.008, 0.1056], HIP, [0, 0, -10]), via: [], insertion: F([-0.0072, -0.0104, 0.056]) },
    { strand: 'glut_min2', origin: P([-0.0633, -0.0065, 0.0991], HIP), via: [], insertion: F([-0.0096, -0.0104, 0.056]) },
    { strand: 'glut_min3', origin: P([-0.0834, -0.0063, 0.0856], HIP), via: [], insertion: F([-0.0135, -0.0083, 0.055]) },
  ],
  gluteus_maximus: [
    { strand: 'glut_max1', origin: P([-0.1195, 0.0612, 0.07], HIP), via: [P([-0.1291, 0.0012, 0.0886], HIP)], insertion: F([-0.0277, -0.0566, 0.047]) },
    { strand: 'glut_max2', origin: P([-0.1349, 0.0176, 0.0563], ['hip_bone_l', 'sacrum']), via: [P([-0.1376, -0.052, 0.0914], HIP)], insertion: F([-0.0156, -0.1016, 0.0419]) },
    { strand: 'glut_max3', origin: P([-0.1556, -0.0314, 0.0058], ['sacrum', 'coccyx']), via: [P([-0.1529, -0.1052, 0.0403], HIP)], insertion: F([-0.006, -0.1419, 0.0411]) },
  ],
  iliopsoas: [
    {
      strand: 'iliacus',
      origin: P([-0.0674, 0.0365, 0.0854], HIP),
      via: [P([-0.0258, -0.055, 0.0811], HIP), P([-0.0288, -0.0805, 0.0816], HIP)],
      insertion: F([-0.0193, -0.0621, 0.0129]),
    },
    {
      strand: 'psoas',
      // The psoas arises from the bodies and transverse processes of T12–L4; gait2392 starts it at L5.
      origin: OWN([24, 1175, -10], ['vertebra_L2']),
      via: [P([-0.0647, 0.0887, 0.0289], ['vertebra_L5']), P([-0.0238, -0.057, 0.0759], HIP), P([-0.0288, -0.0805, 0.0816], HIP)],
      insertion: F([-0.0188, -0.0597, 0.0104]),
    },
  ],
  tensor_fasciae_latae: [
    {
      strand: 'tfl',
      origin: P([-0.0311, 0.0214, 0.1241], HIP, [0, 0, -14]),
      via: [F([0.0294, -0.0995, 0.0597]), F([0.0054, -0.4049, 0.0357])],
      insertion: T([0.006, -0.0487, 0.0297]),
    },
  ],
  adductors: [
    { strand: 'add_long', origin: P([-0.0316, -0.0836, 0.0169], HIP, [0, 0, -12]), via: [], insertion: F([0.005, -0.2111, 0.0234]) },
    { strand: 'add_brev', origin: P([-0.0587, -0.0915, 0.0164], HIP), via: [], insertion: F([0.0009, -0.1196, 0.0294]) },
    { strand: 'add_mag1', origin: P([-0.0732, -0.1174, 0.0255], HIP), via: [], insertion: F([-0.0045, -0.1211, 0.0339]) },
    { strand: 'add_mag2', origin: P([-0.0831, -0.1192, 0.0308], HIP), via: [], insertion: F([0.0054, -0.2285, 0.0227]) },
    { strand: 'add_mag3', origin: P([-0.11108, -0.11413, 0.04882], HIP, ISCHIUM_NUDGE), via: [], insertion: F([0.007, -0.3837, -0.0266]) },
  ],
  rectus_femoris: [
    // Insertion: gait2392's moving point on the tibia at full knee extension, i.e. the top of the patella.
    { strand: 'rect_fem', origin: P([-0.0295, -0.0311, 0.0968], HIP, [0, 0, -10]), via: [], insertion: T([0.0618, 0.021, 0.0014], PATELLA) },
  ],
  vasti: [
    { strand: 'vas_med', origin: F([0.014, -0.2099, 0.0188]), via: [F([0.0356, -0.2769, 0.0009])], insertion: T([0.056, 0.0218, -0.0146], PATELLA) },
    { strand: 'vas_int', origin: F([0.029, -0.1924, 0.031]), via: [F([0.0335, -0.2084, 0.0285])], insertion: T([0.0555, 0.0253, 0.0018], PATELLA) },
    { strand: 'vas_lat', origin: F([0.0048, -0.1854, 0.0349]), via: [F([0.0269, -0.2591, 0.0409])], insertion: T([0.06, 0.0196, 0.0165], PATELLA) },
    // gait2392's vasti are lines of action from mid-shaft; the muscles themselves arise higher, vastus
    // lateralis from below the greater trochanter and vastus medialis from the intertrochanteric line
    // (our own points, in gait2392's femur frame), so the front of the thigh is covered as it is.
    { strand: 'vas_lat_upper', origin: F([0.012, -0.085, 0.038]), via: [F([0.03, -0.2, 0.042])], insertion: T([0.06, 0.0196, 0.0165], PATELLA) },
    { strand: 'vas_med_upper', origin: F([0.008, -0.1, -0.002]), via: [F([0.03, -0.28, -0.012])], insertion: T([0.056, 0.0218, -0.0146], PATELLA) },
  ],
  hamstrings: [
    { strand: 'semimem', origin: P([-0.1192, -0.09747, 0.07151], HIP, ISCHIUM_NUDGE), via: [T([-0.0348, -0.03519, -0.01891])], insertion: T([-0.027, -0.04771, -0.01957]) },
    {
      strand: 'semiten',
      origin: P([-0.12635, -0.10988, 0.06039], HIP, ISCHIUM_NUDGE),
      via: [T([-0.04203, -0.02859, -0.02277]), T([-0.03322, -0.05282, -0.02288]), T([-0.0113, -0.0746, -0.0245])],
      insertion: T([0.0027, -0.0956, -0.0193]),
    },
    { strand: 'bifemlh', origin: P([-0.12596, -0.10257, 0.06944], HIP, ISCHIUM_NUDGE), via: [T([-0.0301, -0.036, 0.02943], TIBFIB)], insertion: T([-0.0234, -0.0563, 0.0343], ['fibula_l']) },
    { strand: 'bifemsh', origin: F([0.005, -0.2111, 0.0234]), via: [T([-0.0301, -0.036, 0.02943], TIBFIB)], insertion: T([-0.0234, -0.0563, 0.0343], ['fibula_l']) },
  ],
  gastrocnemius: [
    { strand: 'med_gas', origin: F([-0.019, -0.3929, -0.0235]), via: [F([-0.03, -0.4022, -0.0258])], insertion: C([0, 0.031, -0.0053], HEEL) },
    { strand: 'lat_gas', origin: F([-0.022, -0.3946, 0.0272]), via: [F([-0.03, -0.4018, 0.0274])], insertion: C([0, 0.031, -0.0053], HEEL) },
  ],
  soleus: [
    { strand: 'soleus', origin: T([-0.0024, -0.1533, 0.0071], TIBFIB), via: [], insertion: C([0, 0.031, -0.0053], HEEL) },
    // The soleus also arises from the back of the fibular head and upper shaft (our own point).
    { strand: 'soleus_fibular', origin: T([-0.02, -0.1, 0.033], ['fibula_l']), via: [], insertion: C([0, 0.031, -0.0053], HEEL) },
  ],
  tibialis_anterior: [
    {
      strand: 'tib_ant',
      origin: T([0.0179, -0.1624, 0.0115], TIBFIB),
      via: [T([0.0329, -0.3951, -0.0177])],
      insertion: C([0.1166, 0.0178, -0.0305], ['cuneiform_medial_l', 'metatarsal_1_l']),
    },
  ],
  peroneals: [
    {
      strand: 'per_long',
      origin: T([0.0005, -0.1568, 0.0362], ['fibula_l']),
      via: [T([-0.0207, -0.4205, 0.0286], ['fibula_l']), T([-0.0162, -0.4319, 0.0289], ['fibula_l']), C([0.0438, 0.023, 0.0221], HEEL), C([0.0681, 0.0106, 0.0284], ['cuboid_l'])],
      insertion: C([0.1203, 0.0085, -0.0184], ['cuneiform_medial_l', 'metatarsal_1_l']),
    },
    {
      strand: 'per_brev',
      origin: T([-0.007, -0.2646, 0.0325], ['fibula_l']),
      via: [T([-0.0198, -0.4184, 0.0283], ['fibula_l']), T([-0.0144, -0.4295, 0.0289], ['fibula_l']), C([0.0471, 0.027, 0.0233], HEEL)],
      insertion: C([0.0677, 0.0219, 0.0343], ['metatarsal_5_l', 'cuboid_l']),
    },
  ],
  erector_spinae: [
    {
      strand: 'ercspn',
      origin: P([-0.14, 0.0439, 0.0436], ['sacrum', 'hip_bone_l']),
      // gait2392's torso point (about L3 on our spine) becomes a via point; the lumbar part of the
      // muscle goes on to the lower thoracic spine (our own point), so it spans every lumbar level.
      via: [{ body: 'torso', at: [-0.055, 0.11, 0.0241], bones: ['vertebra_L3'] }],
      insertion: OWN([28, 1250, -60], ['vertebra_T12']),
    },
  ],
  quadratus_lumborum: [
    // Not in gait2392: from the back of the iliac crest (and iliolumbar ligament) to the 12th rib,
    // with slips to the transverse processes of L1–L4. Our own points, on our bones.
    { strand: 'ql', origin: OWN([85, 1055, -72], HIP), via: [OWN([45, 1137, -30], ['vertebra_L3'])], insertion: OWN([55, 1230, -35], ['rib_12_l']) },
  ],
}
