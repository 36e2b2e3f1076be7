/**
 * The gait engine: the skeleton's pose at any phase of the walking cycle, for normal walking or for a
 * condition with its compensations faded in by weights.
 *
 * Normal walking (all from the project's copies in normalGait.ts):
 * - hips (flexion, adduction), knees, ankles: OpenSim normal.mot, right side; left = half a cycle later;
 * - pelvis tilt, obliquity and rotation: normal.mot, converted to clinical signs;
 * - lumbar side-bend, rotation and flexion/extension: OpenSim subject01 inverse kinematics (measured),
 *   spread over L5_S1…L1_L2 with LUMBAR_LEVEL_WEIGHTS;
 * - head: kept level and facing forward by counter-rotating C7_T1 against everything below it (exactly);
 * - arms: illustrative swing opposite to the legs (no table in the reference);
 * - toes (MTP): extended in late stance by exactly the foot's heel-up pitch, so the toes lie on the floor;
 * - pelvis: lateral sway from subject01 pelvis_tz (mean-centred); vertical offset from forward
 *   kinematics so the lowest foot point touches y = 0.
 * Pure: no React, no three.
 */
import { JOINTS, type ClinicalAngles } from '../anatomy/joints'
import type { Side } from '../anatomy/regions'
import { CHAINS } from '../chains/chainData'
import type { GaitChangeId } from '../chains/types'
import {
  FOOT_POINTS,
  JOINT_COUNT,
  composeJoint,
  createJointTransforms,
  jointAnglesFromRotation,
  jointIndex,
  jointRotation,
  multiply3,
  pointOnJointIndex,
} from './kinematics'
import { GAIT_CHANGE_IDS, GAIT_CHANGES, MODIFIER_ORDER, plateau, type ModifierContext } from './modifiers'
import { NORMAL_CURVES, wrapPhase } from './normalGait'
import type { GaitCondition, GaitWeights, Pose } from './types'

const FLEX = 0
const ADD = 1
const ROT = 2

/** Normal walking: no condition. */
export const NORMAL_WALKING: Readonly<GaitCondition> = Object.freeze({ origin: null, side: 'left', severity: 0 })

/**
 * Share of the lumbar motion taken by each level, L5_S1, L4_L5, L3_L4, L2_L3, L1_L2 (each row sums to 1).
 * From the "representative" segmental ranges of motion of White & Panjabi (Clinical Biomechanics of the
 * Spine, 1990): flexion–extension 17, 16, 15, 14, 12°; lateral bending 3, 6, 8, 6, 6°; axial rotation
 * 1, 2, 2, 2, 2°. These are textbook values recalled, not in the project's reference [R]; a 2024
 * radiographic study (Nakanishi et al., Fukushima J Med Sci, doi 10.5387/fms.2023-24) agrees that side-bend
 * is largest at L3–L4 and smallest at L5–S1. Each level moves in proportion to how much it can move.
 */
export const LUMBAR_LEVEL_WEIGHTS = {
  levels: ['L5_S1', 'L4_L5', 'L3_L4', 'L2_L3', 'L1_L2'] as const,
  flexion: normalise([17, 16, 15, 14, 12]),
  adduction: normalise([3, 6, 8, 6, 6]),
  rotation: normalise([1, 2, 2, 2, 2]),
} as const

function normalise(v: number[]): readonly number[] {
  const s = v.reduce((a, b) => a + b, 0)
  return v.map((x) => x / s)
}

/**
 * Arm swing, illustrative (the reference has no arm table): each shoulder flexes and extends ±17°
 * opposite to its own leg (the right arm is furthest forward at left initial contact, phase 0.5),
 * and the elbow bends 15 ± 8°, most when the arm is forward.
 */
export const ARM_SWING = { shoulderAmplitude: 17, elbowMean: 15, elbowAmplitude: 8 } as const

/**
 * Toes: the MTP joint extends by the foot's heel-up pitch so the toes stay level (on the floor in late
 * stance, clear of it in swing), at most MAX_TOE_EXTENSION degrees in stance and SWING_TOE_EXTENSION
 * in swing. Derived from the forward kinematics, not from a table.
 */
export const MAX_TOE_EXTENSION = 60
/** See MAX_TOE_EXTENSION. */
export const SWING_TOE_EXTENSION = 30

// ---------------------------------------------------------------- indices and scratch buffers

const J = (name: string) => jointIndex(name) * 3
const PELVIS = J('pelvis')
const LEG = {
  left: { hip: J('hip_l'), knee: J('knee_l'), ankle: J('ankle_l'), subtalar: J('subtalar_l'), mtp: J('mtp_l') },
  right: { hip: J('hip_r'), knee: J('knee_r'), ankle: J('ankle_r'), subtalar: J('subtalar_r'), mtp: J('mtp_r') },
}
const LUMBAR = LUMBAR_LEVEL_WEIGHTS.levels.map(J)
const T12 = J('T12_L1')
const C7 = J('C7_T1')
const SHOULDER = { left: J('shoulder_l'), right: J('shoulder_r') }
const ELBOW = { left: J('elbow_l'), right: J('elbow_r') }
const HEAD_CHAIN = [PELVIS / 3, ...LUMBAR.map((i) => i / 3), T12 / 3]
const LEG_CHAIN = {
  left: [LEG.left.hip, LEG.left.knee, LEG.left.ankle, LEG.left.subtalar].map((i) => i / 3),
  right: [LEG.right.hip, LEG.right.knee, LEG.right.ankle, LEG.right.subtalar].map((i) => i / 3),
}
const ID_INDEX = new Map<GaitChangeId, number>(GAIT_CHANGE_IDS.map((id, i) => [id, i]))

const ANGLES = new Float64Array(JOINT_COUNT * 3)
const AMOUNTS = new Float64Array(GAIT_CHANGE_IDS.length)
const XFORM = createJointTransforms()
const FOOT = new Float64Array(FOOT_POINTS.length * 3)
const OFFSET = new Float64Array(3)
const M1 = new Float64Array(9)
const M2 = new Float64Array(9)
const M3 = new Float64Array(9)

const CTX: ModifierContext = {
  angles: ANGLES,
  spine: new Float64Array(3),
  pelvis: PELVIS,
  thoracolumbar: T12,
  side: 'left',
  sL: 1,
  aff: LEG.left,
  other: LEG.right,
  ta: 0,
  to: 0,
  basePelvis: new Float64Array(3),
}

const clamp01 = (x: number) => (x > 0 ? (x < 1 ? x : 1) : 0)

// ---------------------------------------------------------------- weights, warp

/**
 * Fills AMOUNTS (severity × weight per change) and returns the total stance warp amplitude.
 * Internal; exported for the timing and curve modules.
 */
export function resolveAmounts(condition: GaitCondition | null | undefined, weights: GaitWeights | undefined, out: Float64Array = AMOUNTS): number {
  out.fill(0)
  if (!condition || condition.origin === null) return 0
  const severity = clamp01(condition.severity)
  if (severity === 0) return 0
  if (weights === undefined) {
    for (const link of CHAINS[condition.origin].links) out[ID_INDEX.get(link.gaitChange)!] = severity
  } else {
    for (let i = 0; i < GAIT_CHANGE_IDS.length; i++) {
      const w = weights[GAIT_CHANGE_IDS[i]!]
      if (w !== undefined && w > 0) out[i] = severity * clamp01(w)
    }
  }
  let warp = 0
  for (let i = 0; i < GAIT_CHANGE_IDS.length; i++) warp += out[i]! * GAIT_CHANGES[GAIT_CHANGE_IDS[i]!].warp
  return Math.min(warp, 0.9)
}

/**
 * The antalgic time warp: maps the cycle phase to the phase of the normal tables so that the affected
 * leg's stance (the first half of its own cycle) runs faster and its swing slower. With amplitude A the
 * affected leg's phase s becomes s + A·(1 − cos 2πs)/2π: smooth, monotonic for A < 1, fixed at the
 * affected initial contact (s = 0 for the right, 0.5 for the left in cycle phase). Stance ≈ 60 % of
 * the cycle at A = 0, ≈ 50 % at A = 0.3. The other leg's stance lengthens by the same amount, as in an
 * antalgic gait (the sound leg's swing is cut short to get it down sooner).
 */
export function warpPhase(phase: number, amplitude: number, side: Side): number {
  const s = wrapPhase(side === 'right' ? phase : phase - 0.5)
  const tau = s + (amplitude * (1 - Math.cos(2 * Math.PI * s))) / (2 * Math.PI)
  return wrapPhase(side === 'right' ? tau : tau + 0.5)
}

/** The inverse of warpPhase: the cycle phase at which the tables reach `tablePhase`. */
export function unwarpPhase(tablePhase: number, amplitude: number, side: Side): number {
  if (amplitude === 0) return wrapPhase(tablePhase)
  const target = wrapPhase(side === 'right' ? tablePhase : tablePhase - 0.5)
  // Monotonic map of [0, 1] onto [0, 1]: bisection is plenty.
  let lo = 0
  let hi = 1
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2
    const tau = mid + (amplitude * (1 - Math.cos(2 * Math.PI * mid))) / (2 * Math.PI)
    if (tau < target) lo = mid
    else hi = mid
  }
  const s = (lo + hi) / 2
  return wrapPhase(side === 'right' ? s : s + 0.5)
}

/** Table phase of toe-off in normal.mot (≈ 60–62 %, reference §1.1): the end of stance. */
export const TABLE_TOE_OFF = 0.6

/**
 * Fraction of the cycle each leg spends in stance (its table phase from initial contact to
 * TABLE_TOE_OFF), after the antalgic warp: 0.6 each in normal walking; with a warp the affected leg's is
 * shorter and the other leg's longer.
 */
export function stanceFractions(condition?: GaitCondition | null, weights?: GaitWeights): { left: number; right: number } {
  const warp = resolveAmounts(condition, weights, SCRATCH_AMOUNTS)
  const side: Side = condition?.side ?? 'left'
  const other: Side = side === 'left' ? 'right' : 'left'
  // Cycle phase (relative to the affected initial contact) at which the affected leg's table phase is t.
  const at = (t: number) => wrapPhase(unwarpPhase(side === 'right' ? t : t + 0.5, warp, side) - (side === 'right' ? 0 : 0.5))
  const affected = warp > 0 ? at(TABLE_TOE_OFF) : TABLE_TOE_OFF
  const otherStance = warp > 0 ? 1 + at(wrapPhase(TABLE_TOE_OFF + 0.5)) - at(0.5) : TABLE_TOE_OFF
  return { [side]: affected, [other]: otherStance } as { left: number; right: number }
}

// ---------------------------------------------------------------- the pose

/** Allocates an empty Pose (every joint at 0) to reuse with pose(…, out). */
export function createPose(): Pose {
  const joints: Record<string, ClinicalAngles> = {}
  for (const j of JOINTS) joints[j.name] = { flexion: 0, adduction: 0, rotation: 0 }
  return { joints, pelvisOffset: [0, 0, 0], stanceSide: 'right', tablePhase: 0 }
}

/**
 * The skeleton's pose at a phase of the gait cycle.
 *
 * @param phase  fraction of the cycle, 0 = right initial contact in normal walking (any real number;
 *               wrapped into [0, 1)). Advance it by dt / gaitTiming(...).strideTime each frame.
 * @param condition what is wrong, where and how badly; `null` or origin `null` or severity 0 = normal walking.
 * @param weights how far each gait change is faded in (0…1; missing = 0). Default: every change of the
 *               origin's chain at 1.
 * @param out    optional Pose to overwrite (from createPose()) so a render loop allocates nothing.
 * @returns clinical angles in degrees for every joint of JOINTS, plus the pelvis offset in metres
 *          (z is the small forward–backward surge that keeps the touching foot still on the moving floor).
 */
export function pose(phase: number, condition?: GaitCondition | null, weights?: GaitWeights, out?: Pose): Pose {
  resolveAmounts(condition, weights, AMOUNTS)
  const side: Side = condition?.side ?? 'left'
  // (A cache miss samples the stride through core() with its own amounts: AMOUNTS stays valid.)
  const geometry = geometryFor(side, AMOUNTS)
  core(phase, side, AMOUNTS, geometry)
  return writePose(out ?? createPose(), ANGLES, CURRENT.tau, STANCE.side)
}

const CURRENT = { tau: 0 }

/** Fills ANGLES, OFFSET, FOOT and STANCE for one phase. */
function core(phase: number, side: Side, amounts: Float64Array, geometry: StrideGeometry | null): void {
  let warp = 0
  let active = false
  for (let i = 0; i < amounts.length; i++) {
    const k = amounts[i]!
    if (k > 0) {
      active = true
      warp += k * GAIT_CHANGES[GAIT_CHANGE_IDS[i]!].warp
    }
  }
  warp = Math.min(warp, 0.9)
  const tau = warp > 0 ? warpPhase(phase, warp, side) : wrapPhase(phase)
  CURRENT.tau = tau
  const A = ANGLES
  A.fill(0)

  // Legs: right at tau, left half a cycle later.
  for (const s of ['right', 'left'] as const) {
    const t = s === 'right' ? tau : tau + 0.5
    const leg = LEG[s]
    A[leg.hip + FLEX] = NORMAL_CURVES.hipFlexion.at(t)
    A[leg.hip + ADD] = NORMAL_CURVES.hipAdduction.at(t)
    A[leg.knee + FLEX] = NORMAL_CURVES.kneeFlexion.at(t)
    A[leg.ankle + FLEX] = NORMAL_CURVES.ankleDorsiflexion.at(t)
    // Arms: opposite to the legs (illustrative).
    const c = Math.cos(2 * Math.PI * t)
    A[SHOULDER[s] + FLEX] = -ARM_SWING.shoulderAmplitude * c
    A[ELBOW[s] + FLEX] = ARM_SWING.elbowMean - ARM_SWING.elbowAmplitude * c
  }
  A[PELVIS + FLEX] = NORMAL_CURVES.pelvisFlexion.at(tau)
  A[PELVIS + ADD] = NORMAL_CURVES.pelvisObliquity.at(tau)
  A[PELVIS + ROT] = NORMAL_CURVES.pelvisRotation.at(tau)
  const spine = CTX.spine
  spine[FLEX] = NORMAL_CURVES.lumbarFlexion.at(tau)
  spine[ADD] = NORMAL_CURVES.lumbarAdduction.at(tau)
  spine[ROT] = NORMAL_CURVES.lumbarRotation.at(tau)

  if (active) applyChanges(A, side, tau, warp, amounts)

  // Spread the lumbar totals over the five levels.
  for (let l = 0; l < LUMBAR.length; l++) {
    const o = LUMBAR[l]!
    A[o + FLEX] = spine[FLEX]! * LUMBAR_LEVEL_WEIGHTS.flexion[l]!
    A[o + ADD] = spine[ADD]! * LUMBAR_LEVEL_WEIGHTS.adduction[l]!
    A[o + ROT] = spine[ROT]! * LUMBAR_LEVEL_WEIGHTS.rotation[l]!
  }

  // Head level and facing forward: C7_T1 undoes the world rotation of everything below it.
  levelHead(A)

  // Feet: forward kinematics with the pelvis at floor-free height, toes flattened, then drop to the floor.
  OFFSET[0] = NORMAL_CURVES.pelvisSwayX.at(tau)
  OFFSET[1] = 0
  OFFSET[2] = geometry ? geometry.surgeAt(phase) : 0
  const stance = placeFeet(A, tau)
  OFFSET[1] = -stance.minY
  for (let k = 1; k < FOOT.length; k += 3) FOOT[k] = FOOT[k]! + OFFSET[1]
}

// ---------------------------------------------------------------- stride geometry (feet on the moving floor)

/** Samples per stride used to follow the touching foot point. */
export const STRIDE_SAMPLES = 64

/**
 * What the forward kinematics says about one stride, measured by sampling it (cycle phase i / 64).
 * Internal to the engine; gaitTiming() turns it into speeds.
 */
export interface StrideGeometry {
  /** Metres the touching foot point travels backward relative to the pelvis per stride. */
  strideLength: number
  /**
   * Forward–backward pelvis offset (m, mean zero) that makes the touching foot point move backward at a
   * constant speed, so it stays still on a floor moving at that speed.
   */
  surge: Float64Array
  /** Pelvis surge at a cycle phase (linear between samples). */
  surgeAt(phase: number): number
}

const GEOMETRY_CACHE_LIMIT = 160
const geometryCache = new Map<string, StrideGeometry>()
const QUANT = new Int8Array(GAIT_CHANGE_IDS.length)
const GEOMETRY_AMOUNTS = new Float64Array(GAIT_CHANGE_IDS.length)
interface RecentGeometry {
  value: StrideGeometry | null
  quant: Int8Array
  side: string
}
/** The two most recent lookups (a render loop alternates a limping skeleton and a normal ghost). */
const recent: RecentGeometry[] = [0, 1].map(() => ({ value: null, quant: new Int8Array(GAIT_CHANGE_IDS.length).fill(-1), side: '' }))

function matches(r: RecentGeometry, side: string): boolean {
  if (r.value === null || r.side !== side) return false
  for (let i = 0; i < QUANT.length; i++) if (QUANT[i] !== r.quant[i]) return false
  return true
}

/**
 * The stride geometry for a side and change amounts, from a cache keyed by the amounts rounded to 0.05
 * (a fade-in recomputes it about twenty times; one computation samples 64 poses). The two most recent
 * results are remembered so a render loop with unchanged amounts does no string work.
 */
function geometryFor(side: Side, amounts: Float64Array): StrideGeometry {
  let any = false
  for (let i = 0; i < amounts.length; i++) {
    const q = Math.round(amounts[i]! * 20)
    QUANT[i] = q
    if (q > 0) any = true
  }
  const keySide = any ? side : ''
  if (matches(recent[0]!, keySide)) return recent[0]!.value!
  if (matches(recent[1]!, keySide)) {
    const r = recent[1]!
    recent[1] = recent[0]!
    recent[0] = r
    return r.value!
  }
  const key = any ? `${side}:${QUANT.join(',')}` : 'normal'
  let value = geometryCache.get(key)
  if (!value) {
    for (let i = 0; i < QUANT.length; i++) GEOMETRY_AMOUNTS[i] = QUANT[i]! / 20
    value = measureStride(side, GEOMETRY_AMOUNTS)
    if (geometryCache.size >= GEOMETRY_CACHE_LIMIT) geometryCache.delete(geometryCache.keys().next().value!)
    geometryCache.set(key, value)
  }
  // Replace the older slot and make it the newest.
  const r = recent[1]!
  recent[1] = recent[0]!
  recent[0] = r
  r.quant.set(QUANT)
  r.side = keySide
  r.value = value
  return value
}

/** Empties the stride-geometry cache (for tests and tools that change engine constants). */
export function clearStrideCache(): void {
  geometryCache.clear()
  for (const r of recent) r.value = null
}

/**
 * The stride geometry for a condition and weights (see StrideGeometry). Cached; used by gaitTiming().
 */
export function strideGeometry(condition?: GaitCondition | null, weights?: GaitWeights): StrideGeometry {
  resolveAmounts(condition, weights, AMOUNTS)
  return geometryFor(condition?.side ?? 'left', AMOUNTS)
}

/** Table phases of a leg during which its foot is clearly swinging: if it touches then, it drags. */
const SWING_WINDOW_START = 0.66
const SWING_WINDOW_END = 0.95

function measureStride(side: Side, amounts: Float64Array): StrideGeometry {
  const N = STRIDE_SAMPLES
  const P = FOOT_POINTS.length
  const Z = new Float64Array(N * P)
  const contact = new Int32Array(N)
  for (let i = 0; i < N; i++) {
    core(i / N, side, amounts, null)
    for (let k = 0; k < P; k++) Z[i * P + k] = FOOT[k * 3 + 2]!
    contact[i] = STANCE.point
  }
  // Backward travel of the touching point, followed as the same material point to the next sample.
  let travel = 0
  for (let i = 0; i < N; i++) {
    const c = contact[i]!
    travel -= Z[((i + 1) % N) * P + c]! - Z[i * P + c]!
  }
  // Surge: the pelvis moves so that the touching point's world velocity is exactly −travel per stride.
  const surge = new Float64Array(N)
  let acc = 0
  let mean = 0
  for (let i = 0; i < N; i++) {
    surge[i] = acc
    mean += acc
    const c = contact[i]!
    const dz = Z[((i + 1) % N) * P + c]! - Z[i * P + c]!
    acc -= dz + travel / N
  }
  mean /= N
  for (let i = 0; i < N; i++) surge[i] = surge[i]! - mean
  return {
    strideLength: travel,
    surge,
    surgeAt(phase: number): number {
      const x = wrapPhase(phase) * N
      const i = Math.floor(x) % N
      const t = x - Math.floor(x)
      return surge[i]! + (surge[(i + 1) % N]! - surge[i]!) * t
    },
  }
}

/**
 * Step-length balance of the antalgic warp: at warp amplitude A the affected hip swings (1 − 0.6·A) of
 * its normal range about its mean and the other hip (1 + 0.6·A), so the body travels less over the
 * painful foot during its shorter stance and more over the sound one (illustrative factor, chosen to
 * roughly halve the pelvis surge a pure time warp would need on a constant-speed floor).
 */
export const WARP_STEP_BALANCE = 0.6

const BASE_LEGS = new Float64Array(6)

function applyChanges(A: Float64Array, side: Side, tau: number, warp: number, amounts: Float64Array): void {
  const ctx = CTX
  const other: Side = side === 'left' ? 'right' : 'left'
  ctx.side = side
  ctx.sL = side === 'left' ? 1 : -1
  ctx.aff = LEG[side]
  ctx.other = LEG[other]
  ctx.ta = side === 'right' ? tau : wrapPhase(tau + 0.5)
  ctx.to = wrapPhase(ctx.ta + 0.5)
  ctx.basePelvis[FLEX] = A[PELVIS + FLEX]!
  ctx.basePelvis[ADD] = A[PELVIS + ADD]!
  ctx.basePelvis[ROT] = A[PELVIS + ROT]!
  // Normal sagittal leg angles, to keep the stance feet's pitch below.
  for (let s = 0; s < 2; s++) {
    const leg = s === 0 ? LEG.left : LEG.right
    BASE_LEGS[s * 3] = A[leg.hip + FLEX]!
    BASE_LEGS[s * 3 + 1] = A[leg.knee + FLEX]!
    BASE_LEGS[s * 3 + 2] = A[leg.ankle + FLEX]!
  }
  if (warp > 0) {
    const m = NORMAL_CURVES.hipFlexion.mean
    const a = LEG[side].hip + FLEX
    const o = LEG[other].hip + FLEX
    A[a] = m + (A[a]! - m) * (1 - WARP_STEP_BALANCE * warp)
    A[o] = m + (A[o]! - m) * (1 + WARP_STEP_BALANCE * warp)
  }
  runStage(0, amounts)
  // Stance feet keep their normal pitch: the ankle takes up whatever the pelvis, hip and knee changes
  // did to the shank (sagittal, small-angle sum), fading out around toe-off and in before contact.
  const dPelvis = A[PELVIS + FLEX]! - ctx.basePelvis[FLEX]!
  for (let s = 0; s < 2; s++) {
    const leg = s === 0 ? LEG.left : LEG.right
    const local = s === 0 ? wrapPhase(tau + 0.5) : tau
    const w = plateau(local, 0.9, 0.68, 0.08)
    if (w === 0) continue
    const dShank = dPelvis - (A[leg.hip + FLEX]! - BASE_LEGS[s * 3]!) + (A[leg.knee + FLEX]! - BASE_LEGS[s * 3 + 1]!)
    A[leg.ankle + FLEX] = A[leg.ankle + FLEX]! + w * dShank
  }
  runStage(1, amounts)
  runStage(2, amounts)
}

function runStage(stage: number, amounts: Float64Array): void {
  for (const m of MODIFIER_ORDER) {
    if (m.def.stage !== stage) continue
    const k = amounts[m.index]!
    if (k > 0) m.def.apply(CTX, k)
  }
}

function levelHead(A: Float64Array): void {
  let acc = M1
  let tmp = M3
  const first = HEAD_CHAIN[0]!
  jointRotation(first, A[first * 3]!, A[first * 3 + 1]!, A[first * 3 + 2]!, acc, 0)
  for (let i = 1; i < HEAD_CHAIN.length; i++) {
    const j = HEAD_CHAIN[i]!
    jointRotation(j, A[j * 3]!, A[j * 3 + 1]!, A[j * 3 + 2]!, M2, 0)
    multiply3(acc, 0, M2, 0, tmp, 0)
    const swap = acc
    acc = tmp
    tmp = swap
  }
  // Inverse of a rotation = its transpose.
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) M2[r * 3 + c] = acc[c * 3 + r]!
  jointAnglesFromRotation(C7 / 3, M2, 0, A, C7)
}

const STANCE = { minY: 0, side: 'right' as Side, point: 0 }

/**
 * World positions (metres, pelvis offset included) of the six FOOT_POINTS of kinematics.ts — left heel,
 * mtp, toe, right heel, mtp, toe — for the most recent pose() call, as 18 numbers. The array is reused:
 * copy what you need before the next call.
 */
export function lastFootPoints(): Readonly<Float64Array> {
  return FOOT
}

/**
 * Index into FOOT_POINTS of the foot point carrying the body in the most recent pose() call: the lowest
 * point of the feet that are not in mid-swing (a scuffing swing toe is not counted).
 */
export function lastContactPoint(): number {
  return STANCE.point
}

/** Solves both legs, sets the derived toe angles, fills FOOT and returns the lowest point. */
function placeFeet(A: Float64Array, tau: number) {
  composeJoint(PELVIS / 3, A, XFORM, OFFSET)
  let minY = Infinity
  let minPoint = 0
  for (const s of ['left', 'right'] as const) {
    for (const j of LEG_CHAIN[s]) composeJoint(j, A, XFORM)
    // Heel-up pitch of the foot: how far its forward axis points below the horizontal.
    const r = (LEG[s].subtalar / 3) * 9
    const R = XFORM.rotation
    const pitch = (Math.atan2(-R[r + 5]!, Math.hypot(R[r + 2]!, R[r + 8]!)) * 180) / Math.PI
    const local = s === 'right' ? tau : wrapPhase(tau + 0.5)
    // Toes stay level whenever the heel is up: on the floor in late stance, held up by the toe
    // extensors in swing (where they get at most SWING_TOE_EXTENSION).
    const cap = MAX_TOE_EXTENSION - (MAX_TOE_EXTENSION - SWING_TOE_EXTENSION) * plateau(local, 0.62, 0.98, 0.08)
    const toe = Math.min(cap, softPositive(pitch))
    A[LEG[s].mtp + FLEX] = toe
    composeJoint(LEG[s].mtp / 3, A, XFORM)
    const first = s === 'left' ? 0 : 3
    for (let k = first; k < first + 3; k++) {
      const fp = FOOT_POINTS[k]!
      pointOnJointIndex(XFORM, fp.joint, fp.rest, FOOT, k * 3)
      const y = FOOT[k * 3 + 1]!
      if (y < minY) {
        minY = y
        minPoint = k
      }
    }
  }
  STANCE.minY = minY
  // The point carrying the body: the lowest point of the feet not in mid-swing (a swing toe that
  // scuffs the floor drags along it and is not followed).
  let best = Infinity
  let point = minPoint
  for (let k = 0; k < FOOT_POINTS.length; k++) {
    const local = k < 3 ? wrapPhase(tau + 0.5) : tau
    if (local > SWING_WINDOW_START && local < SWING_WINDOW_END) continue
    if (FOOT[k * 3 + 1]! < best) {
      best = FOOT[k * 3 + 1]!
      point = k
    }
  }
  STANCE.point = point
  STANCE.side = FOOT_POINTS[point]!.side
  return STANCE
}

/** max(0, x) with the corner rounded over ±1°. */
function softPositive(x: number): number {
  if (x >= 1) return x
  if (x <= -1) return 0
  return ((x + 1) * (x + 1)) / 4
}

function writePose(out: Pose, A: Float64Array, tau: number, stanceSide: Side): Pose {
  for (let i = 0; i < JOINTS.length; i++) {
    const a = out.joints[JOINTS[i]!.name]!
    a.flexion = A[i * 3]!
    a.adduction = A[i * 3 + 1]!
    a.rotation = A[i * 3 + 2]!
  }
  out.pelvisOffset[0] = OFFSET[0]!
  out.pelvisOffset[1] = OFFSET[1]!
  out.pelvisOffset[2] = OFFSET[2]!
  out.stanceSide = stanceSide
  out.tablePhase = tau
  return out
}

/**
 * The cycle phase (to pass to pose()) at which the AFFECTED leg is at `localPhase` of its own cycle in the
 * normal tables (0 = its initial contact, ≈ 0.6 = its toe-off), through the limp's time warp.
 */
export function cyclePhaseFor(localPhase: number, condition: GaitCondition, weights?: GaitWeights): number {
  const table = condition.side === 'right' ? localPhase : localPhase + 0.5
  const warp = resolveAmounts(condition, weights, SCRATCH_AMOUNTS)
  return unwarpPhase(table, warp, condition.side)
}

/**
 * The cycle phase at which a gait change shows best for `condition` (its GAIT_CHANGES keyPhase on the
 * affected leg, moved to the cycle and through the limp's time warp). Pass it to pose() for a still frame.
 */
export function keyPhaseFor(id: GaitChangeId, condition: GaitCondition, weights?: GaitWeights): number {
  return cyclePhaseFor(GAIT_CHANGES[id].keyPhase, condition, weights)
}
const SCRATCH_AMOUNTS = new Float64Array(GAIT_CHANGE_IDS.length)
