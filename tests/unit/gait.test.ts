import { Euler, Object3D, Quaternion, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { JOINTS, LUMBAR_JOINTS, jointEuler } from '../../src/anatomy/joints'
import { JOINT_POSITIONS, LANDMARKS, mirrorX, type Vec3 } from '../../src/anatomy/skeletonLayout'
import {
  FOOT_POINTS,
  LUMBAR_LEVEL_WEIGHTS,
  NORMAL_CURVES,
  OPENSIM_NORMAL_GAIT,
  OPENSIM_SUBJECT01,
  footPointPositions,
  jointIndex,
  pointOnJoint,
  pose,
  solveJointTransforms,
  type GaitCondition,
  type Pose,
} from '../../src/gait'
import { CONDITION_IDS, gc } from '../support/gaitConditions'

const CONDITIONS: GaitCondition[] = CONDITION_IDS.flatMap((id) =>
  (['left', 'right'] as const).flatMap((side) => [1, 0.5].map((severity) => gc(id, side, severity))),
)
const sum = (a: readonly number[]) => a.reduce((s, v) => s + v, 0)
/** Row of a 51-row table for a percentage of the cycle. */
const row = (pct: number) => pct / 2
/** Cycle mean of a 51-row periodic table (0 % and 100 % are the same instant). */
const tableMean = (col: readonly number[]) => (sum(col.slice(1, 50)) + (col[0]! + col[50]!) / 2) / 50

function correlation(a: number[], b: number[]): number {
  const ma = sum(a) / a.length
  const mb = sum(b) / b.length
  let ab = 0
  let aa = 0
  let bb = 0
  a.forEach((x, i) => {
    ab += (x - ma) * (b[i]! - mb)
    aa += (x - ma) ** 2
    bb += (b[i]! - mb) ** 2
  })
  return ab / Math.sqrt(aa * bb)
}

describe('copied gait tables', () => {
  it('hold 51 rows per column, with the column sums of the reference tables (sections 6.1 and 6.3)', () => {
    // Sums computed once from ../shared/reference/biomechanics.md; a mistyped number changes them.
    const normal: Record<keyof typeof OPENSIM_NORMAL_GAIT, number> = {
      hipFlexion: 409.06,
      kneeFlexion: 1019.41,
      ankleDorsiflexion: 55.36,
      hipAdduction: 86.36,
      pelvisList: 11.21,
      pelvisRotation: -33.22,
      pelvisTilt: -101.66,
    }
    for (const [key, expected] of Object.entries(normal)) {
      const col = OPENSIM_NORMAL_GAIT[key as keyof typeof OPENSIM_NORMAL_GAIT]
      expect(col).toHaveLength(51)
      expect(sum(col)).toBeCloseTo(expected, 6)
    }
    const subject: Record<keyof typeof OPENSIM_SUBJECT01, number> = {
      lumbarExtension: -897.84,
      lumbarBending: 9.77,
      lumbarRotation: -110.02,
      pelvisTy: 52.2217,
      pelvisTz: 0.9228,
    }
    for (const [key, expected] of Object.entries(subject)) {
      const col = OPENSIM_SUBJECT01[key as keyof typeof OPENSIM_SUBJECT01]
      expect(col).toHaveLength(51)
      expect(sum(col)).toBeCloseTo(expected, 6)
    }
  })

  it('match the key events quoted in the reference (section 1.2 and 1.3)', () => {
    expect(OPENSIM_NORMAL_GAIT.hipFlexion[row(88)]).toBe(25.26)
    expect(OPENSIM_NORMAL_GAIT.kneeFlexion[row(72)]).toBe(58.25)
    expect(OPENSIM_NORMAL_GAIT.kneeFlexion[row(12)]).toBe(17.04)
    expect(OPENSIM_NORMAL_GAIT.ankleDorsiflexion[row(64)]).toBe(-14.07)
    expect(OPENSIM_NORMAL_GAIT.ankleDorsiflexion[row(46)]).toBe(10.75)
    expect(OPENSIM_NORMAL_GAIT.pelvisList[row(16)]).toBe(-4.1)
  })
})

describe('normal walking through pose()', () => {
  const samples = Array.from({ length: 51 }, (_, k) => k)

  it('follows the OpenSim normal_gait table within 1° (legs: exactly in mid-stance and mid-swing, within 13° around contact)', () => {
    for (const k of samples) {
      const p = pose(k / 50, null)
      const j = p.joints
      const at = (col: readonly number[]) => col[k]!
      // Around contact (heel-off to toe-off at 42–62 %, terminal swing and loading at 82–8 %) the contact
      // solve bends or straightens the legs so the feet touch exactly as declared (contact.ts): measured
      // up to 12° of knee at toe-off; elsewhere the table is untouched.
      const pct = k * 2
      const legs = (pct >= 10 && pct <= 40) || (pct >= 64 && pct <= 80) ? 0.5 : 13
      expect(Math.abs(j.hip_r!.flexion - at(OPENSIM_NORMAL_GAIT.hipFlexion))).toBeLessThan(legs)
      expect(Math.abs(j.knee_r!.flexion - at(OPENSIM_NORMAL_GAIT.kneeFlexion))).toBeLessThan(legs)
      expect(Math.abs(j.ankle_r!.flexion - at(OPENSIM_NORMAL_GAIT.ankleDorsiflexion))).toBeLessThan(legs)
      expect(Math.abs(j.hip_r!.adduction - at(OPENSIM_NORMAL_GAIT.hipAdduction))).toBeLessThan(1)
      // pelvis_list + = right side down = our obliquity + (left up).
      expect(Math.abs(j.pelvis!.adduction - at(OPENSIM_NORMAL_GAIT.pelvisList))).toBeLessThan(1)
      // pelvis_rotation + = right side forward = our rotation +.
      expect(Math.abs(j.pelvis!.rotation - at(OPENSIM_NORMAL_GAIT.pelvisRotation))).toBeLessThan(1)
      // pelvis_tilt + = posterior; our flexion + = anterior.
      expect(Math.abs(j.pelvis!.flexion + at(OPENSIM_NORMAL_GAIT.pelvisTilt))).toBeLessThan(1)
    }
  })

  it('drops the swing side in early stance like the table (obliquity −4.1° at 16 %: left side down)', () => {
    expect(pose(0.16, null).joints.pelvis!.adduction).toBeCloseTo(-4.1, 1)
    expect(pose(0.66, null).joints.pelvis!.adduction).toBeCloseTo(4.42, 1)
  })

  it('moves the left leg as the right leg half a cycle later', () => {
    for (let i = 0; i < 40; i++) {
      const phase = i / 40 + 0.0123
      const now = pose(phase, null).joints
      const later = pose(phase + 0.5, null).joints
      // The contact solve works on the measured pelvis motion, which is not exactly symmetric: within 3°.
      for (const part of ['hip', 'knee', 'ankle'] as const) {
        expect(Math.abs(now[`${part}_l`]!.flexion - later[`${part}_r`]!.flexion)).toBeLessThan(3)
      }
      expect(now.hip_l!.adduction).toBeCloseTo(later.hip_r!.adduction, 9)
      expect(now.shoulder_l!.flexion).toBeCloseTo(later.shoulder_r!.flexion, 9)
    }
  })

  it('is continuous across the wrap from the end of the cycle to its start', () => {
    const a = pose(0.999, null)
    const b = pose(0, null)
    const c = pose(0.998, null)
    for (const j of JOINTS) {
      for (const k of ['flexion', 'adduction', 'rotation'] as const) {
        const jump = Math.abs(a.joints[j.name]![k] - b.joints[j.name]![k])
        const step = Math.abs(c.joints[j.name]![k] - a.joints[j.name]![k])
        expect(jump).toBeLessThan(1)
        expect(jump).toBeLessThan(step * 3 + 0.05)
      }
    }
    for (let i = 0; i < 3; i++) expect(Math.abs(a.pelvisOffset[i]! - b.pelvisOffset[i]!)).toBeLessThan(0.003)
  })

  it('takes lumbar motion from subject01 (centred, OpenSim → clinical signs) spread over L5_S1…L1_L2', () => {
    for (const w of [LUMBAR_LEVEL_WEIGHTS.flexion, LUMBAR_LEVEL_WEIGHTS.adduction, LUMBAR_LEVEL_WEIGHTS.rotation]) {
      expect(sum(w)).toBeCloseTo(1, 12)
    }
    for (const k of [5, 12, 25, 37, 44]) {
      const j = pose(k / 50, null).joints
      const total = (key: 'flexion' | 'adduction' | 'rotation') => sum(LUMBAR_JOINTS.map((n) => j[n]![key]))
      // lumbar_bending + = bend right; our adduction + = bend left.
      expect(total('adduction')).toBeCloseTo(-(OPENSIM_SUBJECT01.lumbarBending[k]! - tableMean(OPENSIM_SUBJECT01.lumbarBending)), 6)
      // lumbar_rotation + = turn left = our rotation +.
      expect(total('rotation')).toBeCloseTo(OPENSIM_SUBJECT01.lumbarRotation[k]! - tableMean(OPENSIM_SUBJECT01.lumbarRotation), 6)
      // lumbar_extension + = extension; our flexion + = forward bending.
      expect(total('flexion')).toBeCloseTo(-(OPENSIM_SUBJECT01.lumbarExtension[k]! - tableMean(OPENSIM_SUBJECT01.lumbarExtension)), 6)
      // L3–L4 side-bends most, L5–S1 least.
      expect(Math.abs(j.L3_L4!.adduction)).toBeGreaterThanOrEqual(Math.abs(j.L5_S1!.adduction))
    }
  })

  it('swings the arms opposite to the legs, about ±17°, elbows slightly bent', () => {
    const right = Array.from({ length: 100 }, (_, i) => pose(i / 100, null).joints)
    const shoulder = right.map((j) => j.shoulder_r!.flexion)
    const hipL = right.map((j) => j.hip_l!.flexion)
    const hipR = right.map((j) => j.hip_r!.flexion)
    expect(correlation(shoulder, hipL)).toBeGreaterThan(0.7)
    expect(correlation(shoulder, hipR)).toBeLessThan(-0.7)
    expect(Math.max(...shoulder)).toBeGreaterThan(15)
    expect(Math.min(...shoulder)).toBeLessThan(-15)
    expect(Math.max(...shoulder)).toBeLessThan(20.5)
    for (const j of right) expect(j.elbow_r!.flexion).toBeGreaterThan(5)
  })

  it('extends the toes in late stance and keeps them neutral at mid-stance', () => {
    expect(pose(0.56, null).joints.mtp_r!.flexion).toBeGreaterThan(20)
    expect(Math.abs(pose(0.2, null).joints.mtp_r!.flexion)).toBeLessThan(2)
  })
})

/** World rotation of a joint node as a quaternion (three), from jointEuler along the hierarchy. */
function buildThreeSkeleton(p: Pose): Map<string, Object3D> {
  const nodes = new Map<string, Object3D>()
  for (const j of JOINTS) {
    const node = new Object3D()
    const rest = JOINT_POSITIONS[j.name]!
    const parentRest: Vec3 = j.parent ? JOINT_POSITIONS[j.parent]! : [0, 0, 0]
    node.position.set(rest[0] - parentRest[0], rest[1] - parentRest[1], rest[2] - parentRest[2])
    if (!j.parent) node.position.add(new Vector3(...p.pelvisOffset))
    node.rotation.copy(new Euler(...jointEuler(j, p.joints[j.name]!), 'XZY'))
    if (j.parent) nodes.get(j.parent)!.add(node)
    nodes.set(j.name, node)
  }
  nodes.get('pelvis')!.updateMatrixWorld(true)
  return nodes
}

function threePoint(nodes: Map<string, Object3D>, joint: string, restPoint: Vec3): Vector3 {
  const base = JOINT_POSITIONS[joint]!
  return nodes.get(joint)!.localToWorld(new Vector3(restPoint[0] - base[0], restPoint[1] - base[1], restPoint[2] - base[2]))
}

describe('forward kinematics', () => {
  it('agrees with three.js Object3D (jointEuler, order XZY) within 0.1 mm', () => {
    const poses = [pose(0.13, null), pose(0.61, null), pose(0.3, gc('pinched-nerve-root', 'left', 1)), pose(0.8, gc('stiff-knee', 'right', 1))]
    for (const p of poses) {
      const nodes = buildThreeSkeleton(p)
      const mine = solveJointTransforms(p)
      const checks: [string, Vec3][] = [
        ['mtp_l', LANDMARKS.toeTipL],
        ['mtp_r', mirrorX(LANDMARKS.toeTipL)],
        ['subtalar_l', LANDMARKS.heelL],
        ['subtalar_r', mirrorX(LANDMARKS.heelL)],
        ['C0_C1', LANDMARKS.eye],
        ['wrist_r', mirrorX(LANDMARKS.fingertipL)],
      ]
      for (const [joint, point] of checks) {
        const a = threePoint(nodes, joint, point)
        const b = pointOnJoint(mine, joint, point)
        expect(Math.hypot(a.x - b[0], a.y - b[1], a.z - b[2])).toBeLessThan(1e-4)
      }
    }
  })

  it('keeps the lowest foot point on the floor (y = 0) at every sample, for normal walking and every condition', () => {
    for (const c of [null, ...CONDITIONS]) {
      for (let k = 0; k <= 50; k++) {
        const f = footPointPositions(solveJointTransforms(pose(k / 50, c)))
        let min = Infinity
        for (let i = 1; i < f.length; i += 3) min = Math.min(min, f[i]!)
        // Solved iteratively (contact.ts): within 3 mm; tests/unit/contact.test.ts checks each foot.
        expect(Math.abs(min)).toBeLessThan(0.003)
      }
    }
  })

  it('checks the floor contact with three.js too', () => {
    for (const phase of [0.05, 0.35, 0.55, 0.9]) {
      const p = pose(phase, null)
      const nodes = buildThreeSkeleton(p)
      const ys = FOOT_POINTS.map((fp) => threePoint(nodes, JOINTS[fp.joint]!.name, fp.rest).y)
      // Solved iteratively (contact.ts) to 0.1 mm.
      expect(Math.abs(Math.min(...ys))).toBeLessThan(1e-4)
    }
  })

  it('moves the feet over the cycle: forward and back, up and down', () => {
    const heel = Array.from({ length: 100 }, (_, i) => pointOnJoint(solveJointTransforms(pose(i / 100, null)), 'subtalar_r', mirrorX(LANDMARKS.heelL)))
    const zs = heel.map((h) => h[2])
    const ys = heel.map((h) => h[1])
    expect(Math.max(...zs) - Math.min(...zs)).toBeGreaterThan(0.5)
    expect(Math.max(...ys) - Math.min(...ys)).toBeGreaterThan(0.15)
  })

  it('gives the pelvis a vertical excursion close to the measured 4.1 cm (subject01 pelvis_ty)', () => {
    const ys = Array.from({ length: 100 }, (_, i) => pose(i / 100, null).pelvisOffset[1])
    const range = Math.max(...ys) - Math.min(...ys)
    const measured = NORMAL_CURVES.pelvisHeight.max - NORMAL_CURVES.pelvisHeight.min
    expect(measured).toBeCloseTo(0.041, 3)
    expect(Math.abs(range - measured)).toBeLessThan(0.015)
  })

  it('sways the pelvis sideways over the stance leg (subject01 pelvis_tz, mean-centred, ±3–4 cm)', () => {
    const xs = Array.from({ length: 100 }, (_, i) => pose(i / 100, null).pelvisOffset[0])
    expect(Math.abs(sum(xs) / xs.length)).toBeLessThan(0.002)
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.05)
    // Right mid-stance (≈ 35 %): pelvis over the right foot (−X).
    expect(pose(0.35, null).pelvisOffset[0]).toBeLessThan(-0.02)
    expect(pose(0.85, null).pelvisOffset[0]).toBeGreaterThan(0.02)
  })

  it('keeps the head level and facing forward (C0_C1 world rotation = identity)', () => {
    const q = new Quaternion()
    for (const c of [null, ...CONDITIONS.filter((x) => x.severity === 1)]) {
      for (const phase of [0.1, 0.45, 0.8]) {
        const nodes = buildThreeSkeleton(pose(phase, c))
        nodes.get('C0_C1')!.getWorldQuaternion(q)
        expect(q.angleTo(new Quaternion())).toBeLessThan(1e-6)
      }
    }
  })

  it('indexes joints in the order of JOINTS', () => {
    JOINTS.forEach((j, i) => expect(jointIndex(j.name)).toBe(i))
  })
})
