/**
 * The gait engine's pose assembly: the skeleton's pose at any phase of the walking cycle, for normal
 * walking or for a condition with its compensations faded in by weights.
 *
 * Normal walking (all from the project's copies in normalGait.ts):
 * - hips (flexion, adduction), knees, ankles: OpenSim normal.mot, right side; left = half a cycle later;
 * - pelvis tilt, obliquity and rotation: normal.mot, converted to clinical signs;
 * - lumbar side-bend, rotation and flexion/extension: OpenSim subject01 inverse kinematics (measured),
 *   spread over L5_S1…L1_L2 with LUMBAR_LEVEL_WEIGHTS;
 * - head: kept level and facing forward by counter-rotating C7_T1 against everything below it (exactly);
 * - arms: illustrative swing opposite to the legs (no table in the reference);
 * - toes (MTP): extended in late stance by exactly the foot's heel-up pitch (feet.ts);
 * - pelvis: lateral sway from subject01 pelvis_tz (mean-centred); vertical offset from forward
 *   height solved so the stance feet meet the floor exactly as the timing declares (contact.ts); no
 *   forward surge (the floor follows the loaded foot: floorStep()).
 * The condition's changes come in with the condition (GaitCondition.changes): this module knows none.
 * Pure: no React, no three.
 */
import { JOINTS, type ClinicalAngles } from '../anatomy/joints'
import type { Side } from '../anatomy/regions'
import { clamp01, createAmounts, resolveAmounts, warpOf } from './amounts'
import { createGroundContact, createJointFreedom, freeAllJoints, solveGround } from './contact'
import { C7, ELBOW, HEAD_CHAIN, LEG, LUMBAR, LUMBAR_LEVELS, PELVIS, SHOULDER, T12 } from './jointSlots'
import { FOOT_POINTS, JOINT_COUNT, createJointTransforms, jointAnglesFromRotation, jointRotation, multiply3 } from './kinematics'
import { ADD, FLEX, ROT, plateau, smoothstep, type GaitChangeDef, type ModifierContext } from './modifierKit'
import { NORMAL_CURVES, wrapPhase } from './normalGait'
import { createStrideCache, type DoubleSupportHold, type StrideGeometry } from './stride'
import type { GaitCondition, GaitWeights, Pose } from './types'
import { stanceFractionsForWarp, unwarpPhase, warpPhase } from './warp'

/** Normal walking: no condition. */
export const NORMAL_WALKING: Readonly<GaitCondition> = Object.freeze({ changes: [], slowdown: 1, side: 'left', severity: 0 })

/**
 * Share of the lumbar motion taken by each level, L5_S1, L4_L5, L3_L4, L2_L3, L1_L2 (each row sums to 1).
 * From the "representative" segmental ranges of motion of White & Panjabi (Clinical Biomechanics of the
 * Spine, 1990): flexion–extension 17, 16, 15, 14, 12°; lateral bending 3, 6, 8, 6, 6°; axial rotation
 * 1, 2, 2, 2, 2°. These are textbook values recalled, not in the project's reference [R]; a 2024
 * radiographic study (Nakanishi et al., Fukushima J Med Sci, doi 10.5387/fms.2023-24) agrees that side-bend
 * is largest at L3–L4 and smallest at L5–S1. Each level moves in proportion to how much it can move.
 */
export const LUMBAR_LEVEL_WEIGHTS = {
  levels: LUMBAR_LEVELS,
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
 * Step-length balance of the antalgic warp: at warp amplitude A the affected hip swings (1 − 0.6·A) of
 * its normal range about its mean and the other hip (1 + 0.6·A), so the body travels less over the
 * painful foot during its shorter stance and more over the sound one (illustrative factor, chosen to
 * roughly halve the pelvis surge a pure time warp would need on a constant-speed floor).
 */
export const WARP_STEP_BALANCE = 0.6

// ---------------------------------------------------------------- scratch buffers (no allocation per frame)

const ANGLES = new Float64Array(JOINT_COUNT * 3)
const AMOUNTS = createAmounts()
const SCRATCH_AMOUNTS = createAmounts()
const XFORM = createJointTransforms()
const FOOT = new Float64Array(FOOT_POINTS.length * 3)
const OFFSET = new Float64Array(3)
const M1 = new Float64Array(9)
const M2 = new Float64Array(9)
const M3 = new Float64Array(9)
const BASE_LEGS = new Float64Array(6)
const CONTACT = createGroundContact()
/**
 * How freely the contact solve may move each leg joint (left hip, knee, ankle, right hip, knee, ankle)
 * either way, and how far, from the condition's changes at this instant (probeHeldJoints): the solve
 * leaves held joints as the condition set them (a stiff ankle does not push off, a painful hip is not
 * swung further, a contracted knee does not straighten) and reaches the floor with the free joints and
 * the pelvis height.
 */
const CONTACT_FREEDOM = createJointFreedom()
const LEG_SLOTS = [LEG.left.hip, LEG.left.knee, LEG.left.ankle, LEG.right.hip, LEG.right.knee, LEG.right.ankle].map((o) => o + FLEX)
const LEG_SOURCED = new Float64Array(6)
const LEG_RESULT = new Float64Array(6)
const LEG_NUDGED = new Float64Array(6)
/** How much of each nudge (+PROBE, −PROBE, +PROBE_FAR, −PROBE_FAR) each leg joint followed. */
const FOLLOWS = new Float64Array(24)
const LEG_BASE = new Float64Array(6)
const SNAP_ANGLES = new Float64Array(JOINT_COUNT * 3)
const SNAP_SPINE = new Float64Array(3)
/** Small nudge (°) of probeHeldJoints: how freely a joint follows. */
const PROBE = 8
/** Far nudge (°): where the condition stops a joint, if it does within this. */
const PROBE_FAR = 40
const NUDGES = [PROBE, -PROBE, PROBE_FAR, -PROBE_FAR] as const
const CURRENT = { tau: 0, solve: true }

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
  severity: 0,
}

const strides = createStrideCache(
  (phase, side, changes, amounts, holds) => {
    core(phase, side, changes, amounts, holds)
    return { feet: FOOT, contactPoint: CONTACT.point }
  },
  (side, changes, amounts, out) => {
    // The feet at each initial contact (table phase 0: right, 0.5: left), solved with no hold (at that
    // instant the hold changes nothing): the trailing foot's touching point and its place behind the heel.
    for (let k = 0; k < 2; k++) {
      core(0, side, changes, amounts, null, k * 0.5)
      const trail = k === 0 ? 0 : 3
      let point = trail
      for (let p = trail + 1; p < trail + 3; p++) if (FOOT[p * 3 + 1]! < FOOT[point * 3 + 1]!) point = p
      out.trailPoint[k] = point
      out.spacing[k] = FOOT[point * 3 + 2]! - FOOT[(3 - trail) * 3 + 2]!
    }
  },
)

// ---------------------------------------------------------------- the pose

/** Allocates an empty Pose (every joint at 0) to reuse with pose(…, out). */
export function createPose(): Pose {
  const joints: Record<string, ClinicalAngles> = {}
  for (const j of JOINTS) joints[j.name] = { flexion: 0, adduction: 0, rotation: 0 }
  return {
    joints,
    pelvisOffset: [0, 0, 0],
    stanceSide: 'right',
    feet: new Float64Array(FOOT_POINTS.length * 3),
    contactPoint: 3,
    load: { left: 0, right: 1 },
    onFloor: { left: true, right: true },
    tablePhase: 0,
  }
}

/**
 * The skeleton's pose at a phase of the gait cycle.
 *
 * @param phase  fraction of the cycle, 0 = right initial contact in normal walking (any real number;
 *               wrapped into [0, 1)). Advance it by dt / gaitTiming(...).strideTime each frame.
 * @param condition the condition's changes, side and severity; `null`, no changes or severity 0 = normal walking.
 * @param weights how far each gait change is faded in (0…1; missing = 0). Default: every change at 1.
 * @param out    optional Pose to overwrite (from createPose()) so a render loop allocates nothing.
 * @returns clinical angles in degrees for every joint of JOINTS, the pelvis offset in metres (z = 0:
 *          the floor follows the loaded foot, see floorStep), the foot points, which feet are on the
 *          floor and how the body's load is shared between them.
 */
export function pose(phase: number, condition?: GaitCondition | null, weights?: GaitWeights, out?: Pose): Pose {
  resolveAmounts(condition, weights, AMOUNTS)
  const side: Side = condition?.side ?? 'left'
  const changes = condition?.changes ?? NORMAL_WALKING.changes
  CTX.severity = clamp01(condition?.severity ?? 0)
  // The feet's spacing at each initial contact, kept through double support (cached per condition).
  const holds = CURRENT.solve ? strides.get(side, changes, AMOUNTS, CTX.severity).holds : null
  core(phase, side, changes, AMOUNTS, holds)
  return writePose(out ?? createPose())
}

/**
 * The joint angles as the tables and the condition's changes give them, BEFORE the contact solve
 * (contact.ts) adjusts the legs and the pelvis height: for tests and tools that look at what a change
 * itself does. Only `joints` and `tablePhase` are meaningful; the skeleton is posed with pose().
 */
export function sourcedPose(phase: number, condition?: GaitCondition | null, weights?: GaitWeights, out?: Pose): Pose {
  CURRENT.solve = false
  try {
    return pose(phase, condition, weights, out)
  } finally {
    CURRENT.solve = true
  }
}

/**
 * Fills ANGLES, OFFSET, FOOT and CONTACT for one cycle phase (or, when `tablePhase` is given, for that
 * table phase), the contact solve keeping `holds` in double support.
 */
function core(
  phase: number,
  side: Side,
  changes: readonly GaitChangeDef[],
  amounts: Float64Array,
  holds: DoubleSupportHold | null,
  tablePhase = Number.NaN,
): void {
  let active = false
  for (let i = 0; i < changes.length; i++) if (amounts[i]! > 0) active = true
  const warp = active ? warpOf(changes, amounts) : 0
  const tau = !Number.isNaN(tablePhase) ? tablePhase : warp > 0 ? warpPhase(phase, warp, side) : wrapPhase(phase)
  CURRENT.tau = tau
  const A = ANGLES
  A.fill(0)
  freeAllJoints(CONTACT_FREEDOM)

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

  if (active) applyChanges(A, side, tau, warp, changes, amounts)

  // Spread the lumbar totals over the five levels.
  for (let l = 0; l < LUMBAR.length; l++) {
    const o = LUMBAR[l]!
    A[o + FLEX] = spine[FLEX]! * LUMBAR_LEVEL_WEIGHTS.flexion[l]!
    A[o + ADD] = spine[ADD]! * LUMBAR_LEVEL_WEIGHTS.adduction[l]!
    A[o + ROT] = spine[ROT]! * LUMBAR_LEVEL_WEIGHTS.rotation[l]!
  }

  // Head level and facing forward: C7_T1 undoes the world rotation of everything below it.
  levelHead(A)

  // Feet: the pelvis height and the legs solved so the stance feet meet the floor (contact.ts). No fore-aft
  // surge: the floor follows the loaded foot instead (floorStep), so the skeleton stays put.
  OFFSET[0] = NORMAL_CURVES.pelvisSwayX.at(tau)
  OFFSET[2] = 0
  if (CURRENT.solve) solveGround(A, tau, OFFSET, XFORM, FOOT, CONTACT, CONTACT_FREEDOM, holds)
}

function applyChanges(A: Float64Array, side: Side, tau: number, warp: number, changes: readonly GaitChangeDef[], amounts: Float64Array): void {
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
  probeHeldJoints(A, changes, amounts)
  runStage(0, changes, amounts)
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
  runStage(1, changes, amounts)
  runStage(2, changes, amounts)
}

/**
 * Runs the hip/knee and ankle stages on the snapshot with the six sagittal leg angles set to `legs`,
 * each plus `nudge`, and leaves the six results in `out`.
 */
function runLegStages(legs: Float64Array, nudge: number, out: Float64Array, changes: readonly GaitChangeDef[], amounts: Float64Array): void {
  const A = CTX.angles
  A.set(SNAP_ANGLES)
  CTX.spine.set(SNAP_SPINE)
  for (let k = 0; k < 6; k++) A[LEG_SLOTS[k]!] = legs[k]! + nudge
  runStage(0, changes, amounts)
  runStage(1, changes, amounts)
  for (let k = 0; k < 6; k++) out[k] = A[LEG_SLOTS[k]!]!
}

/** Whether a joint that followed `near` of a small nudge and `far` of a far one is stopped that way (see below). */
const isLimit = (far: number, near: number, farOpposite: number) => far < 0.98 && (farOpposite > 0.95 || far < near - 0.1)

/**
 * Finds how the condition holds each leg joint at this instant (caps, floors, squeezes, targets: a stiff
 * ankle, a knee that will not bend, a knee that will not straighten, a painful hip's narrow range). The
 * question is "if the contact solve moved the leg away from what the changes gave, would the changes
 * keep it there?", so the probe starts from the changes' RESULT: with every leg angle set to its
 * result, every hip, knee and ankle is nudged by +PROBE° and then by −PROBE° and the hip/knee and ankle
 * stages run again. How much of a nudge a joint follows is its freedom that way (0 = held, 1 = free): a
 * floor (a knee flexion contracture) holds the joint one way only, a change that only adds to an angle
 * (a steppage's extra knee flexion) follows fully both ways, and a joint a change ties to a held one (a
 * hip swung back by a knee's hyperextension) is held with it. A nudge of ±PROBE_FAR° finds where the
 * condition stops a joint one way (its bound), so no move of the solve, however large, crosses it.
 */
function probeHeldJoints(A: Float64Array, changes: readonly GaitChangeDef[], amounts: Float64Array): void {
  SNAP_ANGLES.set(A)
  SNAP_SPINE.set(CTX.spine)
  for (let k = 0; k < 6; k++) LEG_SOURCED[k] = A[LEG_SLOTS[k]!]!
  runLegStages(LEG_SOURCED, 0, LEG_RESULT, changes, amounts)
  runLegStages(LEG_RESULT, 0, LEG_BASE, changes, amounts)
  for (let n = 0; n < NUDGES.length; n++) {
    const nudge = NUDGES[n]!
    runLegStages(LEG_RESULT, nudge, LEG_NUDGED, changes, amounts)
    for (let j = 0; j < 6; j++) FOLLOWS[n * 6 + j] = (LEG_NUDGED[j]! - LEG_BASE[j]!) / nudge
  }
  const f = CONTACT_FREEDOM
  for (let j = 0; j < 6; j++) {
    const up = FOLLOWS[j]!
    const down = FOLLOWS[6 + j]!
    const farUp = FOLLOWS[12 + j]!
    const farDown = FOLLOWS[18 + j]!
    // A joint that follows less than 60 % of a nudge is held outright (a soft cap inside its range still
    // follows part of a nudge); above that its freedom rises smoothly to 1.
    f.more[j] = smoothstep((up - 0.6) / 0.35)
    f.less[j] = smoothstep((down - 0.6) / 0.35)
    // A LIMIT one way (a floor, a cap: the joint free the other way, or stopped between the small and the
    // far nudge) is the edge of the joint's range: the solve never crosses it. A joint pulled toward a
    // target follows every nudge by the same fraction: that is a posture the condition prefers, which the
    // solve's last resort may give up a little (contact.ts), so it gets no bound.
    f.max[j] = isLimit(farUp, up, farDown) ? LEG_RESULT[j]! + farUp * PROBE_FAR : Infinity
    f.min[j] = isLimit(farDown, down, farUp) ? LEG_RESULT[j]! - farDown * PROBE_FAR : -Infinity
  }
  A.set(SNAP_ANGLES)
  CTX.spine.set(SNAP_SPINE)
}

/** Applies the changes of one stage in the condition's order. */
function runStage(stage: number, changes: readonly GaitChangeDef[], amounts: Float64Array): void {
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i]!
    const k = amounts[i]!
    if (change.stage === stage && k > 0) change.apply(CTX, k)
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

function writePose(out: Pose): Pose {
  const A = ANGLES
  for (let i = 0; i < JOINTS.length; i++) {
    const a = out.joints[JOINTS[i]!.name]!
    a.flexion = A[i * 3]!
    a.adduction = A[i * 3 + 1]!
    a.rotation = A[i * 3 + 2]!
  }
  out.pelvisOffset[0] = OFFSET[0]!
  out.pelvisOffset[1] = OFFSET[1]!
  out.pelvisOffset[2] = OFFSET[2]!
  out.stanceSide = CONTACT.side
  out.feet.set(FOOT)
  out.contactPoint = CONTACT.point
  out.load.left = CONTACT.load.left
  out.load.right = CONTACT.load.right
  out.onFloor.left = CONTACT.onFloor.left
  out.onFloor.right = CONTACT.onFloor.right
  out.tablePhase = CURRENT.tau
  return out
}

// ---------------------------------------------------------------- questions about a condition's stride

/** The stride geometry for a condition and weights (see StrideGeometry). Cached; used by gaitTiming(). */
export function strideGeometry(condition?: GaitCondition | null, weights?: GaitWeights): StrideGeometry {
  resolveAmounts(condition, weights, AMOUNTS)
  CTX.severity = clamp01(condition?.severity ?? 0)
  return strides.get(condition?.side ?? 'left', condition?.changes ?? NORMAL_WALKING.changes, AMOUNTS, CTX.severity)
}

/** Empties the stride-geometry cache (for tests and tools that change engine constants). */
export function clearStrideCache(): void {
  strides.clear()
}

/** How many stride geometries this thread has measured (a count that only grows; see importStrideGeometries). */
export function strideMeasurementCount(): number {
  return strides.measured
}

/** The stride geometries measured in this thread so far, by cache key (see importStrideGeometries). */
export function exportStrideGeometries(): [string, StrideGeometry][] {
  return strides.entries()
}

/**
 * Adds stride geometries measured elsewhere (exportStrideGeometries in the gait-analysis worker, with the
 * same engine, so the keys and values are the ones this thread would measure).
 */
export function importStrideGeometries(entries: readonly (readonly [string, StrideGeometry])[]): void {
  strides.prime(entries)
}

/**
 * Fraction of the cycle each leg spends in stance after the antalgic warp: 0.6 each in normal walking;
 * with a warp the affected leg's is shorter and the other leg's longer.
 */
export function stanceFractions(condition?: GaitCondition | null, weights?: GaitWeights): { left: number; right: number } {
  const warp = resolveAmounts(condition, weights, SCRATCH_AMOUNTS)
  return stanceFractionsForWarp(warp, condition?.side ?? 'left')
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
 * The cycle phase at which the condition's change `id` shows best (its keyPhase on the affected leg,
 * moved to the cycle and through the limp's time warp). Pass it to pose() for a still frame.
 */
export function keyPhaseFor(id: string, condition: GaitCondition, weights?: GaitWeights): number {
  const change = condition.changes.find((c) => c.id === id)
  if (!change) throw new RangeError(`The condition has no gait change ${JSON.stringify(id)}`)
  return cyclePhaseFor(change.keyPhase, condition, weights)
}
