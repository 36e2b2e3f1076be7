/**
 * When each muscle works in the stride, for the optional activity shading: its EMG on-windows of normal
 * walking (src/anatomy/muscles.ts, from heel strike of its own side) and the changes a condition makes to
 * them where a source says so, faded in with the chain link that brings them.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import type { MuscleDef } from '../anatomy/muscles'

/** Cycle fraction over which a muscle switches on or off (soft edges read better than a hard blink). */
const EDGE = 0.03

/**
 * The cycle phase of one side's own stride. The gait engine's phase 0 is the right heel strike
 * (src/gait pose()); the left heel strikes half a cycle later.
 */
export function sidePhase(phase: number, side: Side): number {
  const p = side === 'right' ? phase : phase - 0.5
  return p - Math.floor(p)
}

/** How far into a window [a, b] (b < a wraps past 1) the phase is: 1 inside, 0 outside, soft edges. */
function windowLevel(p: number, a: number, b: number): number {
  const span = b >= a ? b - a : b + 1 - a
  let x = p - a
  x -= Math.floor(x)
  if (x <= span) return 1
  const after = x - span
  const before = 1 - x
  if (after < EDGE) return 1 - after / EDGE
  if (before < EDGE) return 1 - before / EDGE
  return 0
}

/** Normal walking: how switched on the muscle is at its own side's phase, 0..1. */
export function normalActivity(m: MuscleDef, ownPhase: number): number {
  let level = 0
  for (const [a, b] of m.emg.windows) level = Math.max(level, windowLevel(ownPhase, a, b))
  return level
}

/** A condition's change to a muscle's activity (what a source reports; see ACTIVITY_SHIFTS). */
export interface ActivityShift {
  condition: string
  /** The gait change whose link brings the shift (it fades in with that link's weight). */
  change: string
  muscle: string
  /** Which side relative to the problem; 'both' for paired trunk muscles. */
  side: 'same' | 'opposite' | 'both'
  /** Extra on-windows (cycle fractions of the muscle's own side). */
  extraWindows?: readonly (readonly [number, number])[]
  /** Scales the muscle's activity (below 1: a weakened muscle does less of its work). */
  scale?: number
  grade: 'measured' | 'reasoned' | 'illustrative'
  /** What the shift rests on, in a few words, for the legend. */
  note: string
}

export const ACTIVITY_SHIFTS: readonly ActivityShift[] = [
  {
    condition: 'nonspecific-low-back-pain',
    change: 'paraspinal-guarding',
    muscle: 'erector_spinae',
    side: 'both',
    // Lamoth et al. 2006 (Eur Spine J): more lumbar erector spinae activity in swing; Smith et al. 2022:
    // higher paraspinal activation overall. The window's exact edges are ours.
    extraWindows: [[0.65, 0.95]],
    grade: 'measured',
    note: 'back muscles more active, also in swing (Lamoth 2006; Smith 2022); timing of the extra burst illustrative',
  },
  {
    condition: 'pinched-nerve-root',
    change: 'foot-drop-steppage',
    muscle: 'tibialis_anterior',
    side: 'same',
    // The L5 root serves tibialis anterior (Harrison's table 48-1); how much of its work is lost is ours.
    scale: 0.25,
    grade: 'reasoned',
    note: 'weak tibialis anterior from the L5 root (Harrison’s); how weak is illustrative',
  },
]

/** The shifts of a condition that touch this muscle on this side. */
export function shiftsFor(condition: string | null, muscle: string, side: Side, problem: Side): ActivityShift[] {
  if (!condition) return []
  return ACTIVITY_SHIFTS.filter(
    (s) => s.condition === condition && s.muscle === muscle && (s.side === 'both' || (s.side === 'same') === (side === problem)),
  )
}

/**
 * Activity 0..1 at the muscle's own phase with a condition's shifts faded in by their change's weight
 * (0 = normal walking) and scaled by severity.
 */
export function muscleActivity(m: MuscleDef, ownPhase: number, shifts: readonly ActivityShift[], weights: Readonly<Record<string, number>>, severity: number): number {
  let level = normalActivity(m, ownPhase)
  for (const s of shifts) {
    const w = Math.max(0, Math.min(1, (weights[s.change] ?? 0) * severity))
    if (w <= 0) continue
    if (s.extraWindows) {
      let extra = 0
      for (const [a, b] of s.extraWindows) extra = Math.max(extra, windowLevel(ownPhase, a, b))
      level = Math.max(level, extra * w)
    }
    if (s.scale !== undefined) level *= 1 - w * (1 - s.scale)
  }
  return level
}
