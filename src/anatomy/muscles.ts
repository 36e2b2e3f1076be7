/**
 * The muscles of the pelvis, hip, leg and low back that the compensation chains talk about: what each
 * is called, which regions it acts on, where it attaches (strands of STRAND_ATTACHMENTS, from OpenSim
 * gait2392 mapped onto this skeleton), how thick its belly is and how long its tendons, what it does
 * in walking and when it is normally active (EMG on-windows, fractions of the gait cycle from heel strike).
 *
 * Authored for the left side; `muscleStrands(m, 'right')` mirrors. The model file holds one mesh per
 * muscle and side, `muscle_<name>_<l|r>` (public/models/muscles.glb, tools/model/muscles/).
 * Pure data: no React, no three.
 */
import type { RegionKind, Side } from './regions'
import { STRAND_ATTACHMENTS, type AttachmentPoint } from './muscleAttachments'

export type EvidenceGrade = 'measured' | 'illustrative'

export type MuscleShape = 'fusiform' | 'fan' | 'sheet'

export interface MuscleDef {
  /** Snake case, e.g. 'gluteus_medius'; node names add `_l`/`_r`. */
  name: string
  /** Name shown to users, without the side, e.g. 'Gluteus medius'. */
  label: string
  /** Region families it acts on (it crosses or moves them). */
  regions: readonly RegionKind[]
  shape: MuscleShape
  /** Strand names in STRAND_ATTACHMENTS: one line of action each; several make a fan or a group. */
  strands: readonly string[]
  /** Largest belly radius of one strand, metres (a judgement from textbook cross-sections). */
  bellyRadius: number
  /** Tendon radius at the attachments, metres. */
  tendonRadius: number
  /** Share of each strand's length that is tendon at the origin and at the insertion. */
  tendon: { origin: number; insertion: number }
  /** What it does in walking, in one plain sentence of our own. */
  walking: string
  /** When it is normally switched on in walking: [start, end] fractions of the cycle from heel strike of the same side. */
  emg: { windows: readonly (readonly [number, number])[]; grade: EvidenceGrade; source: string }
}

/**
 * EMG timing: typical on-off windows of normal walking as described in Perry & Burnfield, "Gait Analysis:
 * Normal and Pathological Function", 2nd ed. 2010, ch. 4–7 (recalled from the textbook, not checked against
 * its figures; the project's reference notes hold no EMG tables), so graded illustrative.
 */
const PERRY = 'Perry & Burnfield 2010, Gait Analysis (2nd ed.), typical EMG timing; recalled, not yet checked against the book'

export const MUSCLES: readonly MuscleDef[] = [
  {
    name: 'gluteus_medius',
    label: 'Gluteus medius',
    regions: ['hip', 'pelvis'],
    shape: 'fan',
    strands: ['glut_med1', 'glut_med2', 'glut_med3'],
    bellyRadius: 0.014,
    tendonRadius: 0.005,
    tendon: { origin: 0.03, insertion: 0.22 },
    walking: 'Holds the pelvis level while the body stands on one leg, so the other side does not drop.',
    emg: { windows: [[0.95, 1], [0, 0.35]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'gluteus_minimus',
    label: 'Gluteus minimus',
    regions: ['hip', 'pelvis'],
    shape: 'fan',
    strands: ['glut_min1', 'glut_min2', 'glut_min3'],
    bellyRadius: 0.009,
    tendonRadius: 0.004,
    tendon: { origin: 0.03, insertion: 0.25 },
    walking: 'Works under the gluteus medius to steady the pelvis over the standing leg.',
    emg: { windows: [[0.95, 1], [0, 0.3]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'gluteus_maximus',
    label: 'Gluteus maximus',
    regions: ['hip', 'pelvis'],
    shape: 'sheet',
    strands: ['glut_max1', 'glut_max2', 'glut_max3'],
    bellyRadius: 0.022,
    tendonRadius: 0.006,
    tendon: { origin: 0.03, insertion: 0.12 },
    walking: 'Catches the body as the heel lands and straightens the hip early in stance.',
    emg: { windows: [[0.92, 1], [0, 0.25]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'iliopsoas',
    label: 'Iliopsoas',
    regions: ['hip', 'pelvis', 'lumbar'],
    shape: 'fusiform',
    strands: ['iliacus', 'psoas'],
    bellyRadius: 0.014,
    tendonRadius: 0.005,
    tendon: { origin: 0.04, insertion: 0.12 },
    walking: 'Swings the thigh forward as the foot leaves the ground; it pulls on the lumbar spine as it does.',
    emg: { windows: [[0.5, 0.72]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'tensor_fasciae_latae',
    label: 'Tensor fasciae latae',
    regions: ['hip', 'knee'],
    shape: 'fusiform',
    strands: ['tfl'],
    bellyRadius: 0.011,
    tendonRadius: 0.004,
    tendon: { origin: 0.03, insertion: 0.72 },
    walking: 'Helps the gluteus medius steady the pelvis and tightens the band down the outside of the thigh.',
    emg: { windows: [[0, 0.3], [0.55, 0.7]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'adductors',
    label: 'Adductors',
    regions: ['hip'],
    shape: 'fan',
    strands: ['add_long', 'add_brev', 'add_mag1', 'add_mag2', 'add_mag3'],
    bellyRadius: 0.013,
    tendonRadius: 0.004,
    tendon: { origin: 0.04, insertion: 0.08 },
    walking: 'Steady the thigh at the turns between stance and swing and help keep the legs under the body.',
    emg: { windows: [[0.9, 1], [0, 0.12], [0.45, 0.65]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'rectus_femoris',
    label: 'Rectus femoris',
    regions: ['hip', 'knee'],
    shape: 'fusiform',
    strands: ['rect_fem'],
    bellyRadius: 0.014,
    tendonRadius: 0.005,
    tendon: { origin: 0.1, insertion: 0.16 },
    walking: 'Around toe-off it helps swing the thigh forward and keeps the knee from bending too far.',
    emg: { windows: [[0.5, 0.65]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'vasti',
    label: 'Vasti (quadriceps)',
    regions: ['knee'],
    shape: 'fusiform',
    strands: ['vas_med', 'vas_int', 'vas_lat', 'vas_lat_upper', 'vas_med_upper'],
    bellyRadius: 0.017,
    tendonRadius: 0.006,
    tendon: { origin: 0.04, insertion: 0.14 },
    walking: 'Let the knee bend a little as weight comes on after heel strike, then hold it firm.',
    emg: { windows: [[0.92, 1], [0, 0.25]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'hamstrings',
    label: 'Hamstrings',
    regions: ['hip', 'knee'],
    shape: 'fusiform',
    strands: ['semimem', 'semiten', 'bifemlh', 'bifemsh'],
    bellyRadius: 0.014,
    tendonRadius: 0.004,
    tendon: { origin: 0.1, insertion: 0.2 },
    walking: 'Slow the swinging leg before the heel lands and start straightening the hip.',
    emg: { windows: [[0.8, 1], [0, 0.1]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'gastrocnemius',
    label: 'Gastrocnemius',
    regions: ['knee', 'ankle'],
    shape: 'fusiform',
    strands: ['med_gas', 'lat_gas'],
    bellyRadius: 0.021,
    tendonRadius: 0.005,
    tendon: { origin: 0.06, insertion: 0.5 },
    walking: 'Controls the shin rolling forward over the foot, then lifts the heel for push-off.',
    emg: { windows: [[0.1, 0.5]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'soleus',
    label: 'Soleus',
    regions: ['ankle'],
    shape: 'fusiform',
    strands: ['soleus', 'soleus_fibular'],
    bellyRadius: 0.018,
    tendonRadius: 0.005,
    tendon: { origin: 0.05, insertion: 0.3 },
    walking: 'Holds the shin back over the standing foot and gives most of the push at the end of stance.',
    emg: { windows: [[0.08, 0.52]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'tibialis_anterior',
    label: 'Tibialis anterior',
    regions: ['ankle'],
    shape: 'fusiform',
    strands: ['tib_ant'],
    bellyRadius: 0.011,
    tendonRadius: 0.0035,
    tendon: { origin: 0.03, insertion: 0.45 },
    walking: 'Lifts the foot clear of the ground in swing and lowers it gently after heel strike.',
    emg: { windows: [[0, 0.15], [0.55, 1]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'peroneals',
    label: 'Peroneals (fibularis)',
    regions: ['ankle'],
    shape: 'fusiform',
    strands: ['per_long', 'per_brev'],
    bellyRadius: 0.008,
    tendonRadius: 0.003,
    tendon: { origin: 0.03, insertion: 0.55 },
    walking: 'Steady the ankle from the outside and press the big-toe side of the foot down in late stance.',
    emg: { windows: [[0.15, 0.5]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'erector_spinae',
    label: 'Erector spinae (lumbar part)',
    regions: ['lumbar', 'pelvis'],
    shape: 'fusiform',
    strands: ['ercspn'],
    bellyRadius: 0.016,
    tendonRadius: 0.007,
    tendon: { origin: 0.08, insertion: 0.05 },
    walking: 'Fires around each heel strike to keep the trunk from tipping forward and to one side.',
    emg: { windows: [[0, 0.15], [0.48, 0.65]], grade: 'illustrative', source: PERRY },
  },
  {
    name: 'quadratus_lumborum',
    label: 'Quadratus lumborum',
    regions: ['lumbar', 'pelvis'],
    shape: 'sheet',
    strands: ['ql'],
    bellyRadius: 0.01,
    tendonRadius: 0.005,
    tendon: { origin: 0.04, insertion: 0.05 },
    walking: 'Ties the pelvis to the ribs and lumbar spine on each side, steadying the trunk and lifting the hip of the swinging leg.',
    emg: { windows: [[0, 0.12], [0.45, 0.6]], grade: 'illustrative', source: 'Own estimate from its role beside the erector spinae; no EMG timing source in the reference notes' },
  },
]

export const MUSCLE_BY_NAME: ReadonlyMap<string, MuscleDef> = new Map(MUSCLES.map((m) => [m.name, m]))

export const sideSuffix = (side: Side) => (side === 'left' ? 'l' : 'r')

/** Node name in muscles.glb, e.g. 'muscle_gluteus_medius_l'. */
export const muscleNodeName = (name: string, side: Side) => `muscle_${name}_${sideSuffix(side)}`

/** A landmark of one side: the joint that carries it and the point in the standing skeleton (model space). */
export interface SidedPoint {
  joint: string
  offset: readonly [number, number, number]
}

export interface SidedStrand {
  name: string
  /** Origin, via points, insertion, in order. */
  points: readonly SidedPoint[]
}

const flipJoint = (joint: string) => joint.replace(/_l$/, '_r')

function sided(p: AttachmentPoint, side: Side): SidedPoint {
  if (side === 'left') return { joint: p.joint, offset: p.offset }
  return { joint: flipJoint(p.joint), offset: [-p.offset[0], p.offset[1], p.offset[2]] }
}

/** The strands of a muscle on one side: right = the left mirrored (x negated, `_l` joints -> `_r`). */
export function muscleStrands(m: MuscleDef, side: Side): SidedStrand[] {
  return m.strands.map((name) => {
    const a = STRAND_ATTACHMENTS[name]
    if (!a) throw new Error(`Muscle ${m.name}: no attachments for strand "${name}"`)
    return { name, points: [a.origin, ...a.via, a.insertion].map((p) => sided(p, side)) }
  })
}

/** Is the muscle switched on at this cycle fraction (0..1) of normal walking? */
export function isActiveAt(m: MuscleDef, phase: number): boolean {
  const p = phase - Math.floor(phase)
  return m.emg.windows.some(([a, b]) => p >= a && p <= b)
}
