/**
 * The muscles over whole strides of every condition, through the path the app draws them with: the
 * segment table its vertex shader reads (writeSegmentRows), evaluated here with the shader's formula.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { Side } from '../../src/anatomy/regions'
import { chainWeights, resolveChain } from '../../src/chains/resolve'
import { CONDITIONS, gaitConditionOf } from '../../src/conditions'
import { regionKeyFor } from '../../src/anatomy/regions'
import { createPose, pose, type Pose } from '../../src/gait'
import { createJointTransforms, solveJointTransforms } from '../../src/gait/kinematics'
import {
  SEGMENT_ROW,
  bindMuscleVertices,
  createMuscleFrame,
  createMuscleRig,
  deformMuscleVertices,
  segmentRows,
  updateMuscles,
  writeSegmentRows,
  type MuscleBinding,
} from '../../src/muscles/muscleMotion'
import { loadGlb, meshesByName, worldPositions } from '../support/loadGlb'

const rig = createMuscleRig()
const rows = segmentRows(rig)
const table = new Float32Array(rows.total * SEGMENT_ROW)
const PHASES = Array.from({ length: 40 }, (_, i) => i / 40)

/** What the vertex shader (src/scene/muscleMaterial.ts) computes for vertex v. */
function shaderPosition(m: number, b: MuscleBinding, v: number, out: number[]) {
  const muscle = rig.muscles[m]!
  const o = (rows.first[m]! + muscle.segmentBase[b.strand[v]!]! + b.segment[v]!) * SEGMENT_ROW
  const u = b.along[v]!, a = b.offset[v * 3]!, c = b.offset[v * 3 + 1]!
  const scale = table[o + 3]!
  for (let i = 0; i < 3; i++) out[i] = table[o + i]! + (table[o + 4 + i]! - table[o + i]!) * u + (table[o + 8 + i]! * a + table[o + 12 + i]! * c) * scale
}

interface Bound {
  m: number
  rest: Float32Array
  binding: MuscleBinding
  /** Per strand: the vertices nearest the origin and the insertion at rest, and how far they were. */
  ends: { strand: number; point: number; vertex: number; restDistance: number }[]
}
const bound: Bound[] = []

beforeAll(async () => {
  const meshes = meshesByName((await loadGlb('public/models/muscles.glb')).scene)
  for (const [name, mesh] of meshes) {
    const m = rig.byNode.get(name)!
    const rest = worldPositions(mesh)
    const binding = bindMuscleVertices(rig.muscles[m]!, rest)
    const ends: Bound['ends'] = []
    rig.muscles[m]!.strands.forEach((s, si) => {
      for (const point of [0, s.joints.length - 1]) {
        let best = Infinity, vertex = 0
        for (let v = 0; v < rest.length / 3; v++) {
          const d = Math.hypot(rest[v * 3]! - s.rest[point * 3]!, rest[v * 3 + 1]! - s.rest[point * 3 + 1]!, rest[v * 3 + 2]! - s.rest[point * 3 + 2]!)
          if (d < best) [best, vertex] = [d, v]
        }
        ends.push({ strand: si, point, vertex, restDistance: best })
      }
    })
    bound.push({ m, rest, binding, ends })
  }
})

/** Distance from p to the nearest origin (first point) or insertion (last point) of the strands. */
function nearestEnd(strands: ArrayLike<number>[], origin: boolean, p: ArrayLike<number>): number {
  let best = Infinity
  for (const q of strands) {
    const i = origin ? 0 : q.length / 3 - 1
    best = Math.min(best, Math.hypot(p[0]! - q[i * 3]!, p[1]! - q[i * 3 + 1]!, p[2]! - q[i * 3 + 2]!))
  }
  return best
}

const restPoints = (m: number) => rig.muscles[m]!.strands.map((s) => s.rest)
const restVertex = (b: Bound, v: number) => [b.rest[v * 3]!, b.rest[v * 3 + 1]!, b.rest[v * 3 + 2]!]

function conditionPose(id: string, side: Side, phase: number, out: Pose): Pose {
  const c = CONDITIONS.find((d) => d.id === id)!
  const region = regionKeyFor(c.kind, c.kind === 'lumbar' || c.kind === 'pelvis' ? null : side)
  const chain = resolveChain(region, side, c)
  return pose(phase, gaitConditionOf(c, side, 1), chainWeights(chain), out)
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

describe('the GPU segment table', () => {
  it('gives the same vertices as the CPU deformation, standing and walking with a limp', () => {
    const frame = createMuscleFrame(rig)
    const t = createJointTransforms()
    const p = createPose()
    const cpu = new Float32Array(20000 * 3)
    const gpu = [0, 0, 0]
    let worst = 0
    for (const phase of [0, 0.3, 0.65]) {
      solveJointTransforms(conditionPose(CONDITIONS[0]!.id, 'left', phase, p), t)
      updateMuscles(rig, t, frame)
      for (const b of bound) {
        writeSegmentRows(rig, b.m, t, frame, table, rows.first[b.m]!)
        deformMuscleVertices(rig, b.m, b.binding, t, frame, cpu)
        for (let v = 0; v < b.rest.length / 3; v++) {
          shaderPosition(b.m, b.binding, v, gpu)
          for (let i = 0; i < 3; i++) worst = Math.max(worst, Math.abs(gpu[i]! - cpu[v * 3 + i]!))
        }
      }
    }
    // Float32 table against Float64 maths: well under a tenth of a millimetre.
    expect(worst).toBeLessThan(1e-4)
  })
})

describe.each(CONDITIONS.map((c) => c.id))('muscles over a whole stride of %s (severity 1, every link in)', (id) => {
  for (const side of ['left', 'right'] as const) {
    it(`keeps every origin and insertion on its landmark (problem ${side})`, () => {
      const frame = createMuscleFrame(rig)
      const t = createJointTransforms()
      const p = createPose()
      const gpu = [0, 0, 0]
      let worst = { excess: 0, where: '' }
      let worstOther = { excess: 0, where: '' }
      for (const phase of PHASES) {
        solveJointTransforms(conditionPose(id, side, phase, p), t)
        updateMuscles(rig, t, frame)
        for (const b of bound) {
          writeSegmentRows(rig, b.m, t, frame, table, rows.first[b.m]!)
          for (const e of b.ends) {
            shaderPosition(b.m, b.binding, e.vertex, gpu)
            // Strands of a fan share their attachment area, so a vertex there may ride on a neighbour's
            // strand: measure it against the nearest landmark of the same end (origins or insertions) of any strand.
            const d = nearestEnd(frame.points[b.m]!, e.point === 0, gpu)
            // The end vertex may not move further from the attachment than it was at rest, give or take 4.5 mm
            // (measured worst: 4.0 mm, the adductors' shared origin on the pubis in late stance; the other
            // muscles stay under 3 mm).
            const excess = d - nearestEnd(restPoints(b.m), e.point === 0, restVertex(b, e.vertex))
            const where = `${rig.muscles[b.m]!.node} strand ${e.strand} point ${e.point} at ${phase}`
            if (excess > worstOther.excess && !where.includes('adductors')) worstOther = { excess, where }
            if (excess > worst.excess) worst = { excess, where: `${rig.muscles[b.m]!.node} strand ${e.strand} point ${e.point} (rest ${(e.restDistance * 1000).toFixed(1)} mm) at ${phase}` }
          }
        }
      }
      expect(worst.excess, worst.where).toBeLessThan(0.0045)
      expect(worstOther.excess, worstOther.where).toBeLessThan(0.003)
    })

    it(`changes lengths the way the joint angles say, and keeps volume-true radii (problem ${side})`, () => {
      const frame = createMuscleFrame(rig)
      const t = createJointTransforms()
      const p = createPose()
      const s = side === 'left' ? 'l' : 'r'
      const series: Record<string, number[]> = { psoas: [], vasti: [], soleus: [], tib: [], hip: [], knee: [], ankle: [] }
      for (const phase of PHASES) {
        solveJointTransforms(conditionPose(id, side, phase, p), t)
        updateMuscles(rig, t, frame)
        series.psoas!.push(frame.length[rig.byNode.get(`muscle_iliopsoas_${s}`)!]!)
        series.vasti!.push(frame.length[rig.byNode.get(`muscle_vasti_${s}`)!]!)
        series.soleus!.push(frame.length[rig.byNode.get(`muscle_soleus_${s}`)!]!)
        series.tib!.push(frame.length[rig.byNode.get(`muscle_tibialis_anterior_${s}`)!]!)
        series.hip!.push(p.joints[`hip_${s}`]!.flexion)
        series.knee!.push(p.joints[`knee_${s}`]!.flexion)
        series.ankle!.push(p.joints[`ankle_${s}`]!.flexion)
        for (let m = 0; m < rig.muscles.length; m++) {
          expect(frame.ratio[m]).toBeGreaterThan(0.7)
          expect(frame.ratio[m]).toBeLessThan(1.3)
          expect(frame.radiusScale[m]! ** 2 * frame.ratio[m]!).toBeCloseTo(1, 9)
        }
      }
      // Hip flexor shortens as the hip flexes; knee extensors lengthen as the knee bends; the soleus lengthens
      // with dorsiflexion and the tibialis anterior shortens with it.
      expect(correlation(series.psoas!, series.hip!)).toBeLessThan(-0.9)
      expect(correlation(series.vasti!, series.knee!)).toBeGreaterThan(0.9)
      expect(correlation(series.soleus!, series.ankle!)).toBeGreaterThan(0.9)
      expect(correlation(series.tib!, series.ankle!)).toBeLessThan(-0.85)
    })
  }
})
