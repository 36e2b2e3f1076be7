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
export function updateMuscles(rig: MuscleRig, t: JointTransforms, frame: MuscleFrame): MuscleFrame {
  for (let m = 0; m < rig.muscles.length; m++) {
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
 * Re-places a bound mesh along its muscle's posed path (frame from updateMuscles): each vertex keeps
 * its share along its segment and its offset around it, turned with the joint that carries the
 * segment's start and scaled by the muscle's radius scale. Writes model-space positions into `out`; allocates nothing.
 */
export function deformMuscleVertices(rig: MuscleRig, m: number, binding: MuscleBinding, t: JointTransforms, frame: MuscleFrame, out: Float32Array): void {
  const muscle = rig.muscles[m]!
  const scale = frame.radiusScale[m]!
  // Segment frames for this pose: the rest reference turned with the segment's starting joint.
  for (let s = 0; s < muscle.strands.length; s++) {
    const strand = muscle.strands[s]!
    for (let k = 0; k + 1 < strand.joints.length; k++) {
      const f = muscle.segmentBase[s]! + k
      const ref = strand.reference
      const r0 = ref[k * 3]!, r1 = ref[k * 3 + 1]!, r2 = ref[k * 3 + 2]!
      const R = t.rotation
      const o = strand.joints[k]! * 9
      REF[0] = R[o]! * r0 + R[o + 1]! * r1 + R[o + 2]! * r2
      REF[1] = R[o + 3]! * r0 + R[o + 4]! * r1 + R[o + 5]! * r2
      REF[2] = R[o + 6]! * r0 + R[o + 7]! * r1 + R[o + 8]! * r2
      segmentFrame(frame.points[m]![s]!, k, REF, FRAMES.subarray(f * 9, f * 9 + 9))
    }
  }
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
