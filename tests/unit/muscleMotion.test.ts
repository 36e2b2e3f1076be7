import { beforeAll, describe, expect, it } from 'vitest'
import { Euler, Vector3, type Object3D } from 'three'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { JOINTS, JOINT_EULER_ORDER, jointEuler } from '../../src/anatomy/joints'
import { JOINT_POSITIONS } from '../../src/anatomy/skeletonLayout'
import { createPose } from '../../src/gait'
import { createJointTransforms, solveJointTransforms } from '../../src/gait/kinematics'
import { normalWalkingPose, normalWalkingTransforms } from '../../src/muscles/normalWalking'
import {
  bindMuscleVertices,
  createMuscleFrame,
  createMuscleRig,
  deformMuscleVertices,
  updateMuscles,
  type MuscleFrame,
  type MuscleRig,
} from '../../src/muscles/muscleMotion'
import { loadGlb, meshesByName, worldPositions } from '../support/loadGlb'

const rig: MuscleRig = createMuscleRig()
const STEPS = 100
/** Phase 0 = right heel strike (pose()), so the right side's muscles follow the cycle directly. */
const phases = Array.from({ length: STEPS }, (_, i) => i / STEPS)

interface Series {
  length: number[]
  ratio: number[]
  hip: number[]
  knee: number[]
  ankle: number[]
}

/** Right-side muscle lengths and right joint angles over one normal stride. */
function strideSeries(node: string): Series {
  const m = rig.byNode.get(node)!
  const frame = createMuscleFrame(rig)
  const t = createJointTransforms()
  const out: Series = { length: [], ratio: [], hip: [], knee: [], ankle: [] }
  for (const phase of phases) {
    normalWalkingTransforms(phase, t)
    updateMuscles(rig, t, frame)
    const p = normalWalkingPose(phase)
    out.length.push(frame.length[m]!)
    out.ratio.push(frame.ratio[m]!)
    out.hip.push(p.joints.hip_r!.flexion)
    out.knee.push(p.joints.knee_r!.flexion)
    out.ankle.push(p.joints.ankle_r!.flexion)
  }
  return out
}

function correlation(a: number[], b: number[]): number {
  const ma = a.reduce((s, x) => s + x, 0) / a.length
  const mb = b.reduce((s, x) => s + x, 0) / b.length
  let ab = 0, aa = 0, bb = 0
  for (let i = 0; i < a.length; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb)
    aa += (a[i]! - ma) ** 2
    bb += (b[i]! - mb) ** 2
  }
  return ab / Math.sqrt(aa * bb)
}

const argMax = (a: number[]) => phases[a.indexOf(Math.max(...a))]!
const argMin = (a: number[]) => phases[a.indexOf(Math.min(...a))]!

describe('muscle paths over a normal stride', () => {
  it('gives every muscle its rest length when the skeleton stands', () => {
    const frame = createMuscleFrame(rig)
    updateMuscles(rig, solveJointTransforms(createPose()), frame)
    for (let m = 0; m < rig.muscles.length; m++) {
      expect(frame.ratio[m]).toBeCloseTo(1, 9)
      expect(frame.radiusScale[m]).toBeCloseTo(1, 9)
      expect(frame.length[m]).toBeGreaterThan(0.05)
    }
  })

  it('is mirror-symmetric at rest: left and right muscles are the same length', () => {
    for (let m = 0; m < rig.muscles.length; m += 2) expect(rig.muscles[m]!.restLength).toBeCloseTo(rig.muscles[m + 1]!.restLength, 9)
  })

  it('keeps the radius scale at 1/sqrt(length ratio) and the lengths within a physiological range', () => {
    const frame = createMuscleFrame(rig)
    const t = createJointTransforms()
    for (const phase of phases) {
      updateMuscles(rig, normalWalkingTransforms(phase, t), frame)
      for (let m = 0; m < rig.muscles.length; m++) {
        expect(frame.radiusScale[m]).toBeCloseTo(1 / Math.sqrt(frame.ratio[m]!), 12)
        // Walking changes muscle-tendon lengths by a few to a few tens of per cent; the most here is the
        // vasti's (their gait2392 line runs from mid-femur to the patella: short, over a 60° knee bend).
        expect(frame.ratio[m]).toBeGreaterThan(0.85)
        expect(frame.ratio[m]).toBeLessThan(1.3)
      }
    }
  })

  it('lengthens the iliopsoas as the hip extends in late stance, longest near toe-off', () => {
    const s = strideSeries('muscle_iliopsoas_r')
    expect(correlation(s.length, s.hip)).toBeLessThan(-0.95)
    const longest = argMax(s.length)
    expect(longest).toBeGreaterThan(0.4)
    expect(longest).toBeLessThan(0.62)
    expect(argMax(s.length)).toBeCloseTo(argMin(s.hip), 1)
  })

  it('lengthens the tibialis anterior with push-off plantarflexion', () => {
    const s = strideSeries('muscle_tibialis_anterior_r')
    expect(correlation(s.length, s.ankle)).toBeLessThan(-0.9)
    const longest = argMax(s.length)
    expect(longest).toBeGreaterThan(0.55)
    expect(longest).toBeLessThan(0.7)
  })

  it('makes the hamstrings longest in late swing (hip flexed, knee straightening)', () => {
    const s = strideSeries('muscle_hamstrings_r')
    const i = s.length.indexOf(Math.max(...s.length))
    // Terminal swing: from about 87 % of the cycle to the next heel strike (the cycle wraps there: with the
    // ground-contact solve the knee is straightest right at heel strike, phase 0 = 100 %).
    const late = phases[i]! < 0.05 ? phases[i]! + 1 : phases[i]!
    expect(late).toBeGreaterThan(0.85)
    expect(s.hip[i]).toBeGreaterThan(15)
    expect(s.knee[i]).toBeLessThan(15)
    // And shortest while the knee is bent most in swing with the hip still extended (pre- to initial swing).
    expect(argMin(s.length)).toBeGreaterThan(0.55)
    expect(argMin(s.length)).toBeLessThan(0.75)
  })

  it('moves the other muscles the way their joints say', () => {
    const vasti = strideSeries('muscle_vasti_r')
    expect(correlation(vasti.length, vasti.knee)).toBeGreaterThan(0.95)
    const soleus = strideSeries('muscle_soleus_r')
    expect(correlation(soleus.length, soleus.ankle)).toBeGreaterThan(0.95)
    const gmax = strideSeries('muscle_gluteus_maximus_r')
    expect(correlation(gmax.length, gmax.hip)).toBeGreaterThan(0.9)
  })

  it('runs the left side half a cycle after the right', () => {
    const l = rig.byNode.get('muscle_iliopsoas_l')!, r = rig.byNode.get('muscle_iliopsoas_r')!
    const frame = createMuscleFrame(rig)
    const t = createJointTransforms()
    const left: number[] = [], right: number[] = []
    for (const phase of phases) {
      updateMuscles(rig, normalWalkingTransforms(phase, t), frame)
      left.push(frame.length[l]!)
      right.push(frame.length[r]!)
    }
    const shift = Math.abs(argMax(left) - argMax(right))
    expect(Math.min(shift, 1 - shift)).toBeGreaterThan(0.4)
  })
})

/** Poses three.js joint nodes of skeleton.glb with normal walking at `phase`. */
function posed(root: Object3D, phase: number) {
  const p = normalWalkingPose(phase)
  for (const j of JOINTS) {
    const node = root.getObjectByName(`joint_${j.name}`)!
    node.quaternion.setFromEuler(new Euler(...jointEuler(j, p.joints[j.name]!), JOINT_EULER_ORDER))
    if (j.parent === null) node.position.set(...JOINT_POSITIONS.pelvis!).add(new Vector3(...p.pelvisOffset))
  }
  root.updateMatrixWorld(true)
}

describe('attachments ride on their bones (checked against three.js nodes of skeleton.glb)', () => {
  let skeleton: GLTF
  beforeAll(async () => {
    skeleton = await loadGlb('public/models/skeleton.glb')
  })

  it('places every landmark where its joint node carries it, at every tenth of the stride', () => {
    const frame: MuscleFrame = createMuscleFrame(rig)
    const t = createJointTransforms()
    let worst = 0
    for (let i = 0; i < 10; i++) {
      const phase = i / 10
      posed(skeleton.scene, phase)
      updateMuscles(rig, normalWalkingTransforms(phase, t), frame)
      rig.muscles.forEach((m, mi) =>
        m.strands.forEach((s, si) => {
          for (let k = 0; k < s.joints.length; k++) {
            const joint = JOINTS[s.joints[k]!]!
            const node = skeleton.scene.getObjectByName(`joint_${joint.name}`)!
            const rest = JOINT_POSITIONS[joint.name]!
            const local = new Vector3(s.rest[k * 3]! - rest[0], s.rest[k * 3 + 1]! - rest[1], s.rest[k * 3 + 2]! - rest[2])
            const expected = local.applyMatrix4(node.matrixWorld)
            const got = new Vector3().fromArray(frame.points[mi]![si]!, k * 3)
            worst = Math.max(worst, got.distanceTo(expected))
          }
        }),
      )
    }
    expect(worst).toBeLessThan(1e-5)
  })

  it('deforms a bound muscle mesh back to itself at rest, and carries its ends with the bones', async () => {
    const muscles = await loadGlb('public/models/muscles.glb')
    const meshes = meshesByName(muscles.scene)
    const standing = solveJointTransforms(createPose())
    const frame = createMuscleFrame(rig)
    updateMuscles(rig, standing, frame)
    const walking = createJointTransforms()
    const walkFrame = createMuscleFrame(rig)
    updateMuscles(rig, normalWalkingTransforms(0.6, walking), walkFrame)
    for (const [name, mesh] of meshes) {
      const m = rig.byNode.get(name)!
      const rest = worldPositions(mesh)
      const binding = bindMuscleVertices(rig.muscles[m]!, rest)
      const out = new Float32Array(rest.length)
      deformMuscleVertices(rig, m, binding, standing, frame, out)
      let err = 0
      for (let i = 0; i < rest.length; i++) err = Math.max(err, Math.abs(out[i]! - rest[i]!))
      expect(err, name).toBeLessThan(1e-5)
      // Posed: the vertex nearest the rest origin follows the origin landmark.
      deformMuscleVertices(rig, m, binding, walking, walkFrame, out)
      const s = rig.muscles[m]!.strands[0]!
      let best = Infinity, vi = 0
      for (let v = 0; v < rest.length / 3; v++) {
        const d = Math.hypot(rest[v * 3]! - s.rest[0]!, rest[v * 3 + 1]! - s.rest[1]!, rest[v * 3 + 2]! - s.rest[2]!)
        if (d < best) [best, vi] = [d, v]
      }
      const o = walkFrame.points[m]![0]!
      const moved = Math.hypot(out[vi * 3]! - o[0]!, out[vi * 3 + 1]! - o[1]!, out[vi * 3 + 2]! - o[2]!)
      expect(moved, name).toBeLessThan(best + 0.003)
    }
  })
})


describe('posing only the muscles on screen', () => {
  it('updates the muscles asked for, exactly as a full update does, and leaves the others on their last path', () => {
    const full = createMuscleFrame(rig)
    const some = createMuscleFrame(rig)
    const t = createJointTransforms()
    normalWalkingTransforms(0.1, t)
    updateMuscles(rig, t, full)
    updateMuscles(rig, t, some)
    const only = new Uint8Array(rig.muscles.length)
    only[0] = 1
    only[5] = 1
    normalWalkingTransforms(0.6, t)
    updateMuscles(rig, t, full)
    const before = some.length.slice()
    updateMuscles(rig, t, some, only)
    const asked = [0, 5]
    const others = rig.muscles.map((_, m) => m).filter((m) => !only[m])
    for (const m of asked) {
      expect(some.length[m], rig.muscles[m]!.def.name).toBe(full.length[m])
      expect(some.points[m]).toEqual(full.points[m])
    }
    expect(others.map((m) => some.length[m])).toEqual(others.map((m) => before[m]))
    // The stride moved most of the others: they would have changed had they been posed.
    expect(others.filter((m) => some.length[m] !== full.length[m]).length).toBeGreaterThan(rig.muscles.length / 2)
  })
})
