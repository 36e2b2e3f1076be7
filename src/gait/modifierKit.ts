/**
 * What a gait change is made of: the context a modifier reads and writes, the definition type, and the
 * small math helpers the modifiers share (periodic windows, soft caps, "absorb" rules for the spine).
 * Condition modules (src/conditions/<id>/gait.ts) import everything they need from here.
 *
 * A modifier is a change on top of normal walking for the affected side, scaled by `amount` =
 * severity × weight (0…1). It sees the affected leg's own phase in the normal tables (`ta`, 0 = its
 * initial contact, stance ≈ 0–0.6, swing ≈ 0.6–1) and the other leg's (`to` = ta + 0.5), so its windows
 * stay on the right gait events even when a limp warps time.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { NORMAL_CURVES } from './normalGait'

/**
 * How sure a figure is: `measured` (a study measured it in people with the condition), `reasoned`
 * (follows from mechanics, not measured) or `illustrative` (size or timing chosen for teaching).
 */
export type EvidenceGrade = 'measured' | 'reasoned' | 'illustrative'

/** Offsets into the flat angle array ([flexion, adduction, rotation] per joint) of one leg's joints. */
export interface LegOffsets {
  hip: number
  knee: number
  ankle: number
}

/** What a modifier reads and writes. */
export interface ModifierContext {
  /** [flexion, adduction, rotation] × JOINT_COUNT, degrees, clinical signs. */
  angles: Float64Array
  /** Lumbar totals L5_S1…L1_L2 [flexion, adduction (side-bend, left +), rotation (left +)], spread later. */
  spine: Float64Array
  /** Offset of the pelvis angles, and of T12_L1's. */
  pelvis: number
  thoracolumbar: number
  side: Side
  /**
   * +1 when the affected side is the left, −1 the right. It is the sign of "affected side up" for
   * pelvic obliquity and of "toward the affected side" for spine side-bend and rotation; pelvic
   * rotation "affected side forward" is −sL.
   */
  sL: number
  aff: LegOffsets
  other: LegOffsets
  /** Table phase of the affected leg (0 = its initial contact) and of the other leg. */
  ta: number
  to: number
  /** Normal-walking pelvis [flexion, obliquity, rotation] at this table phase, before any modifier. */
  basePelvis: Float64Array
  /**
   * The condition's severity 0…1 (amount = severity × weight). Most changes need only their amount; a
   * change whose PATTERN depends on severity (weak hip abductors: a pelvic drop at moderate weakness, a
   * trunk lurch above it) reads it here so a link fading in does not replay the severity scale.
   */
  severity: number
}

/** Public description of one gait change (everything but its modifier function). */
export interface GaitChangeInfo {
  /** Stable kebab-case id, unique across all conditions; chain links name their change by it. */
  id: string
  /** A few words for a chart legend or a debug panel. */
  label: string
  /** What it does at severity 1 and weight 1, with its magnitudes. */
  atFullSeverity: string
  /** How sure its size is (see EvidenceGrade). */
  grade: EvidenceGrade
  /** Where the figures or the mechanism come from; for illustrative changes, why no figure is used. */
  source: string
  /**
   * Phase of the AFFECTED leg's own cycle (0 = its initial contact) at which the change shows best,
   * for still frames. Use keyPhaseFor() to get the cycle phase to pass to pose().
   */
  keyPhase: number
  /**
   * Stance-shortening time warp at amount 1 (antalgic gait): the amplitude A of the warp
   * τ = s + A·(1 − cos 2πs)/2π on the affected leg's phase s. 0 = none.
   */
  warp: number
  /**
   * Order of application: 0 = hips, knees, pelvis; then the engine turns each stance ankle so the foot
   * keeps its normal pitch on the floor; 1 = ankle changes (which may then lift the heel); 2 = spine
   * (which may react to the pelvis changes). Within a stage, changes apply in their condition's order.
   */
  stage: 0 | 1 | 2
}

/** One gait change: its description and the modifier that applies it. */
export interface GaitChangeDef extends GaitChangeInfo {
  apply(c: ModifierContext, amount: number): void
}

/** Indices of [flexion, adduction, rotation] within one joint's three angles. */
export const FLEX = 0
export const ADD = 1
export const ROT = 2

/** Normal-walking hip flexion range (degrees), for changes that squeeze or shift it. */
export const HIP_MAX = NORMAL_CURVES.hipFlexion.max
export const HIP_MIN = NORMAL_CURVES.hipFlexion.min
export const HIP_MEAN = NORMAL_CURVES.hipFlexion.mean

/** Signed distance from `c` to `t` on the unit circle, in [−0.5, 0.5). */
function circ(t: number, c: number): number {
  const d = t - c + 0.5
  return d - Math.floor(d) - 0.5
}

/** Raised-cosine window on the cycle: 1 at `centre`, 0 beyond `half` either side; smooth (C1). */
export function bump(t: number, centre: number, half: number): number {
  const d = circ(t, centre)
  if (d <= -half || d >= half) return 0
  return 0.5 + 0.5 * Math.cos((Math.PI * d) / half)
}

/** 0 below 0, 1 above 1, a smooth S between. */
export function smoothstep(x: number): number {
  const u = x <= 0 ? 0 : x >= 1 ? 1 : x
  return u * u * (3 - 2 * u)
}

/**
 * Window on the cycle that is 1 from `start + ramp` to `end − ramp` and fades smoothly to 0 at `start`
 * and `end` (end may wrap past 1, e.g. start 0.58, end 0.2).
 */
export function plateau(t: number, start: number, end: number, ramp: number): number {
  const u = t - start - Math.floor(t - start)
  const span = end - start - Math.floor(end - start)
  if (u >= span) return 0
  return smoothstep(u / ramp) * smoothstep((span - u) / ramp)
}

/** Smooth minimum of v and cap (within ±k of the cap the corner is rounded). */
export function softMin(v: number, cap: number, k = 2): number {
  const h = Math.max(0, Math.min(1, 0.5 + (0.5 * (cap - v)) / k))
  return cap + (v - cap) * h - k * h * (1 - h)
}

/** Smooth maximum of v and floor. */
export function softMax(v: number, floor: number, k = 2): number {
  return -softMin(-v, -floor, k)
}

/** Moves angle `i` toward `target` by fraction `f` (0…1). */
export function toward(a: Float64Array, i: number, target: number, f: number): void {
  a[i] = a[i]! + f * (target - a[i]!)
}

/** How far the change is faded in (its weight 0…1), from its amount and the condition's severity. */
export function weightOf(c: ModifierContext, amount: number): number {
  return c.severity > 0 ? Math.min(1, amount / c.severity) : 0
}

/** Extra pelvic obliquity beyond normal walking, lumbar spine bent against it (thorax kept level). */
export function absorbObliquity(c: ModifierContext, amount: number): void {
  c.spine[ADD] = c.spine[ADD]! + amount * (c.angles[c.pelvis + ADD]! - c.basePelvis[ADD]!)
}

/** Extra pelvic rotation beyond normal walking, lumbar spine turned against it (thorax kept facing). */
export function absorbRotation(c: ModifierContext, amount: number): void {
  c.spine[ROT] = c.spine[ROT]! - amount * (c.angles[c.pelvis + ROT]! - c.basePelvis[ROT]!)
}
