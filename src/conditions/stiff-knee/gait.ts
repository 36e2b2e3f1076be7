/**
 * The gait changes of a knee that will not bend, in the chain's order (the origin's first), and how
 * much the walk slows. Magnitudes at amount 1 come from sections 2 and 5 of the biomechanics reference
 * where a figure exists; the grade says how sure each one is, and the source why.
 */
import { lumbarSideBend, pelvicHike } from '../../gait/changes'
import { ADD, FLEX, bump, softMax, softMin, toward, type GaitChangeDef } from '../../gait/modifierKit'
import type { ConditionSlowdown } from '../types'

const kneeStiff: GaitChangeDef = {
  id: 'knee-stiff',
  label: 'Stiff knee',
  atFullSeverity: 'Affected knee kept between 10° and 40°: swing peak capped at 40° (normal 58°), never straighter than 10° in stance.',
  grade: 'measured',
  source: 'Stiff-knee gait: peak swing flexion < 44.3° (post-stroke cluster threshold; §2.1, §5 "cap swing knee flexion at < 44–50°"). The 10° stance floor is illustrative (a mild contracture: Harato found no trunk change at 15°).',
  keyPhase: 0.72,
  warp: 0,
  stage: 0,
  apply(c, k) {
    const i = c.aff.knee + FLEX
    const v = c.angles[i]!
    toward(c.angles, i, softMax(softMin(v, 40, 4), 10, 2), k)
  },
}

const hipCircumduction: GaitChangeDef = {
  id: 'hip-circumduction',
  label: 'Leg swung out in an arc',
  atFullSeverity: 'Affected hip abducted 7° at mid-swing (peak at 76 % of its cycle).',
  grade: 'illustrative',
  source: 'Circumduction = swing limb swung out by hip abduction (Stanhope 2014, §2.1); the only figure (+2.5°, Sulzer 2010) is for robot-assisted knee flexion, and §7 lists no norm for circumduction width; 7° makes the arc visible.',
  keyPhase: 0.76,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.aff.hip + ADD] = c.angles[c.aff.hip + ADD]! - k * 7 * bump(c.ta, 0.76, 0.22)
  },
}

const contralateralVault: GaitChangeDef = {
  id: 'contralateral-vault',
  label: 'Vaulting on the other foot',
  atFullSeverity: 'Other ankle plantarflexed 14° more in its mid-stance (peak at 24 % of its own cycle, while the affected leg swings): early heel rise.',
  grade: 'illustrative',
  source: 'Vaulting = stance-limb early heel rise / plantarflexion in mid-stance (§2.1); the reference notes no magnitudes exist.',
  keyPhase: 0.75,
  warp: 0,
  stage: 1,
  apply(c, k) {
    c.angles[c.other.ankle + FLEX] = c.angles[c.other.ankle + FLEX]! - k * 14 * bump(c.to, 0.24, 0.2)
  },
}

export const changes: readonly GaitChangeDef[] = [kneeStiff, hipCircumduction, pelvicHike, contralateralVault, lumbarSideBend]

/** How much longer a stride takes at severity 1. */
export const slowdown: ConditionSlowdown = {
  factor: 1.1,
  grade: 'illustrative',
  source:
    'Knee OA and stiff-knee gait are slower (§2.1, §4.4) but no cadence figure is given; 10 % like the ankle.',
}
