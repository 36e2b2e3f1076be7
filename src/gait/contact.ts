/**
 * Ground contact, solved every frame: the feet meet the floor exactly when the engine's timing says
 * they do. Each leg is in stance from its initial contact to TABLE_TOE_OFF of its own table phase (so
 * the stance shares are what stanceFractions() declares, warp included) and swings the rest.
 *
 * The solve keeps the sourced joint angles where it can:
 * 1. the pelvis height follows the loaded foot (in double support, the load passes smoothly from the
 *    trailing foot to the leading one over the 10 % of the table's double support, reference §1.2);
 * 2. every other stance foot is brought onto the floor by a small two-bone IK (hip and knee flexion
 *    move the ankle straight up or down; the ankle turns back so the foot keeps its pitch);
 * 3. a swing foot is kept inside a corridor: at least SWING_CLEARANCE above the floor (rising from it
 *    at LIFT_RATE after toe-off and sinking to it before initial contact), and at most LANDING_RATE × the
 *    time to the nearest contact event, so it leaves at toe-off and lands at initial contact instead of
 *    hovering. A foot that would scuff gets extra hip and knee flexion (a steppage), one that would
 *    hover is reached down; when a leg cannot reach that far (knee straight), the pelvis comes down.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { JOINT_POSITIONS } from '../anatomy/skeletonLayout'
import { placeFeet } from './feet'
import type { DoubleSupportHold } from './stride'
import { composeJoint, type JointTransforms } from './kinematics'
import { LEG, LEG_CHAIN } from './jointSlots'
import { FLEX, smoothstep } from './modifierKit'
import { wrapPhase } from './normalGait'
import { TABLE_TOE_OFF } from './warp'

/** Table-phase length of each double support (loading response 0–10 %, pre-swing 50–60 %, reference §1.2). */
export const DOUBLE_SUPPORT = 0.1
/** Least height of a swing foot's lowest point once clear of the floor, metres (illustrative: 1.2 cm). */
export const SWING_CLEARANCE = 0.012
/** A swing foot is at least LIFT_RATE × (table phase since toe-off or to initial contact) above the floor, m. */
export const LIFT_RATE = 0.6
/** ... and at most LANDING_RATE × that: it leaves at toe-off and lands at initial contact, no earlier. */
export const LANDING_RATE = 1.2

/** How much a leg may shorten by IK (metres): more than any clearance or contact ever needs. */
const SHORTEN_MAX = 0.15
/** Finite-difference step (degrees) and iterations of the two-bone IK. */
const IK_STEP = 0.25
const IK_ITERATIONS = 8
/** Passes of "pelvis height, then legs": the second and third mop up what the first IK could not reach. */
const SOLVE_PASSES = 4
/** Passes after those in which the condition's own joints may move too (see solveGround). */
const LAST_RESORT_PASSES = 6
/** Table-phase span before initial contact over which the landing foot joins the pelvis-height choice. */
const APPROACH = 0.1
/** Most extra plantarflexion (°) a trailing foot on its forefoot may take to reach the floor. */
const PUSH_OFF_MAX = 20
/** Damping of the IK's least-squares steps (m²), its largest step (°) and the joint ranges it keeps to (°). */
const IK_DAMPING = 1e-6
const IK_MAX_STEP = 10
const HIP_RANGE = [-35, 100] as const
const KNEE_MAX = 110
/** How firmly a swing foot keeps its fore-aft place while lifted or lowered (stance: 1). */
const SWING_Z_HOLD = 0.05
/** Weight of the fore-aft error against the height error of a stance foot keeping its place (last resort). */
const HOLD_YIELD = 0.1
/** Least freedom of a held hip or knee in the last-resort passes. */
const LAST_RESORT_FREEDOM = 0.25

/**
 * How far the solve may move each leg joint (left hip, knee, ankle, right hip, knee, ankle), as the
 * condition allows it at this instant (pose.ts probes the condition's changes for it). Directional,
 * because many conditions limit a joint one way only: a knee flexion contracture is a floor on knee
 * flexion (the knee may bend further, never straighter), a stiff knee a cap.
 */
export interface JointFreedom {
  /** 0…1: how freely the joint may go toward more flexion (dorsiflexion at the ankle); 0 = held. */
  more: Float64Array
  /** 0…1: the same toward less flexion (extension, plantarflexion). */
  less: Float64Array
  /** Least and most angle (°) the condition lets the joint reach, as far as probed (±Infinity: no limit found). */
  min: Float64Array
  max: Float64Array
}

export function createJointFreedom(): JointFreedom {
  return {
    more: new Float64Array(6).fill(1),
    less: new Float64Array(6).fill(1),
    min: new Float64Array(6).fill(-Infinity),
    max: new Float64Array(6).fill(Infinity),
  }
}

/** Resets to every joint free and unlimited (normal walking). */
export function freeAllJoints(f: JointFreedom): void {
  f.more.fill(1)
  f.less.fill(1)
  f.min.fill(-Infinity)
  f.max.fill(Infinity)
}

/** Freedom of slot j for a move of sign `delta`. */
const freedomFor = (f: JointFreedom, j: number, delta: number) => (delta >= 0 ? f.more[j]! : f.less[j]!)
/** Keeps slot j's angle inside the condition's bounds (never pushes it if it started outside). */
const keepInside = (f: JointFreedom, j: number, value: number, start: number) =>
  Math.max(Math.min(f.min[j]!, start), Math.min(Math.max(f.max[j]!, start), value))

/** What the solve reports about the feet; reused between calls. */
export interface GroundContact {
  /** Pelvis height offset (m) that puts the loaded foot on the floor. */
  pelvisY: number
  /** Share of the body carried by each foot (0…1, summing to 1): 1 in single stance, shared in double support. */
  load: { left: number; right: number }
  /** Which feet are in stance by the engine's timing (their lowest point is on the floor). */
  onFloor: { left: boolean; right: boolean }
  /** The foot carrying most of the body. */
  side: Side
  /** Index into FOOT_POINTS of its lowest point: the point the floor follows. */
  point: number
}

export function createGroundContact(): GroundContact {
  return { pelvisY: 0, load: { left: 0, right: 1 }, onFloor: { left: true, right: true }, side: 'right', point: 3 }
}

const SIDES = ['left', 'right'] as const
const ALL_FREE = createJointFreedom()
const LAST_RESORT = createJointFreedom()
/**
 * A held ankle never gives (a stiff ankle stays stiff); held hips and knees give a little, but never
 * past the condition's bounds (a contracted knee does not straighten).
 */
function lastResort(freedom: JointFreedom): JointFreedom {
  for (let j = 0; j < 6; j++) {
    const least = j % 3 === 2 ? 0 : LAST_RESORT_FREEDOM
    LAST_RESORT.more[j] = Math.max(freedom.more[j]!, least)
    LAST_RESORT.less[j] = Math.max(freedom.less[j]!, least)
  }
  LAST_RESORT.min.set(freedom.min)
  LAST_RESORT.max.set(freedom.max)
  return LAST_RESORT
}
/** Thigh (hip to knee) and shank (knee to ankle) lengths of the rest skeleton (m), and the knee's inner angle there. */
const [THIGH, SHANK, REST_INNER] = (() => {
  const h = JOINT_POSITIONS.hip_l!
  const k = JOINT_POSITIONS.knee_l!
  const a = JOINT_POSITIONS.ankle_l!
  const l1 = Math.hypot(k[0] - h[0], k[1] - h[1], k[2] - h[2])
  const l2 = Math.hypot(a[0] - k[0], a[1] - k[1], a[2] - k[2])
  const d = Math.hypot(a[0] - h[0], a[1] - h[1], a[2] - h[2])
  return [l1, l2, Math.acos(Math.min(1, (l1 * l1 + l2 * l2 - d * d) / (2 * l1 * l2)))]
})()
/**
 * Hip-to-ankle distance (m) with the knee no straighter than `kneeFlexion` degrees: how far a leg can
 * reach (the rest skeleton's knee, at 0°, unless the condition keeps the knee bent).
 */
function reach(kneeFlexion: number): number {
  const inner = REST_INNER - (Math.max(0, kneeFlexion) * Math.PI) / 180
  return Math.sqrt(THIGH * THIGH + SHANK * SHANK - 2 * THIGH * SHANK * Math.cos(inner)) * 0.995
}

/** The leg's own table phase (0 = its initial contact). */
const localPhase = (s: Side, tau: number) => (s === 'right' ? wrapPhase(tau) : wrapPhase(tau + 0.5))

/** Share of the body a leg carries at its own table phase u. */
export function loadShare(u: number): number {
  if (u >= TABLE_TOE_OFF) return 0
  if (u < DOUBLE_SUPPORT) return smoothstep(u / DOUBLE_SUPPORT)
  const unload = TABLE_TOE_OFF - DOUBLE_SUPPORT
  return u < unload ? 1 : 1 - smoothstep((u - unload) / DOUBLE_SUPPORT)
}

/** The swing corridor [lowest, highest] height of a swing foot's lowest point at its table phase u. */
export function swingCorridor(u: number, out: [number, number]): [number, number] {
  const d = Math.min(u - TABLE_TOE_OFF, 1 - u)
  out[0] = Math.min(SWING_CLEARANCE, LIFT_RATE * d)
  out[1] = LANDING_RATE * d
  return out
}

/**
 * How much a swing foot's IK keeps the foot's pitch: fully at toe-off and at initial contact (as in
 * stance, so the legs move continuously through both events), not at all in mid-swing, where the
 * ankle keeps its sourced angle (a dropped foot stays dropped).
 */
function swingPitchHold(u: number): number {
  return Math.max(1 - smoothstep((u - TABLE_TOE_OFF) / APPROACH), smoothstep((u - (1 - APPROACH)) / APPROACH))
}

/** How much a foot at its own table phase u has to say in the pelvis height (see solveGround). */
function heightSay(u: number): number {
  if (u >= TABLE_TOE_OFF) return smoothstep((u - (1 - APPROACH)) / APPROACH)
  const unload = TABLE_TOE_OFF - DOUBLE_SUPPORT
  return u < unload ? 1 : 1 - smoothstep((u - unload) / DOUBLE_SUPPORT)
}

const H = { left: 0, right: 0 }
/** Fore-aft lever (m) from the ankle to the lowest point when that is the forefoot, else 0 (heel down). */
const HEEL_UP = { left: 0, right: 0 }
const REACH_DOWN = { left: 0, right: 0 }
/** The part of REACH_DOWN that push-off plantarflexion gives. */
const PUSH_REACH = { left: 0, right: 0 }
const CORRIDOR: [number, number] = [0, 0]

/**
 * Lowest foot point of a side (pelvis offset as solved), and how far down its ankle can still reach once
 * moved `shift` metres forward (the double-support hold).
 */
function measureLeg(s: Side, A: Float64Array, feet: Float64Array, xform: JointTransforms, freedom: JointFreedom, shift: number): void {
  const first = s === 'left' ? 0 : 3
  let h = Infinity
  let lowest = first
  for (let k = first; k < first + 3; k++) {
    if (feet[k * 3 + 1]! < h) {
      h = feet[k * 3 + 1]!
      lowest = k
    }
  }
  H[s] = h
  const hip = LEG_CHAIN[s][0]! * 3
  const ankle = LEG_CHAIN[s][2]! * 3
  const P = xform.position
  const dx = P[ankle]! - P[hip]!
  // Where the ankle will be fore and aft: its place now, moved by the double-support hold.
  const dz = P[ankle + 2]! + shift - P[hip + 2]!
  const r = reach(freedom.min[s === 'left' ? 1 : 4]!)
  const bottom = P[hip + 1]! - Math.sqrt(Math.max(0, r * r - dx * dx - dz * dz))
  REACH_DOWN[s] = Math.max(0, P[ankle + 1]! - bottom)
  HEEL_UP[s] = lowest === first ? 0 : Math.max(0.05, feet[lowest * 3 + 2]! - P[ankle + 2]!)
  // ... and further by push-off, as far as the condition lets the ankle plantarflex.
  const slot = s === 'left' ? 2 : 5
  const ankleNow = A[LEG[s].ankle + FLEX]!
  const room = Math.max(0, Math.min(PUSH_OFF_MAX, ankleNow - Math.max(freedom.min[slot]!, SOURCED_ANKLE[slot]! - PUSH_OFF_MAX)))
  PUSH_REACH[s] = HEEL_UP[s] * Math.sin((room * Math.PI) / 180) * freedom.less[slot]!
  REACH_DOWN[s] += PUSH_REACH[s]
}

const ANKLE_POS = new Float64Array(3)

/** Ankle joint position after recomposing the leg's hip, knee and ankle nodes (pelvis as solved). */
function ankleAt(s: Side, A: Float64Array, xform: JointTransforms): Float64Array {
  const chain = LEG_CHAIN[s]
  composeJoint(chain[0]!, A, xform)
  composeJoint(chain[1]!, A, xform)
  composeJoint(chain[2]!, A, xform)
  const a = chain[2]! * 3
  ANKLE_POS[0] = xform.position[a]!
  ANKLE_POS[1] = xform.position[a + 1]!
  ANKLE_POS[2] = xform.position[a + 2]!
  return ANKLE_POS
}

/**
 * Two-bone IK in the leg's sagittal plane: moves the ankle by `dy` metres (up +) and `dz` (forward +)
 * by changing hip and knee flexion, reaching that fore-aft place with weight `holdZ` (1 in stance: the foot stays where it is
 * on the floor; small in swing, where it may go a little forward or back). Each joint gives in
 * proportion to its freedom for the way it moves (`freedom`, see JointFreedom), by damped least
 * squares, so the result changes smoothly with the inputs, and stays inside the condition's bounds. The
 * knee stays no straighter than it was or than 0°. The ankle then turns back by `keepPitch` × its
 * freedom × the shank's change so the foot keeps its pitch (the engine's small-angle sagittal rule:
 * shank pitch = hip flexion − knee flexion).
 */
export function moveAnkle(
  s: Side,
  dy: number,
  A: Float64Array,
  xform: JointTransforms,
  freedom: JointFreedom,
  keepPitch: number,
  holdZ: number,
  dz = 0,
): void {
  const hip = LEG[s].hip + FLEX
  const knee = LEG[s].knee + FLEX
  const f = s === 'left' ? 0 : 3
  const hipAny = Math.max(freedom.more[f]!, freedom.less[f]!)
  const kneeAny = Math.max(freedom.more[f + 1]!, freedom.less[f + 1]!)
  if (hipAny + kneeAny < 1e-3) return
  const hip0 = A[hip]!
  const knee0 = A[knee]!
  const kneeMin = Math.min(knee0, 0)
  const clampHip = (v: number) => keepInside(freedom, f, Math.max(HIP_RANGE[0], Math.min(HIP_RANGE[1], v)), hip0)
  const clampKnee = (v: number) => keepInside(freedom, f + 1, Math.max(kneeMin, Math.min(KNEE_MAX, v)), knee0)
  const start = ankleAt(s, A, xform)
  const ty = start[1]! + dy
  const tz = start[2]! + dz
  // First the knee, by the law of cosines on the hip–ankle distance: near a straight knee the Jacobian
  // has no length direction, so Newton steps alone would barely move. Scaled by the knee's freedom.
  const P = xform.position
  const hp = LEG_CHAIN[s][0]! * 3
  const kp = LEG_CHAIN[s][1]! * 3
  const l1 = Math.hypot(P[kp]! - P[hp]!, P[kp + 1]! - P[hp + 1]!, P[kp + 2]! - P[hp + 2]!)
  const l2 = Math.hypot(start[0]! - P[kp]!, start[1]! - P[kp + 1]!, start[2]! - P[kp + 2]!)
  const bend = (dist: number) => Math.acos(Math.max(-1, Math.min(1, (dist * dist - l1 * l1 - l2 * l2) / (2 * l1 * l2))))
  const now = Math.hypot(start[0]! - P[hp]!, start[1]! - P[hp + 1]!, start[2]! - P[hp + 2]!)
  const wanted = Math.hypot(start[0]! - P[hp]!, ty - P[hp + 1]!, tz - P[hp + 2]!)
  // acos gives the bend's size; a hyperextended knee bends the other way (and lengthens no further).
  const bendNow = knee0 < 0 ? -bend(now) : bend(now)
  const bendWanted = knee0 < 0 && wanted >= now ? bendNow : bend(wanted)
  const kneeFree = freedomFor(freedom, f + 1, bendWanted - bendNow)
  const kneeShare = kneeFree / Math.max(hipAny, kneeFree, 1e-9)
  A[knee] = clampKnee(knee0 + (kneeShare * (bendWanted - bendNow) * 180) / Math.PI)
  const qz = holdZ
  for (let it = 0; it < IK_ITERATIONS; it++) {
    const p = ankleAt(s, A, xform)
    const ey = ty - p[1]!
    const ez = tz - p[2]!
    if (Math.abs(ey) < 1e-5 && Math.abs(ez * qz) < 1e-5) break
    const y0 = p[1]!
    const z0 = p[2]!
    A[hip] = A[hip]! + IK_STEP
    const ph = ankleAt(s, A, xform)
    const jhy = (ph[1]! - y0) / IK_STEP
    const jhz = (ph[2]! - z0) / IK_STEP
    A[hip] = A[hip]! - IK_STEP
    A[knee] = A[knee]! + IK_STEP
    const pk = ankleAt(s, A, xform)
    const jky = (pk[1]! - y0) / IK_STEP
    const jkz = (pk[2]! - z0) / IK_STEP
    A[knee] = A[knee]! - IK_STEP
    // Weighted damped least squares: (JᵀQJ + λ·W⁻¹) δ = JᵀQ e, Q = diag(1, qz), W = the freedoms for the
    // way each joint moves: solved once with each joint's larger freedom, then again with the freedom
    // of the way the first solution moves it.
    const gh = jhy * ey + qz * jhz * ez
    const gk = jky * ey + qz * jkz * ez
    const b = jhy * jky + qz * jhz * jkz
    const step = (wh: number, wk: number) => {
      const a = jhy * jhy + qz * jhz * jhz + IK_DAMPING / Math.max(wh, 1e-4)
      const d = jky * jky + qz * jkz * jkz + IK_DAMPING / Math.max(wk, 1e-4)
      const det = a * d - b * b
      STEP[0] = (d * gh - b * gk) / det
      STEP[1] = (a * gk - b * gh) / det
    }
    step(hipAny, kneeAny)
    // A joint already at a bound the step pushes it against takes no part (else the other joint would move
    // as if it did, and drift).
    const wh = freedomFor(freedom, f, STEP[0]!) * stuck(A[hip]! + STEP[0]!, clampHip(A[hip]! + STEP[0]!))
    const wk = freedomFor(freedom, f + 1, STEP[1]!) * stuck(A[knee]! + STEP[1]!, clampKnee(A[knee]! + STEP[1]!))
    step(wh, wk)
    const clampStep = (v: number) => Math.max(-IK_MAX_STEP, Math.min(IK_MAX_STEP, v))
    A[hip] = clampHip(A[hip]! + clampStep(STEP[0]!))
    A[knee] = clampKnee(A[knee]! + clampStep(STEP[1]!))
  }
  const ankle = LEG[s].ankle + FLEX
  const turn = A[knee]! - knee0 - (A[hip]! - hip0)
  const ankle0 = A[ankle]!
  A[ankle] = keepInside(freedom, f + 2, ankle0 + keepPitch * freedomFor(freedom, f + 2, turn) * turn, ankle0)
}

const STEP = new Float64Array(2)
/** 0 when clamping moved a value (the joint is at a bound), else 1. */
const stuck = (value: number, clamped: number) => (Math.abs(clamped - value) > 1e-9 ? 0 : 1)
/** The ankles' sourced angles at the start of a solve (slots 2 and 5, as in JointFreedom). */
const SOURCED_ANKLE = new Float64Array(6)

/**
 * In double support, how far (m, forward +) the foot NOT carrying most of the body must move so the two
 * feet keep the spacing they had at the leading foot's initial contact (hold): both stay where they
 * landed, the step length is the one measured at contact, and the floor (which follows the loaded foot)
 * carries both alike. 0 for the loaded foot, in single support, or without a hold.
 */
function holdSpacing(s: Side, tau: number, feet: Float64Array, hold: DoubleSupportHold | null): number {
  if (!hold) return 0
  const o: Side = s === 'left' ? 'right' : 'left'
  const u = localPhase(s, tau)
  const uo = localPhase(o, tau)
  if (u >= TABLE_TOE_OFF || uo >= TABLE_TOE_OFF || loadShare(u) >= loadShare(uo)) return 0
  const lead: Side = u < uo ? s : o
  const trail: Side = lead === s ? o : s
  const k = lead === 'right' ? 0 : 1
  const point = hold.trailPoint[k]!
  if (point < 0) return 0
  const leadHeel = (lead === 'left' ? 0 : 3) * 3 + 2
  const trailZ = feet[point * 3 + 2]!
  const leadZ = feet[leadHeel]!
  const spacing = hold.spacing[k]!
  return s === trail ? leadZ + spacing - trailZ : trailZ - spacing - leadZ
}

/**
 * Solves the pelvis height and the legs for one frame (see the module comment). `A` holds the
 * sourced angles and is adjusted in place; `offset` holds the pelvis sway (x) and fore-aft place (z),
 * and gets the height (y). Writes the six foot points (floor at y = 0) into `feet` and fills `out`.
 */
export function solveGround(
  A: Float64Array,
  tau: number,
  offset: Float64Array,
  xform: JointTransforms,
  feet: Float64Array,
  out: GroundContact,
  freedom: JointFreedom = ALL_FREE,
  hold: DoubleSupportHold | null = null,
): GroundContact {
  let y = 0
  SOURCED_ANKLE[2] = A[LEG.left.ankle + FLEX]!
  SOURCED_ANKLE[5] = A[LEG.right.ankle + FLEX]!
  for (let pass = 0; pass < SOLVE_PASSES + LAST_RESORT_PASSES; pass++) {
    // Last resort: where the free joints and the pelvis could not put a stance foot on the floor, the
    // condition's held hips and knees give a little too (only what is still missing, so they stay close).
    const free = pass < SOLVE_PASSES ? freedom : lastResort(freedom)
    offset[1] = 0
    placeFeet(A, tau, offset, xform, feet)
    let pref = 0
    let lo = -Infinity
    let hi = Infinity
    let swingLo = -Infinity
    let swingHi = Infinity
    let weight = 0
    for (const s of SIDES) {
      measureLeg(s, A, feet, xform, free, holdSpacing(s, tau, feet, hold))
      const u = localPhase(s, tau)
      const h = H[s]
      // Which feet set the pelvis height: a foot about to land joins in over APPROACH and keeps its say
      // through stance; the trailing foot hands over in its pre-swing. So the leading foot lands with its
      // sourced knee, and the trailing foot reaches down by push-off rather than the leading knee bending.
      const say = heightSay(u)
      if (say > 0) {
        let target = 0
        if (u >= TABLE_TOE_OFF) target = swingCorridor(u, CORRIDOR)[0]
        pref += say * (target - h)
        weight += say
      }
      if (u < TABLE_TOE_OFF) {
        lo = Math.max(lo, -h - SHORTEN_MAX)
        hi = Math.min(hi, -h + REACH_DOWN[s])
      } else {
        swingCorridor(u, CORRIDOR)
        swingLo = Math.max(swingLo, CORRIDOR[0] - h - SHORTEN_MAX)
        swingHi = Math.min(swingHi, CORRIDOR[1] - h + REACH_DOWN[s])
      }
    }
    // The swing corridor may move the pelvis only if the stance feet can still reach the floor.
    if (Math.max(lo, swingLo) <= Math.min(hi, swingHi)) {
      lo = Math.max(lo, swingLo)
      hi = Math.min(hi, swingHi)
    }
    pref = weight > 0 ? pref / weight : 0
    y = lo <= hi ? Math.min(Math.max(pref, lo), hi) : hi
    // Done once every foot is where it must be (within a tenth of a millimetre).
    let worst = 0
    for (const s of SIDES) {
      const u = localPhase(s, tau)
      const height = y + H[s]
      const target = u < TABLE_TOE_OFF ? 0 : Math.min(Math.max(height, swingCorridor(u, CORRIDOR)[0]), CORRIDOR[1])
      worst = Math.max(worst, Math.abs(target - height))
    }
    if (worst < 1e-4 && pass > 0) break
    for (const s of SIDES) {
      const u = localPhase(s, tau)
      const height = y + H[s]
      if (u < TABLE_TOE_OFF) {
        const kneeReach = REACH_DOWN[s] - PUSH_REACH[s]
        const slot = s === 'left' ? 2 : 5
        const ankleFree = free.less[slot]!
        if (height > kneeReach && HEEL_UP[s] > 0 && ankleFree > 0) {
          // Beyond a straight knee a foot on its forefoot reaches down by plantarflexing (push-off).
          const extra = Math.min(1, (height - kneeReach) / HEEL_UP[s])
          const ankle = LEG[s].ankle + FLEX
          const before = A[ankle]!
          // Never more than PUSH_OFF_MAX beyond the sourced angle, however many passes ask for it.
          const most = Math.min(before, SOURCED_ANKLE[slot]! - PUSH_OFF_MAX)
          const wanted = before - (ankleFree * Math.asin(extra) * 180) / Math.PI
          A[ankle] = keepInside(free, slot, Math.max(most, wanted), before)
        }
        const dz = holdSpacing(s, tau, feet, hold)
        // In the last-resort passes the spacing yields to the floor where a leg cannot do both (weight
        // HOLD_YIELD on the fore-aft error).
        const holdZ = dz === 0 || pass < SOLVE_PASSES ? 1 : HOLD_YIELD
        if (Math.abs(height) > 1e-6 || Math.abs(dz) > 1e-6) moveAnkle(s, -height, A, xform, free, 1, holdZ, dz)
      } else {
        swingCorridor(u, CORRIDOR)
        const target = Math.min(Math.max(height, CORRIDOR[0]), CORRIDOR[1])
        const pitchHold = swingPitchHold(u)
        // A swing leg's held joints stay held even as a last resort (no knee bent past a stiff knee's cap).
        if (Math.abs(target - height) > 1e-6) moveAnkle(s, target - height, A, xform, freedom, pitchHold, SWING_Z_HOLD + (1 - SWING_Z_HOLD) * pitchHold)
      }
    }
  }
  offset[1] = y
  placeFeet(A, tau, offset, xform, feet)
  out.pelvisY = y
  let best = 'right' as Side
  for (const s of SIDES) {
    const u = localPhase(s, tau)
    out.load[s] = loadShare(u)
    out.onFloor[s] = u < TABLE_TOE_OFF
  }
  if (out.load.left > out.load.right) best = 'left'
  out.side = best
  const first = best === 'left' ? 0 : 3
  let point = first
  for (let k = first + 1; k < first + 3; k++) if (feet[k * 3 + 1]! < feet[point * 3 + 1]!) point = k
  out.point = point
  return out
}
