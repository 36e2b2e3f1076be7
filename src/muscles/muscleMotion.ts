/**
 * Muscles in motion: for a pose (joint world transforms), where every muscle strand runs, how long
 * each muscle is, its length ratio to the standing skeleton and the belly's radius scale that keeps its
 * volume (1/sqrt(ratio)); and the run-time deformation of a muscle mesh along its posed path.
 *
 * Each landmark (src/anatomy/muscleAttachments.ts) rides on its joint node, so a strand is a polyline
 * origin -> via points -> insertion whose points are carried by different joints. A muscle of several
 * strands (a fan, a group) reports the mean of its strands' lengths.
 *
 * Everything per frame writes into preallocated arrays: safe to call every frame.
 * Pure: no React, no three.
 */
import { JOINT_POSITIONS } from '../anatomy/skeletonLayout'
import { MUSCLES, muscleNodeName, muscleStrands, type MuscleDef } from '../anatomy/muscles'
import type { Side } from '../anatomy/regions'
import { jointIndex, pointOnJointIndex, type JointTransforms } from '../gait/kinematics'

export interface RiggedStrand {
  name: string
  /** Joint index of each point (origin, vias, insertion). */
  joints: Int32Array
  /** Rest position of each point in model space, 3 numbers per point. */
  rest: Float64Array
  restLength: number
  /** Per segment: a rest direction across it (3 numbers) that its segment frame is built from. */
  reference: Float64Array
}

export interface RiggedMuscle {
  def: MuscleDef
  side: Side
  /** Node name in muscles.glb. */
  node: string
  strands: RiggedStrand[]
  /** Mean rest length of its strands, metres. */
  restLength: number
  /** Index of each strand's first segment among all the muscle's segments (for per-segment scratch). */
  segmentBase: Int32Array
}

export interface MuscleRig {
  muscles: RiggedMuscle[]
  byNode: ReadonlyMap<string, number>
}

function polylineLength(p: ArrayLike<number>, n: number): number {
  let L = 0
  for (let i = 1; i < n; i++) L += Math.hypot(p[i * 3]! - p[i * 3 - 3]!, p[i * 3 + 1]! - p[i * 3 - 2]!, p[i * 3 + 2]! - p[i * 3 - 1]!)
  return L
}

/** Precomputes joint indices and rest paths of every muscle on both sides (left first, per muscle). */
export function createMuscleRig(muscles: readonly MuscleDef[] = MUSCLES): MuscleRig {
  const list: RiggedMuscle[] = []
  for (const def of muscles)
    for (const side of ['left', 'right'] as const) {
      const strands = muscleStrands(def, side).map((s) => {
        const joints = Int32Array.from(s.points, (p) => jointIndex(p.joint))
        const rest = new Float64Array(s.points.length * 3)
        s.points.forEach((p, i) => {
          const j = JOINT_POSITIONS[p.joint]!
          for (let k = 0; k < 3; k++) rest[i * 3 + k] = j[k]! + p.offset[k]!
        })
        const reference = new Float64Array((s.points.length - 1) * 3)
        for (let k = 0; k + 1 < s.points.length; k++) reference.set(restReference(rest, k), k * 3)
        return { name: s.name, joints, rest, restLength: polylineLength(rest, s.points.length), reference }
      })
      const restLength = strands.reduce((a, s) => a + s.restLength, 0) / strands.length
      const segmentBase = new Int32Array(strands.length)
      let segments = 0
      strands.forEach((s, i) => {
        segmentBase[i] = segments
        segments += s.joints.length - 1
      })
      if (segments > MAX_SEGMENTS) throw new Error(`Muscle ${def.name} has ${segments} path segments (at most ${MAX_SEGMENTS})`)
      list.push({ def, side, node: muscleNodeName(def.name, side), strands, restLength, segmentBase })
    }
  return { muscles: list, byNode: new Map(list.map((m, i) => [m.node, i])) }
}

/** One frame of every muscle: posed strand points, lengths, ratios and radius scales. */
export interface MuscleFrame {
  /** Per muscle, per strand: world positions of its points, 3 numbers per point. */
  points: Float64Array[][]
  /** Per muscle: mean strand length (m), ratio to rest, belly radius scale. */
  length: Float64Array
  ratio: Float64Array
  radiusScale: Float64Array
}

export function createMuscleFrame(rig: MuscleRig): MuscleFrame {
  const n = rig.muscles.length
  return {
    points: rig.muscles.map((m) => m.strands.map((s) => new Float64Array(s.rest.length))),
    length: new Float64Array(n),
    ratio: new Float64Array(n),
    radiusScale: new Float64Array(n),
  }
}

const REST_POINT: [number, number, number] = [0, 0, 0]
/** Path segments one muscle may have (sum over its strands); sizes the per-frame scratch. */
const MAX_SEGMENTS = 64

/** Places every muscle's path for the pose's joint transforms and measures it. Allocates nothing. */
export function updateMuscles(rig: MuscleRig, t: JointTransforms, frame: MuscleFrame, only?: Uint8Array): MuscleFrame {
  for (let m = 0; m < rig.muscles.length; m++) {
    // A muscle no one draws keeps its last path: the layer poses only those on screen (the chain's few).
    if (only && !only[m]) continue
    const muscle = rig.muscles[m]!
    let sum = 0
    for (let s = 0; s < muscle.strands.length; s++) {
      const strand = muscle.strands[s]!
      const out = frame.points[m]![s]!
      const n = strand.joints.length
      for (let i = 0; i < n; i++) {
        REST_POINT[0] = strand.rest[i * 3]!
        REST_POINT[1] = strand.rest[i * 3 + 1]!
        REST_POINT[2] = strand.rest[i * 3 + 2]!
        pointOnJointIndex(t, strand.joints[i]!, REST_POINT, out, i * 3)
      }
      sum += polylineLength(out, n)
    }
    const length = sum / muscle.strands.length
    const ratio = length / muscle.restLength
    frame.length[m] = length
    frame.ratio[m] = ratio
    // A muscle keeps its volume: longer and thinner, or shorter and fatter.
    frame.radiusScale[m] = 1 / Math.sqrt(ratio)
  }
  return frame
}

// ---------------------------------------------------------------------------------------------
// Mesh deformation along the posed path (the contract described in tools/model/muscles/build.ts).

/** Where each rest vertex sits relative to its muscle's strands. */
export interface MuscleBinding {
  /** Per vertex: strand index and segment index (segment k joins points k and k+1). */
  strand: Uint16Array
  segment: Uint16Array
  /** Per vertex: position along the segment, 0 at its start, 1 at its end (may run past the ends). */
  along: Float32Array
  /** Per vertex: offset from the segment's axis in the segment's rest frame (side, up, -): 2 numbers. */
  offset: Float32Array
}

/** A frame per segment: unit axis and two unit perpendiculars, 9 numbers. */
function segmentFrame(p: ArrayLike<number>, k: number, ref: ArrayLike<number>, out: Float64Array): number {
  const ax = p[k * 3 + 3]! - p[k * 3]!, ay = p[k * 3 + 4]! - p[k * 3 + 1]!, az = p[k * 3 + 5]! - p[k * 3 + 2]!
  const L = Math.hypot(ax, ay, az) || 1e-9
  const x = ax / L, y = ay / L, z = az / L
  // First perpendicular: the reference direction with its component along the axis removed.
  let ux = ref[0]! - x * (ref[0]! * x + ref[1]! * y + ref[2]! * z)
  let uy = ref[1]! - y * (ref[0]! * x + ref[1]! * y + ref[2]! * z)
  let uz = ref[2]! - z * (ref[0]! * x + ref[1]! * y + ref[2]! * z)
  const ul = Math.hypot(ux, uy, uz) || 1e-9
  ux /= ul
  uy /= ul
  uz /= ul
  out[0] = x
  out[1] = y
  out[2] = z
  out[3] = ux
  out[4] = uy
  out[5] = uz
  out[6] = y * uz - z * uy
  out[7] = z * ux - x * uz
  out[8] = x * uy - y * ux
  return L
}

/** A rest reference direction for a segment: any unit vector not along it. */
function restReference(p: ArrayLike<number>, k: number): [number, number, number] {
  const ax = Math.abs(p[k * 3 + 3]! - p[k * 3]!), az = Math.abs(p[k * 3 + 5]! - p[k * 3 + 2]!)
  const ay = Math.abs(p[k * 3 + 4]! - p[k * 3 + 1]!)
  return ax <= ay && ax <= az ? [1, 0, 0] : az <= ay ? [0, 0, 1] : [0, 1, 0]
}

const F = new Float64Array(9)

/**
 * Binds a rest mesh (model-space positions, 3 numbers per vertex) to its muscle: each vertex to the
 * nearest strand segment, with its position along it and its offset around it. Call once at load.
 */
export function bindMuscleVertices(muscle: RiggedMuscle, positions: ArrayLike<number>): MuscleBinding {
  const n = positions.length / 3
  const b: MuscleBinding = { strand: new Uint16Array(n), segment: new Uint16Array(n), along: new Float32Array(n), offset: new Float32Array(n * 3) }
  for (let v = 0; v < n; v++) {
    const px = positions[v * 3]!, py = positions[v * 3 + 1]!, pz = positions[v * 3 + 2]!
    let best = Infinity
    muscle.strands.forEach((s, si) => {
      for (let k = 0; k + 1 < s.joints.length; k++) {
        const r = s.rest
        const ax = r[k * 3]!, ay = r[k * 3 + 1]!, az = r[k * 3 + 2]!
        const dx = r[k * 3 + 3]! - ax, dy = r[k * 3 + 4]! - ay, dz = r[k * 3 + 5]! - az
        const L2 = dx * dx + dy * dy + dz * dz || 1e-12
        const u = ((px - ax) * dx + (py - ay) * dy + (pz - az) * dz) / L2
        const c = Math.max(0, Math.min(1, u))
        const d = Math.hypot(px - ax - dx * c, py - ay - dy * c, pz - az - dz * c)
        if (d < best) {
          best = d
          b.strand[v] = si
          b.segment[v] = k
          b.along[v] = u
        }
      }
    })
    const s = muscle.strands[b.strand[v]!]!
    const k = b.segment[v]!
    segmentFrame(s.rest, k, s.reference.subarray(k * 3, k * 3 + 3), F)
    const r = s.rest
    const u = b.along[v]!
    const qx = px - (r[k * 3]! + (r[k * 3 + 3]! - r[k * 3]!) * u)
    const qy = py - (r[k * 3 + 1]! + (r[k * 3 + 4]! - r[k * 3 + 1]!) * u)
    const qz = pz - (r[k * 3 + 2]! + (r[k * 3 + 5]! - r[k * 3 + 2]!) * u)
    b.offset[v * 3] = qx * F[3]! + qy * F[4]! + qz * F[5]!
    b.offset[v * 3 + 1] = qx * F[6]! + qy * F[7]! + qz * F[8]!
    b.offset[v * 3 + 2] = 0
  }
  return b
}

const REF = new Float64Array(3)
const FRAMES = new Float64Array(9 * MAX_SEGMENTS)

/**
 * Segment frames of one muscle for a pose (frame from updateMuscles): each segment's rest reference turned
 * with the joint that carries the segment's start, made perpendicular to the posed segment. Into FRAMES.
 */
function poseSegmentFrames(rig: MuscleRig, m: number, t: JointTransforms, frame: MuscleFrame): void {
  const muscle = rig.muscles[m]!
  const R = t.rotation
  for (let s = 0; s < muscle.strands.length; s++) {
    const strand = muscle.strands[s]!
    const ref = strand.reference
    for (let k = 0; k + 1 < strand.joints.length; k++) {
      const f = muscle.segmentBase[s]! + k
      const r0 = ref[k * 3]!, r1 = ref[k * 3 + 1]!, r2 = ref[k * 3 + 2]!
      const o = strand.joints[k]! * 9
      REF[0] = R[o]! * r0 + R[o + 1]! * r1 + R[o + 2]! * r2
      REF[1] = R[o + 3]! * r0 + R[o + 4]! * r1 + R[o + 5]! * r2
      REF[2] = R[o + 6]! * r0 + R[o + 7]! * r1 + R[o + 8]! * r2
      segmentFrame(frame.points[m]![s]!, k, REF, FRAMES.subarray(f * 9, f * 9 + 9))
    }
  }
}

/**
 * Re-places a bound mesh along its muscle's posed path (frame from updateMuscles): each vertex keeps
 * its share along its segment and its offset around it, turned with the joint that carries the
 * segment's start and scaled by the muscle's radius scale. Writes model-space positions into `out`;
 * allocates nothing. The app's vertex shader (src/scene/muscleMaterial.ts) does the same per vertex.
 */
export function deformMuscleVertices(rig: MuscleRig, m: number, binding: MuscleBinding, t: JointTransforms, frame: MuscleFrame, out: Float32Array): void {
  const muscle = rig.muscles[m]!
  const scale = frame.radiusScale[m]!
  poseSegmentFrames(rig, m, t, frame)
  const n = binding.along.length
  for (let v = 0; v < n; v++) {
    const s = binding.strand[v]!
    const k = binding.segment[v]!
    const p = frame.points[m]![s]!
    const fo = (muscle.segmentBase[s]! + k) * 9
    const u = binding.along[v]!
    const a = binding.offset[v * 3]! * scale, c = binding.offset[v * 3 + 1]! * scale
    for (let i = 0; i < 3; i++) out[v * 3 + i] = p[k * 3 + i]! + (p[k * 3 + 3 + i]! - p[k * 3 + i]!) * u + FRAMES[fo + 3 + i]! * a + FRAMES[fo + 6 + i]! * c
  }
}

// ---------------------------------------------------------------------------------------------
// The same deformation on the GPU: a table of posed segments, one row per segment of every muscle.

/** Numbers per segment row: start (xyz, radius scale), end (xyz, 0), first and second perpendicular (xyz, 0). */
export const SEGMENT_ROW = 16

/** Path segments of one muscle (all strands). */
export function segmentCount(muscle: RiggedMuscle): number {
  return muscle.strands.reduce((a, s) => a + s.joints.length - 1, 0)
}

/** Row of each muscle's first segment in the table of all muscles, and the table's row count. */
export function segmentRows(rig: MuscleRig): { first: Int32Array; total: number } {
  const first = new Int32Array(rig.muscles.length)
  let total = 0
  rig.muscles.forEach((m, i) => {
    first[i] = total
    total += segmentCount(m)
  })
  return { first, total }
}

/** Writes muscle m's posed segments into the table from row `firstRow` (see SEGMENT_ROW). Allocates nothing. */
export function writeSegmentRows(rig: MuscleRig, m: number, t: JointTransforms, frame: MuscleFrame, table: Float32Array, firstRow: number): void {
  const muscle = rig.muscles[m]!
  const scale = frame.radiusScale[m]!
  poseSegmentFrames(rig, m, t, frame)
  for (let s = 0; s < muscle.strands.length; s++) {
    const strand = muscle.strands[s]!
    const p = frame.points[m]![s]!
    for (let k = 0; k + 1 < strand.joints.length; k++) {
      const f = muscle.segmentBase[s]! + k
      const o = (firstRow + f) * SEGMENT_ROW
      for (let i = 0; i < 3; i++) {
        table[o + i] = p[k * 3 + i]!
        table[o + 4 + i] = p[k * 3 + 3 + i]!
        table[o + 8 + i] = FRAMES[f * 9 + 3 + i]!
        table[o + 12 + i] = FRAMES[f * 9 + 6 + i]!
      }
      table[o + 3] = scale
    }
  }
}

/**
 * A rest normal per vertex in its segment's rest frame (along the axis, first and second perpendicular),
 * so the shader can turn it with the posed frame. Call once at load, after bindMuscleVertices.
 */
export function bindMuscleNormals(muscle: RiggedMuscle, binding: MuscleBinding, normals: ArrayLike<number>): Float32Array {
  const n = binding.along.length
  const out = new Float32Array(n * 3)
  for (let v = 0; v < n; v++) {
    const s = muscle.strands[binding.strand[v]!]!
    const k = binding.segment[v]!
    segmentFrame(s.rest, k, s.reference.subarray(k * 3, k * 3 + 3), F)
    const x = normals[v * 3]!, y = normals[v * 3 + 1]!, z = normals[v * 3 + 2]!
    for (let i = 0; i < 3; i++) out[v * 3 + i] = x * F[i * 3]! + y * F[i * 3 + 1]! + z * F[i * 3 + 2]!
  }
  return out
}

/**
 * Where a ray first meets muscle m, modelled as capsules around its posed strands (belly radius times
 * its radius scale): the ray parameter of the closest approach, or Infinity. For picking, so the
 * pointer answers the muscle as drawn without reading back the GPU's vertices. `dir` must be unit length.
 */
export function rayHitsMuscle(rig: MuscleRig, m: number, frame: MuscleFrame, origin: ArrayLike<number>, dir: ArrayLike<number>): number {
  const muscle = rig.muscles[m]!
  const radius = muscle.def.bellyRadius * frame.radiusScale[m]!
  let best = Infinity
  for (let s = 0; s < muscle.strands.length; s++) {
    const p = frame.points[m]![s]!
    for (let k = 0; k + 1 < muscle.strands[s]!.joints.length; k++) {
      const ex = p[k * 3 + 3]! - p[k * 3]!, ey = p[k * 3 + 4]! - p[k * 3 + 1]!, ez = p[k * 3 + 5]! - p[k * 3 + 2]!
      const wx = origin[0]! - p[k * 3]!, wy = origin[1]! - p[k * 3 + 1]!, wz = origin[2]! - p[k * 3 + 2]!
      // Closest points of the line o + t·d and the segment p + u·e (u clamped to the segment).
      const b = dir[0]! * ex + dir[1]! * ey + dir[2]! * ez
      const c = ex * ex + ey * ey + ez * ez || 1e-12
      const d = dir[0]! * wx + dir[1]! * wy + dir[2]! * wz
      const e = ex * wx + ey * wy + ez * wz
      const den = c - b * b
      let u = den > 1e-12 ? (e - b * d) / den : 0
      u = Math.max(0, Math.min(1, u))
      const t = Math.max(0, b * u - d)
      const dx = wx + dir[0]! * t - ex * u, dy = wy + dir[1]! * t - ey * u, dz = wz + dir[2]! * t - ez * u
      if (dx * dx + dy * dy + dz * dz < radius * radius && t < best) best = t
    }
  }
  return best
}
