/**
 * The shared frame of the left foot: where the rays run, where the joints between the bone files
 * sit, and a few shape helpers. The three foot recipe files (tarsals, metatarsals, phalanges) meet
 * only at the surfaces defined here, so each file can be rebuilt on its own and neighbours still fit.
 *
 * Foot space: metres, +Y up, +Z forward along the foot's long axis (heel to 2nd toe), +X lateral.
 * Its origin is on the floor straight under the ankle joint centre. `inFoot` places a field authored
 * in foot space into model space.
 *
 * Sizes are those of an adult male foot (bony length 255 mm) from anatomy texts; where a figure is
 * a judgement it is said so next to it.
 */
import {
  boxAround,
  ellipsoid,
  frameFromEuler,
  intersect,
  offset,
  place,
  roundBox,
  smin,
  smoothSubtract,
  smoothUnion,
  v,
  type Box,
  type Frame,
  type Sdf,
  type V3,
} from '../../sdf/core'
import { ANKLE_JOINT, FOOT } from './interfaces'

const ankle = ANKLE_JOINT.centreL

/**
 * The long axis turns 2° medially from +Z: that puts the heel under the heel landmark and the
 * 2nd ray through the MTP joint centre with the foot's axis passing under the ankle.
 */
export const FOOT_YAW = -2
export const FOOT_FRAME: Frame = frameFromEuler([ankle[0], 0, ankle[2]], 0, FOOT_YAW, 0)

/** Foot space -> model space. */
export function toModel(p: V3): V3 {
  const f = FOOT_FRAME
  return v.add(f.origin, v.add(v.add(v.scale(f.x, p[0]), v.scale(f.y, p[1])), v.scale(f.z, p[2])))
}

/** Model space -> foot space. */
export function toFoot(p: V3): V3 {
  const q = v.sub(p, FOOT_FRAME.origin)
  return [v.dot(q, FOOT_FRAME.x), v.dot(q, FOOT_FRAME.y), v.dot(q, FOOT_FRAME.z)]
}

/** Places a field authored in foot space. */
export const inFoot = (sdf: Sdf): Sdf => place(sdf, FOOT_FRAME)

/** Fit points in foot space. */
export const ANKLE = toFoot(ankle)
export const SUBTALAR = toFoot(FOOT.subtalarL)
export const HEEL_BACK = toFoot(FOOT.heelBackL)
export const MTP = toFoot(FOOT.mtpL)
/** Tip of the 2nd toe: the bony foot length in front of the back of the heel. */
export const TOE_TIP_Z = HEEL_BACK[2] + FOOT.length
export const TROCHLEA_RADIUS = ANKLE_JOINT.trochleaRadius
/**
 * The ankle (talocrural) axis: horizontal, from the medial to the lateral malleolar tip, so it turns
 * about 20° outward (the lateral malleolus lies further back). The trochlea and the mortise both
 * follow it; ANKLE_FRAME has +X along it (lateral), +Y up and +Z forward, origin at the ankle centre.
 */
const malleoli = v.sub(toFoot(ANKLE_JOINT.lateralMalleolusTipL), toFoot(ANKLE_JOINT.medialMalleolusTipL))
export const ANKLE_AXIS: V3 = v.norm([malleoli[0], 0, malleoli[2]])
export const ANKLE_FRAME: Frame = { origin: toFoot(ankle), x: ANKLE_AXIS, y: [0, 1, 0], z: v.cross(ANKLE_AXIS, [0, 1, 0]) }
export const MORTISE_HALF_WIDTH = ANKLE_JOINT.mortiseHalfWidth

/** Joint space left between neighbouring bones (cartilage is not modelled). */
export const GAP = 0.0015

// ---------------------------------------------------------------------------------------------
// Shape helpers.

/** A frame whose local +Z runs along `axis` and whose local +Y is as close as possible to `up`. */
export function axisFrame(origin: V3, axis: V3, up: V3 = [0, 1, 0]): Frame {
  const z = v.norm(axis)
  let y = v.sub(up, v.scale(z, v.dot(up, z)))
  if (v.len(y) < 1e-6) y = Math.abs(z[0]) < 0.9 ? [1, 0, 0] : [0, 1, 0]
  y = v.norm(y)
  return { origin, x: v.cross(y, z), y, z }
}

/** Rotates a frame about its own Z axis (roll), degrees. */
export function rollFrame(f: Frame, deg: number): Frame {
  const r = (deg * Math.PI) / 180
  const c = Math.cos(r), s = Math.sin(r)
  return { origin: f.origin, x: v.add(v.scale(f.x, c), v.scale(f.y, s)), y: v.sub(v.scale(f.y, c), v.scale(f.x, s)), z: f.z }
}

/** A point given in the coordinates of `f`. */
export function at(f: Frame, p: V3): V3 {
  return v.add(f.origin, v.add(v.add(v.scale(f.x, p[0]), v.scale(f.y, p[1])), v.scale(f.z, p[2])))
}

/** A direction given in the coordinates of `f`. */
export function dirIn(f: Frame, d: V3): V3 {
  return v.add(v.add(v.scale(f.x, d[0]), v.scale(f.y, d[1])), v.scale(f.z, d[2]))
}

/**
 * Non-uniform scale of a field about the origin. The distance is scaled by the smallest factor, so
 * it stays a lower bound (safe for the mesher); keep the factors within about 1:1.6.
 */
export function stretch(sdf: Sdf, s: V3): Sdf {
  const [sx, sy, sz] = s
  const m = Math.min(sx, sy, sz)
  const { d } = sdf
  const b = sdf.bounds
  return {
    bounds: { min: [b.min[0] * sx, b.min[1] * sy, b.min[2] * sz], max: [b.max[0] * sx, b.max[1] * sy, b.max[2] * sz] },
    d: (x, y, z) => d(x / sx, y / sy, z / sz) * m,
  }
}

/** An ellipsoid whose third radius runs along `axis`. */
export function ellipsoidAlong(centre: V3, axis: V3, up: V3, r: V3): Sdf {
  return place(ellipsoid([0, 0, 0], r), axisFrame(centre, axis, up))
}

/** A rounded box whose local Z runs along `axis`. */
export function boxAlong(centre: V3, axis: V3, up: V3, half: V3, round: number): Sdf {
  return roundBox(axisFrame(centre, axis, up), half, round)
}

export interface Plane {
  /** A point on the plane. */
  p: V3
  /** Outward normal (need not be unit length). */
  n: V3
}

/**
 * A convex block bounded by planes, its edges softened by a smooth maximum of radius about `k`.
 * Good for tarsal bones: wedges and blocks whose faces are joint facets. `bounds` must contain it.
 */
export function hull(planes: Plane[], k: number, bounds: Box): Sdf {
  const P = planes.map((pl) => {
    const n = v.norm(pl.n)
    return [n[0], n[1], n[2], -v.dot(n, pl.p)] as const
  })
  const count = P.length
  return {
    bounds,
    d: (x, y, z) => {
      let m = -Infinity
      for (let i = 0; i < count; i++) {
        const q = P[i]!
        const d = q[0] * x + q[1] * y + q[2] * z + q[3]
        m = i === 0 ? d : -smin(-m, -d, k)
      }
      return m
    },
  }
}

/** The half-space on the outer side of a plane, limited to a box (for clipping one region only). */
export function planeCut(pl: Plane, region: Box): Sdf {
  const n = v.norm(pl.n)
  const w = -v.dot(n, pl.p)
  const half: Sdf = { bounds: region, d: (x, y, z) => -(n[0] * x + n[1] * y + n[2] * z + w) }
  // The cut removes where the plane's signed distance is positive: as a solid, it is {n·p + w > 0}.
  const inRegion: Sdf = {
    bounds: region,
    d: (x, y, z) => Math.max(region.min[0] - x, x - region.max[0], region.min[1] - y, y - region.max[1], region.min[2] - z, z - region.max[2]),
  }
  return intersect(half, inRegion)
}

/** Shifts a plane along its normal. */
export function shiftPlane(pl: Plane, by: number): Plane {
  return { p: v.add(pl.p, v.scale(v.norm(pl.n), by)), n: pl.n }
}

/** Removes from `bone` each neighbour grown by `gap`, blending the rim by `k`: a congruent facet with a joint space. */
export function carve(k: number, gap: number, bone: Sdf, ...neighbours: Sdf[]): Sdf {
  return smoothSubtract(k, bone, ...neighbours.map((n) => offset(n, gap)))
}

export { boxAround }

// ---------------------------------------------------------------------------------------------
// The rays: metatarsal bases and heads in foot space.

export interface Ray {
  n: number
  /** Centre of the base's proximal joint surface. */
  base: V3
  /** Centre of the head. */
  head: V3
  /** Head half-sizes in the ray frame: width, height, length. */
  headR: V3
  /** Ray frame: origin at the base, +Z to the head, +Y dorsal. */
  frame: Frame
  length: number
  /** Normal of the base's joint surface, pointing back out of the bone. */
  baseNormal: V3
}

/** `turn`: how far (tan) the base's joint surface faces medially beyond square to the shaft. */
function ray(n: number, base: V3, head: V3, headR: V3, turn = 0): Ray {
  const axis = v.sub(head, base)
  const frame = axisFrame(base, axis)
  const baseNormal = v.norm(v.sub(v.scale(frame.z, -1), v.scale(frame.x, turn)))
  return { n, base, head, headR, frame, length: v.len(axis), baseNormal }
}

/**
 * Metatarsal heads: all on the floor (the 1st head stands on its sesamoids, a few mm up), the
 * 2nd the most distal, the MTP line oblique (the 5th head 23 mm behind the 1st); breadth across
 * the heads FOOT.breadthAtMetatarsalHeads. Bases: the Lisfranc line, the 2nd base recessed between
 * the medial and lateral cuneiforms. Inclinations about 22°, 21°, 19°, 15° and 11° (1st to 5th).
 * Bone lengths (base surface to head tip) come to about 63, 76, 70, 67 and 65 mm.
 */
export const RAYS: Ray[] = [
  ray(1, [-0.0195, 0.032, 0.0795], [-0.0237, 0.0125, 0.1275], [0.0092, 0.0112, 0.0105]),
  ray(2, [-0.0034, 0.0332, 0.071], [0.0005, 0.0092, 0.1335], [0.0048, 0.0082, 0.0078]),
  ray(3, [0.0088, 0.027, 0.0755], [0.0175, 0.0088, 0.128], [0.0047, 0.0078, 0.0074]),
  // The 4th and 5th bases face back and medially onto the oblique front of the cuboid.
  ray(4, [0.0228, 0.0226, 0.064], [0.0325, 0.0085, 0.1195], [0.0045, 0.0074, 0.0072], 0.2),
  ray(5, [0.0355, 0.0178, 0.0575], [0.0497, 0.0083, 0.1115], [0.0045, 0.007, 0.0068], 0.6),
]

/**
 * The head of metatarsal n: the articular ellipsoid with the two plantar condyles under it, which
 * carry the articular surface further round on the sole side. The MTP joint's shared surface: the
 * metatarsal is built on it and the proximal phalanx is carved around it.
 */
export function metatarsalHead(n: number): Sdf {
  const r = RAYS[n - 1]!
  const [hw, hh, hl] = r.headR
  const condyles = [-1, 1].map((k) => ellipsoid([k * hw * 0.45, -hh * 0.45, -hl * 0.35], [hw * 0.5, hh * 0.55, hl * 0.75]))
  return place(smoothUnion(0.003, ellipsoid([0, 0, 0], r.headR), ...condyles), { ...r.frame, origin: r.head })
}

/**
 * Tarsometatarsal joints: the plane of each base's proximal surface, normal pointing back (out of
 * the metatarsal). The tarsal in front of it ends GAP behind.
 */
export function tmtPlane(n: number): Plane {
  const r = RAYS[n - 1]!
  return { p: r.base, n: r.baseNormal }
}

/**
 * Sagittal partitions between the columns of the midfoot (cuneiforms and cuboid with their
 * metatarsal bases). In the front view they fan out from below, which makes the intermediate and
 * lateral cuneiforms and the 2nd–4th bases wedges (wide dorsally): the transverse arch.
 * Partition i separates column i from column i + 1; its normal points laterally.
 */
const partitionLine = (top: [number, number], bottom: [number, number]): Plane => {
  const dx = top[0] - bottom[0], dy = top[1] - bottom[1]
  return { p: [top[0], top[1], 0], n: [dy, -dx, 0] }
}
export const PARTITIONS: Record<number, Plane> = {
  1: partitionLine([-0.0125, 0.05], [-0.0055, 0.02]),
  2: partitionLine([0.0048, 0.05], [0.0008, 0.022]),
  3: partitionLine([0.0185, 0.048], [0.0135, 0.015]),
  4: partitionLine([0.0302, 0.04], [0.0292, 0.01]),
}

/** Signed distance to partition i (positive on its lateral side). */
export function partitionDistance(i: number, p: V3): number {
  const pl = PARTITIONS[i]!
  return v.dot(v.sub(p, pl.p), v.norm(pl.n))
}

/** Exact signed distance to a closed polygon in 2D (Quílez). Points as [u, v]. */
export function polygonDistance(pts: readonly (readonly [number, number])[]): (u: number, w: number) => number {
  const n = pts.length
  const U = pts.map((p) => p[0]), W = pts.map((p) => p[1])
  return (u, w) => {
    let d = (u - U[0]!) ** 2 + (w - W[0]!) ** 2
    let s = 1
    for (let i = 0, j = n - 1; i < n; j = i, i++) {
      const ex = U[j]! - U[i]!, ew = W[j]! - W[i]!
      const px = u - U[i]!, pw = w - W[i]!
      const h = Math.max(0, Math.min(1, (px * ex + pw * ew) / (ex * ex + ew * ew)))
      const bx = px - ex * h, bw = pw - ew * h
      d = Math.min(d, bx * bx + bw * bw)
      const c1 = w >= W[i]!, c2 = w < W[j]!, c3 = ex * pw > ew * px
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
    }
    return s * Math.sqrt(d)
  }
}

/** Piecewise-linear interpolation through [t, value] knots (clamped at the ends). */
export function knots(pts: readonly (readonly [number, number])[]): (t: number) => number {
  return (t) => {
    if (t <= pts[0]![0]) return pts[0]![1]
    for (let i = 1; i < pts.length; i++) {
      const [t1, v1] = pts[i]!
      if (t <= t1) {
        const [t0, v0] = pts[i - 1]!
        return v0 + ((v1 - v0) * (t - t0)) / (t1 - t0)
      }
    }
    return pts[pts.length - 1]![1]
  }
}

/**
 * A bone block made from its side view: the polygon `profile` ([z, y] points, foot space) swept
 * across x between `medial(z)` and `lateral(z)`, every edge rounded by `round`. The side view is what
 * makes a calcaneus read as one, so it is drawn directly.
 */
export function extrude(profile: readonly (readonly [number, number])[], medial: (z: number, y: number) => number, lateral: (z: number, y: number) => number, round: number): Sdf {
  const poly = polygonDistance(profile)
  const zs = profile.map((p) => p[0]), ys = profile.map((p) => p[1])
  const zMin = Math.min(...zs), zMax = Math.max(...zs)
  const yMin = Math.min(...ys), yMax = Math.max(...ys)
  let xMin = Infinity, xMax = -Infinity
  for (let i = 0; i <= 64; i++)
    for (let j = 0; j <= 16; j++) {
      const z = zMin + ((zMax - zMin) * i) / 64, y = yMin + ((yMax - yMin) * j) / 16
      xMin = Math.min(xMin, medial(z, y))
      xMax = Math.max(xMax, lateral(z, y))
    }
  return {
    bounds: { min: [xMin, yMin, zMin], max: [xMax, yMax, zMax] },
    d: (x, y, z) => {
      const a = poly(z, y) + round
      const x0 = medial(z, y), x1 = lateral(z, y)
      const b = Math.abs(x - (x0 + x1) / 2) - (x1 - x0) / 2 + round
      return Math.hypot(Math.max(a, 0), Math.max(b, 0)) + Math.min(Math.max(a, b), 0) - round
    },
  }
}

/** A closed Catmull-Rom curve through [u, w] points, `per` samples per span: smooth outlines from few points. */
export function smoothLoop(pts: readonly (readonly [number, number])[], per = 4): [number, number][] {
  const n = pts.length
  const out: [number, number][] = []
  for (let i = 0; i < n; i++) {
    const p0 = pts[(i - 1 + n) % n]!, p1 = pts[i]!, p2 = pts[(i + 1) % n]!, p3 = pts[(i + 2) % n]!
    for (let s = 0; s < per; s++) {
      const t = s / per, t2 = t * t, t3 = t2 * t
      const f = (k: 0 | 1) => 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3)
      out.push([f(0), f(1)])
    }
  }
  return out
}

/**
 * The tuberosity of the 5th metatarsal (styloid process): it flares laterally and back from the base,
 * beside the cuboid, which is carved around it.
 */
export function fifthTuberosity(): Sdf {
  return place(ellipsoid([0, 0, 0], [0.0058, 0.0062, 0.0095]), axisFrame([0.0435, 0.0142, 0.0515], [0.55, -0.12, -1], [0, 1, 0]))
}
