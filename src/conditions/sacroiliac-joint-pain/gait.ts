/**
 * The gait changes of a painful sacroiliac joint, in the chain's order (the origin's first), and how
 * much the walk slows. Magnitudes at amount 1 come from sections 2 and 5 of the biomechanics reference
 * where a figure exists; the grade says how sure each one is, and the source why.
 */
import { ADD, ROT, absorbObliquity, absorbRotation, bump, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

const pelvicDysfunction: GaitChangeDef = {
  id: 'pelvic-dysfunction',
  label: 'Uneven pelvis',
  atFullSeverity: 'Affected hemipelvis 2° lower throughout and 3° lower again during its swing; it rotates 4° further forward around its initial contact.',
  grade: 'illustrative',
  source: 'Asymmetric pelvic drop and twist from a stiff or painful pelvic joint: no figure in the reference; small values that read as "uneven" without looking like a fall.',
  keyPhase: 0.85,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! - c.sL * k * (2 + 3 * bump(c.ta, 0.8, 0.25))
    c.angles[c.pelvis + ROT] = c.angles[c.pelvis + ROT]! - c.sL * k * 4 * bump(c.ta, 0, 0.3)
  },
}

const lumbarLigamentLoad: GaitChangeDef = {
  id: 'lumbar-ligament-load',
  label: 'Low back steadies the trunk',
  atFullSeverity: 'The lumbar spine side-bends and twists against all the extra pelvic obliquity and rotation (100 %), so the thorax moves as in normal walking.',
  grade: 'illustrative',
  source: 'Same mechanism as lumbar-side-bend (§5: the thorax stays nearly still while the pelvis moves); the extra load on ligaments and tendons is a mechanism (§4.2), no figure.',
  keyPhase: 0.85,
  warp: 0,
  stage: 2,
  apply(c, k) {
    absorbObliquity(c, k)
    absorbRotation(c, k)
  },
}

export const changes: readonly GaitChangeDef[] = [pelvicDysfunction, lumbarLigamentLoad]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.08,
  grade: 'illustrative',
  source:
    'Persistent low back / pelvic pain: slower walking, SMD −0.59 (Smith 2021, §2.1), not convertible to a cadence; 8 %.',
}
