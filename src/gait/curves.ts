/**
 * Curves over the gait cycle for the charts, sampled from the same engine that poses the skeleton.
 * Pure: no React, no three.
 */
import { LUMBAR_JOINTS } from '../anatomy/joints'
import type { Side } from '../anatomy/regions'
import { createPose, pose } from './pose'
import type { GaitCondition, GaitWeights } from './types'

/** Joint curves over one gait cycle, degrees, clinical signs (src/anatomy/joints.ts). */
export interface GaitCurves {
  /** Cycle phase of each sample, from 0 to 1 inclusive (the first and last samples are the same instant). */
  phase: number[]
  /** Hip flexion (+) / extension (−) of the chosen side. */
  hipFlexion: number[]
  /** Knee flexion of the chosen side. */
  kneeFlexion: number[]
  /** Ankle dorsiflexion (+) / plantarflexion (−) of the chosen side. */
  ankleDorsiflexion: number[]
  /** Pelvic obliquity, + = the skeleton's left side up (the same for either chosen side). */
  pelvicObliquity: number[]
  /** Lumbar side-bend: the sum over L5_S1…L1_L2, + = bending toward the skeleton's left. */
  lumbarSideBend: number[]
}

/** Options for gaitCurves(). */
export interface GaitCurveOptions {
  /** Whose hip, knee and ankle to chart. */
  side: Side
  /** The condition; omitted or null = normal walking. */
  condition?: GaitCondition | null
  /** Gait change weights, as in pose(); omitted = every change of the origin's chain at 1. */
  weights?: GaitWeights
  /** Number of samples (≥ 2), default 101 (every 1 % of the cycle). */
  samples?: number
}

/**
 * Samples the curves of a condition (or of normal walking) over one cycle. Phase 0 is right initial
 * contact; for a limp the antalgic time warp is included, so the curves show when things happen in time.
 */
export function gaitCurves(options: GaitCurveOptions): GaitCurves {
  const n = Math.max(2, Math.floor(options.samples ?? 101))
  const s = options.side === 'left' ? 'l' : 'r'
  const out: GaitCurves = { phase: [], hipFlexion: [], kneeFlexion: [], ankleDorsiflexion: [], pelvicObliquity: [], lumbarSideBend: [] }
  const p = createPose()
  for (let i = 0; i < n; i++) {
    const phase = i / (n - 1)
    pose(phase, options.condition ?? null, options.weights, p)
    out.phase.push(phase)
    out.hipFlexion.push(p.joints[`hip_${s}`]!.flexion)
    out.kneeFlexion.push(p.joints[`knee_${s}`]!.flexion)
    out.ankleDorsiflexion.push(p.joints[`ankle_${s}`]!.flexion)
    out.pelvicObliquity.push(p.joints.pelvis!.adduction)
    out.lumbarSideBend.push(lumbarSideBend(p.joints))
  }
  return out
}

const normalCurves = new Map<string, GaitCurves>()

/**
 * The normal-walking curves of one side (gaitCurves without a condition). They never change, so each
 * side and sampling is worked out once: the charts redraw on every step of a chain, and recomputing
 * the reference walk each time was a third of that work. Callers must not change the arrays.
 */
export function normalGaitCurves(side: Side, samples = 101): GaitCurves {
  const key = `${side}|${samples}`
  let curves = normalCurves.get(key)
  if (!curves) normalCurves.set(key, (curves = gaitCurves({ side, samples })))
  return curves
}

/** Total lumbar side-bend of a pose: the sum of the five lumbar levels' adduction (degrees, left +). */
export function lumbarSideBend(joints: Readonly<Record<string, { adduction: number }>>): number {
  let sum = 0
  for (const name of LUMBAR_JOINTS) sum += joints[name]!.adduction
  return sum
}
