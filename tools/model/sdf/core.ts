/**
 * Signed distance fields for sculpting bones: negative inside, positive outside, in metres.
 *
 * Every field carries a bounding box. Unions use it to skip parts that are far from the point being
 * evaluated, which is what keeps a bone with hundreds of parts (a foot, a skull) fast to polygonise.
 * A field's value outside its box must never be smaller than the distance to the box (true for exact
 * and for conservative fields), so the skip never changes the result.
 */

export type V3 = readonly [number, number, number]

export interface Box {
  min: V3
  max: V3
}

export interface Sdf {
  d: (x: number, y: number, z: number) => number
  bounds: Box
}

// ---------------------------------------------------------------------------------------------
// Small vector helpers (tuples; used at build time only, never per sample).

export const v = {
  add: (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]],
  sub: (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]],
  scale: (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s],
  dot: (a: V3, b: V3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2],
  cross: (a: V3, b: V3): V3 => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]],
  len: (a: V3) => Math.hypot(a[0], a[1], a[2]),
  norm: (a: V3): V3 => {
    const l = Math.hypot(a[0], a[1], a[2]) || 1
    return [a[0] / l, a[1] / l, a[2] / l]
  },
  lerp: (a: V3, b: V3, t: number): V3 => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t],
  mirrorX: (a: V3): V3 => [-a[0], a[1], a[2]],
}

export function box(min: V3, max: V3): Box {
  return { min, max }
}

export function boxAround(center: V3, half: V3): Box {
  return { min: v.sub(center, half), max: v.add(center, half) }
}

export function unionBox(boxes: Box[]): Box {
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (const b of boxes)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, b.min[i]!)
      max[i] = Math.max(max[i]!, b.max[i]!)
    }
  return { min, max }
}

export function expandBox(b: Box, by: number): Box {
  return { min: [b.min[0] - by, b.min[1] - by, b.min[2] - by], max: [b.max[0] + by, b.max[1] + by, b.max[2] + by] }
}

function intersectBox(a: Box, b: Box): Box {
  return {
    min: [Math.max(a.min[0], b.min[0]), Math.max(a.min[1], b.min[1]), Math.max(a.min[2], b.min[2])],
    max: [Math.min(a.max[0], b.max[0]), Math.min(a.max[1], b.max[1]), Math.min(a.max[2], b.max[2])],
  }
}

/** Distance from a point to a box (0 inside): a lower bound of any field that lives in the box. */
export function boxDistance(b: Box, x: number, y: number, z: number): number {
  const dx = Math.max(b.min[0] - x, 0, x - b.max[0])
  const dy = Math.max(b.min[1] - y, 0, y - b.max[1])
  const dz = Math.max(b.min[2] - z, 0, z - b.max[2])
  return Math.sqrt(dx * dx + dy * dy + dz * dz)
}

// ---------------------------------------------------------------------------------------------
// Orientation: a frame is three orthonormal axes; fields are authored in their local frame.

export interface Frame {
  origin: V3
  /** Local X, Y and Z axes in model space. */
  x: V3
  y: V3
  z: V3
}

/** A frame whose local +Y points along `up` and whose local +Z is as close as possible to `forward`. */
export function frameFromUp(origin: V3, up: V3, forward: V3 = [0, 0, 1]): Frame {
  const y = v.norm(up)
  let f = v.sub(forward, v.scale(y, v.dot(forward, y)))
  if (v.len(f) < 1e-6) f = Math.abs(y[0]) < 0.9 ? [1, 0, 0] : [0, 0, 1]
  const z = v.norm(f)
  const x = v.cross(y, z)
  return { origin, x, y, z }
}

/** Rotation of the identity frame by Euler angles (degrees, applied X then Y then Z). */
export function frameFromEuler(origin: V3, degX = 0, degY = 0, degZ = 0): Frame {
  const r = Math.PI / 180
  const rot = (p: V3): V3 => {
    let [x, y, z] = p
    const cx = Math.cos(degX * r), sx = Math.sin(degX * r)
    ;[y, z] = [y * cx - z * sx, y * sx + z * cx]
    const cy = Math.cos(degY * r), sy = Math.sin(degY * r)
    ;[x, z] = [x * cy + z * sy, -x * sy + z * cy]
    const cz = Math.cos(degZ * r), sz = Math.sin(degZ * r)
    ;[x, y] = [x * cz - y * sz, x * sz + y * cz]
    return [x, y, z]
  }
  return { origin, x: rot([1, 0, 0]), y: rot([0, 1, 0]), z: rot([0, 0, 1]) }
}

/** Places a field authored around the local origin into `frame` (rigid: distances are kept). */
export function place(sdf: Sdf, frame: Frame): Sdf {
  const [ox, oy, oz] = frame.origin
  const [xx, xy, xz] = frame.x
  const [yx, yy, yz] = frame.y
  const [zx, zy, zz] = frame.z
  const { d } = sdf
  // The box of the placed field: transform the 8 corners of the local box.
  const corners: V3[] = []
  for (const cx of [sdf.bounds.min[0], sdf.bounds.max[0]])
    for (const cy of [sdf.bounds.min[1], sdf.bounds.max[1]])
      for (const cz of [sdf.bounds.min[2], sdf.bounds.max[2]])
        corners.push([ox + cx * xx + cy * yx + cz * zx, oy + cx * xy + cy * yy + cz * zy, oz + cx * xz + cy * yz + cz * zz])
  const bounds = unionBox(corners.map((c) => ({ min: c, max: c })))
  return {
    bounds,
    d: (px, py, pz) => {
      const qx = px - ox, qy = py - oy, qz = pz - oz
      return d(qx * xx + qy * xy + qz * xz, qx * yx + qy * yy + qz * yz, qx * zx + qy * zy + qz * zz)
    },
  }
}

export function translate(sdf: Sdf, t: V3): Sdf {
  const [tx, ty, tz] = t
  const { d } = sdf
  return { bounds: { min: v.add(sdf.bounds.min, t), max: v.add(sdf.bounds.max, t) }, d: (x, y, z) => d(x - tx, y - ty, z - tz) }
}

/** Uniform scale about the origin. */
export function scale(sdf: Sdf, s: number): Sdf {
  const { d } = sdf
  return { bounds: { min: v.scale(sdf.bounds.min, s), max: v.scale(sdf.bounds.max, s) }, d: (x, y, z) => d(x / s, y / s, z / s) * s }
}

/** Mirror image across the plane x = 0. */
export function mirrorX(sdf: Sdf): Sdf {
  const { d } = sdf
  return { bounds: { min: [-sdf.bounds.max[0], sdf.bounds.min[1], sdf.bounds.min[2]], max: [-sdf.bounds.min[0], sdf.bounds.max[1], sdf.bounds.max[2]] }, d: (x, y, z) => d(-x, y, z) }
}

/** Left-right symmetry about x = 0: author one half (x >= 0), get both. */
export function symmetricX(sdf: Sdf): Sdf {
  const { d } = sdf
  const m = Math.max(Math.abs(sdf.bounds.min[0]), Math.abs(sdf.bounds.max[0]))
  return { bounds: { min: [-m, sdf.bounds.min[1], sdf.bounds.min[2]], max: [m, sdf.bounds.max[1], sdf.bounds.max[2]] }, d: (x, y, z) => d(Math.abs(x), y, z) }
}

// ---------------------------------------------------------------------------------------------
// Primitives.

export function sphere(c: V3, r: number): Sdf {
  const [cx, cy, cz] = c
  return {
    bounds: boxAround(c, [r, r, r]),
    d: (x, y, z) => Math.sqrt((x - cx) ** 2 + (y - cy) ** 2 + (z - cz) ** 2) - r,
  }
}

/** Axis-aligned ellipsoid (a close, conservative approximation of the true distance). */
export function ellipsoid(c: V3, r: V3): Sdf {
  const [cx, cy, cz] = c
  const [rx, ry, rz] = r
  const minR = Math.min(rx, ry, rz)
  return {
    bounds: boxAround(c, r),
    d: (x, y, z) => {
      const px = x - cx, py = y - cy, pz = z - cz
      const k0 = Math.sqrt((px / rx) ** 2 + (py / ry) ** 2 + (pz / rz) ** 2)
      if (k0 < 1e-9) return -minR
      const k1 = Math.sqrt((px / (rx * rx)) ** 2 + (py / (ry * ry)) ** 2 + (pz / (rz * rz)) ** 2)
      return (k0 * (k0 - 1)) / k1
    },
  }
}

/** An ellipsoid with radii along the axes of `frame` (frame.origin is its centre). */
export function orientedEllipsoid(frame: Frame, r: V3): Sdf {
  return place(ellipsoid([0, 0, 0], r), frame)
}

/** A capsule from a to b. */
export function capsule(a: V3, b: V3, r: number): Sdf {
  return roundCone(a, b, r, r)
}

/** A cone with rounded ends: radius ra at a, rb at b (exact distance; Quílez). */
export function roundCone(a: V3, b: V3, ra: number, rb: number): Sdf {
  const [ax, ay, az] = a
  const bax = b[0] - ax, bay = b[1] - ay, baz = b[2] - az
  const l2 = bax * bax + bay * bay + baz * baz
  const rr = ra - rb
  const a2 = l2 - rr * rr
  const il2 = 1 / l2
  const bounds = unionBox([boxAround(a, [ra, ra, ra]), boxAround(b, [rb, rb, rb])])
  if (l2 < 1e-12) return sphere(a, Math.max(ra, rb))
  return {
    bounds,
    d: (px, py, pz) => {
      const pax = px - ax, pay = py - ay, paz = pz - az
      const y = pax * bax + pay * bay + paz * baz
      const z = y - l2
      const xx = pax * l2 - bax * y, xy = pay * l2 - bay * y, xz = paz * l2 - baz * y
      const x2 = xx * xx + xy * xy + xz * xz
      const y2 = y * y * l2
      const z2 = z * z * l2
      const k = Math.sign(rr) * rr * rr * x2
      if (Math.sign(z) * a2 * z2 > k) return Math.sqrt(x2 + z2) * il2 - rb
      if (Math.sign(y) * a2 * y2 < k) return Math.sqrt(x2 + y2) * il2 - ra
      return (Math.sqrt(x2 * a2 * il2) + y * rr) * il2 - ra
    },
  }
}

/**
 * A smooth tube through `points` with a radius per point: the workhorse for shafts, ribs,
 * processes and rami. `k` blends the joints between segments.
 */
export function tube(points: V3[], radii: number[] | number, k = 0): Sdf {
  const r = (i: number) => (typeof radii === 'number' ? radii : radii[i]!)
  const parts: Sdf[] = []
  for (let i = 0; i + 1 < points.length; i++) parts.push(roundCone(points[i]!, points[i + 1]!, r(i), r(i + 1)))
  return k > 0 ? smoothUnion(k, ...parts) : union(...parts)
}

/** Catmull-Rom resampling of a polyline, for tubes that bend smoothly through few control points. */
export function smoothPath(points: V3[], perSegment = 4): V3[] {
  if (points.length < 3) return points
  const out: V3[] = []
  const P = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = P(i - 1), p1 = P(i), p2 = P(i + 1), p3 = P(i + 2)
    for (let s = 0; s < perSegment; s++) {
      const t = s / perSegment, t2 = t * t, t3 = t2 * t
      out.push([0, 1, 2].map(
        (k) => 0.5 * (2 * p1[k]! + (-p0[k]! + p2[k]!) * t + (2 * p0[k]! - 5 * p1[k]! + 4 * p2[k]! - p3[k]!) * t2 + (-p0[k]! + 3 * p1[k]! - 3 * p2[k]! + p3[k]!) * t3),
      ) as unknown as V3)
    }
  }
  out.push(points[points.length - 1]!)
  return out
}

/** Linear interpolation of radii along a resampled path (one radius per original control point). */
export function smoothRadii(radii: number[], perSegment = 4): number[] {
  const out: number[] = []
  for (let i = 0; i + 1 < radii.length; i++)
    for (let s = 0; s < perSegment; s++) out.push(radii[i]! + ((radii[i + 1]! - radii[i]!) * s) / perSegment)
  out.push(radii[radii.length - 1]!)
  return out
}

/** Box with rounded edges, centred at the origin of `frame`, half sizes `half` (rounding included). */
export function roundBox(frame: Frame, half: V3, round: number): Sdf {
  const bx = half[0] - round, by = half[1] - round, bz = half[2] - round
  const local: Sdf = {
    bounds: boxAround([0, 0, 0], half),
    d: (x, y, z) => {
      const qx = Math.abs(x) - bx, qy = Math.abs(y) - by, qz = Math.abs(z) - bz
      const ox = Math.max(qx, 0), oy = Math.max(qy, 0), oz = Math.max(qz, 0)
      return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qx, qy, qz), 0) - round
    },
  }
  return place(local, frame)
}

/** Torus in the local XZ plane of `frame`: ring radius R, tube radius r. */
export function torus(frame: Frame, R: number, r: number): Sdf {
  const local: Sdf = {
    bounds: boxAround([0, 0, 0], [R + r, r, R + r]),
    d: (x, y, z) => Math.sqrt((Math.sqrt(x * x + z * z) - R) ** 2 + y * y) - r,
  }
  return place(local, frame)
}

/** Capped cylinder along the local Y of `frame`, radius r, half height h, edges rounded by `round`. */
export function cylinder(frame: Frame, r: number, h: number, round = 0): Sdf {
  const local: Sdf = {
    bounds: boxAround([0, 0, 0], [r, h, r]),
    d: (x, y, z) => {
      const dx = Math.sqrt(x * x + z * z) - r + round
      const dy = Math.abs(y) - h + round
      return Math.min(Math.max(dx, dy), 0) + Math.sqrt(Math.max(dx, 0) ** 2 + Math.max(dy, 0) ** 2) - round
    },
  }
  return place(local, frame)
}

/**
 * A curved plate: the surface patch y = f(x, z) over a rectangle in the frame's local XZ plane,
 * thickened by `thickness` with rounded rims (the patch grown by a ball). Good for blades (ilium,
 * scapula) and laminae. The distance is approximate (vertical offset divided by the steepest slope),
 * so keep `maxSlope` honest.
 */
export function plate(frame: Frame, halfX: number, halfZ: number, thickness: number, f: (x: number, z: number) => number = () => 0, maxSlope = 0): Sdf {
  const t = thickness / 2
  const amp = maxSlope * Math.max(halfX, halfZ)
  const norm = Math.sqrt(1 + maxSlope * maxSlope)
  const local: Sdf = {
    bounds: boxAround([0, 0, 0], [halfX + t, t + amp + Math.abs(f(0, 0)), halfZ + t]),
    d: (x, y, z) => {
      const cx = Math.max(-halfX, Math.min(halfX, x))
      const cz = Math.max(-halfZ, Math.min(halfZ, z))
      const dv = (y - f(cx, cz)) / norm
      const dx = x - cx, dz = z - cz
      return Math.sqrt(dx * dx + dz * dz + dv * dv) - t
    },
  }
  return place(local, frame)
}

/** Half-space below the plane through `point` with outward normal `n` (for flat cuts: facets, endplates). */
export function halfSpace(point: V3, n: V3, extent = 1): Sdf {
  const [nx, ny, nz] = v.norm(n)
  const [px, py, pz] = point
  return {
    bounds: boxAround(point, [extent, extent, extent]),
    d: (x, y, z) => (x - px) * nx + (y - py) * ny + (z - pz) * nz,
  }
}

// ---------------------------------------------------------------------------------------------
// Combinations.

export function union(...parts: Sdf[]): Sdf {
  if (parts.length === 1) return parts[0]!
  const n = parts.length
  const fns = parts.map((p) => p.d)
  const boxes = parts.map((p) => p.bounds)
  return {
    bounds: unionBox(boxes),
    d: (x, y, z) => {
      let best = Infinity
      for (let i = 0; i < n; i++) {
        // Outside a part's box its value is at least the box distance, so it cannot beat `best`;
        // inside the box it can be anything (deeper inside), so it is always evaluated.
        const bd = boxDistance(boxes[i]!, x, y, z)
        if (bd > 0 && bd >= best) continue
        const d = fns[i]!(x, y, z)
        if (d < best) best = d
      }
      return best
    },
  }
}

/** Polynomial smooth minimum with blend radius k (Quílez): joins parts with a fillet of about k. */
export function smin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0) / k
  return Math.min(a, b) - h * h * k * 0.25
}

export function smoothUnion(k: number, ...parts: Sdf[]): Sdf {
  if (parts.length === 1) return parts[0]!
  const n = parts.length
  const fns = parts.map((p) => p.d)
  const boxes = parts.map((p) => p.bounds)
  return {
    bounds: expandBox(unionBox(boxes), k * 0.25),
    d: (x, y, z) => {
      let best = Infinity
      for (let i = 0; i < n; i++) {
        // A part farther than best + k cannot change a smooth minimum (only provable outside its box).
        const bd = boxDistance(boxes[i]!, x, y, z)
        if (bd > 0 && bd >= best + k) continue
        const d = fns[i]!(x, y, z)
        best = best === Infinity ? d : smin(best, d, k)
      }
      return best
    },
  }
}

export function intersect(a: Sdf, b: Sdf): Sdf {
  const da = a.d, db = b.d
  return { bounds: intersectBox(a.bounds, b.bounds), d: (x, y, z) => Math.max(da(x, y, z), db(x, y, z)) }
}

export function smoothIntersect(k: number, a: Sdf, b: Sdf): Sdf {
  const da = a.d, db = b.d
  return { bounds: intersectBox(a.bounds, b.bounds), d: (x, y, z) => -smin(-da(x, y, z), -db(x, y, z), k) }
}

/** `a` with `cut` removed. Cuts that are far from the point are skipped by their box. */
export function subtract(a: Sdf, ...cuts: Sdf[]): Sdf {
  const da = a.d
  const fns = cuts.map((c) => c.d)
  const boxes = cuts.map((c) => c.bounds)
  return {
    bounds: a.bounds,
    d: (x, y, z) => {
      let d = da(x, y, z)
      for (let i = 0; i < fns.length; i++) {
        // Removing a region can only raise the value; a cut whose box is farther than |d| cannot matter.
        if (boxDistance(boxes[i]!, x, y, z) > Math.abs(d)) continue
        d = Math.max(d, -fns[i]!(x, y, z))
      }
      return d
    },
  }
}

export function smoothSubtract(k: number, a: Sdf, ...cuts: Sdf[]): Sdf {
  const da = a.d
  const fns = cuts.map((c) => c.d)
  const boxes = cuts.map((c) => c.bounds)
  return {
    bounds: a.bounds,
    d: (x, y, z) => {
      let d = da(x, y, z)
      for (let i = 0; i < fns.length; i++) {
        if (boxDistance(boxes[i]!, x, y, z) > Math.abs(d) + k) continue
        d = -smin(-d, fns[i]!(x, y, z), k)
      }
      return d
    },
  }
}

/** Adds a small displacement (bumps, ridges). `amplitude` bounds |fn| so the box can grow to match. */
export function displace(sdf: Sdf, amplitude: number, fn: (x: number, y: number, z: number) => number): Sdf {
  const { d } = sdf
  return { bounds: expandBox(sdf.bounds, amplitude), d: (x, y, z) => d(x, y, z) + fn(x, y, z) }
}

/** Hollow version of a field: a wall of thickness t around its surface. */
export function shell(sdf: Sdf, t: number): Sdf {
  const { d } = sdf
  return { bounds: expandBox(sdf.bounds, t / 2), d: (x, y, z) => Math.abs(d(x, y, z)) - t / 2 }
}

/** Grows (positive) or shrinks (negative) a field by r. */
export function offset(sdf: Sdf, r: number): Sdf {
  const { d } = sdf
  return { bounds: expandBox(sdf.bounds, Math.max(r, 0)), d: (x, y, z) => d(x, y, z) - r }
}

/** Restricts a field's evaluation to a box (outside it the part is treated as absent). */
export function clipToBox(sdf: Sdf, b: Box): Sdf {
  const cut: Sdf = {
    bounds: b,
    d: (x, y, z) => {
      const qx = Math.max(b.min[0] - x, x - b.max[0])
      const qy = Math.max(b.min[1] - y, y - b.max[1])
      const qz = Math.max(b.min[2] - z, z - b.max[2])
      return Math.max(qx, qy, qz)
    },
  }
  return intersect(sdf, cut)
}
