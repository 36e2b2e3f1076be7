/**
 * Extra field primitives for the pelvis and leg bones (hip bone, femur, patella, tibia, fibula).
 * Everything here is built from the toolkit in `sdf/core.ts` and keeps its contract: metres,
 * negative inside, a bounding box outside which the value never undershoots the box distance.
 */
import { boxAround, place, smoothPath, smoothRadii, smoothUnion, tube, union, unionBox, v, type Box, type Frame, type Sdf, type V3 } from '../../sdf/core'

// ---------------------------------------------------------------------------------------------
// Frames and points.

/** A frame from two directions: local +X along `xDir`, local +Y as close to `yHint` as possible. */
export function frameXY(origin: V3, xDir: V3, yHint: V3): Frame {
  const x = v.norm(xDir)
  const y = v.norm(v.sub(yHint, v.scale(x, v.dot(yHint, x))))
  const z = v.cross(x, y)
  return { origin, x, y, z }
}

/** Model-space point from frame-local coordinates. */
export function toModel(f: Frame, p: V3): V3 {
  return [
    f.origin[0] + p[0] * f.x[0] + p[1] * f.y[0] + p[2] * f.z[0],
    f.origin[1] + p[0] * f.x[1] + p[1] * f.y[1] + p[2] * f.z[1],
    f.origin[2] + p[0] * f.x[2] + p[1] * f.y[2] + p[2] * f.z[2],
  ]
}

/** Frame-local coordinates of a model-space point. */
export function toLocal(f: Frame, p: V3): V3 {
  const q = v.sub(p, f.origin)
  return [v.dot(q, f.x), v.dot(q, f.y), v.dot(q, f.z)]
}

/** Rotates `p` about the axis through `c` with direction `axis` by `deg` degrees (Rodrigues). */
export function rotateAbout(p: V3, c: V3, axis: V3, deg: number): V3 {
  const k = v.norm(axis)
  const r = (deg * Math.PI) / 180
  const q = v.sub(p, c)
  const cos = Math.cos(r), sin = Math.sin(r)
  const rot = v.add(v.add(v.scale(q, cos), v.scale(v.cross(k, q), sin)), v.scale(k, v.dot(k, q) * (1 - cos)))
  return v.add(c, rot)
}

export function rotateDir(d: V3, axis: V3, deg: number): V3 {
  return rotateAbout(d, [0, 0, 0], axis, deg)
}

// ---------------------------------------------------------------------------------------------
// Thin-plate splines: smooth surfaces through scattered control values, for curved plates.

export interface Spline2 {
  f: (u: number, w: number) => number
  /** Partial derivatives, written into `out`. */
  grad: (u: number, w: number, out: [number, number]) => void
}

const tpsKernel = (r2: number) => (r2 < 1e-18 ? 0 : 0.5 * r2 * Math.log(r2))

/**
 * A thin-plate spline through (u, w, value) control points (u, w in metres). `smooth` relaxes the
 * interpolation (0 = exact) so that crowded or slightly inconsistent points cannot make it ripple.
 */
export function thinPlate(points: readonly (readonly [number, number, number])[], smooth = 0): Spline2 {
  const S = 100 // work in decimetres: keeps r² log r well scaled
  const n = points.length
  const px = points.map((p) => p[0] * S), pw = points.map((p) => p[1] * S)
  const m = n + 3
  const A: number[][] = Array.from({ length: m }, () => Array.from({ length: m + 1 }, () => 0))
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) A[i]![j] = tpsKernel((px[i]! - px[j]!) ** 2 + (pw[i]! - pw[j]!) ** 2) + (i === j ? smooth : 0)
    A[i]![n] = 1
    A[i]![n + 1] = px[i]!
    A[i]![n + 2] = pw[i]!
    A[n]![i] = 1
    A[n + 1]![i] = px[i]!
    A[n + 2]![i] = pw[i]!
    A[i]![m] = points[i]![2]
  }
  // Gaussian elimination with partial pivoting.
  for (let c = 0; c < m; c++) {
    let best = c
    for (let r = c + 1; r < m; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[best]![c]!)) best = r
    ;[A[c], A[best]] = [A[best]!, A[c]!]
    const piv = A[c]![c]!
    for (let r = 0; r < m; r++) {
      if (r === c) continue
      const fct = A[r]![c]! / piv
      if (fct === 0) continue
      for (let k = c; k <= m; k++) A[r]![k]! -= fct * A[c]![k]!
    }
  }
  const coef = A.map((row, i) => row[m]! / row[i]!)
  const a = Float64Array.from(coef.slice(0, n))
  const c0 = coef[n]!, c1 = coef[n + 1]!, c2 = coef[n + 2]!
  const X = Float64Array.from(px), W = Float64Array.from(pw)
  return {
    f: (u, w) => {
      const U = u * S, V = w * S
      let s = c0 + c1 * U + c2 * V
      for (let i = 0; i < n; i++) {
        const r2 = (U - X[i]!) ** 2 + (V - W[i]!) ** 2
        if (r2 > 1e-18) s += a[i]! * 0.5 * r2 * Math.log(r2)
      }
      return s
    },
    grad: (u, w, out) => {
      const U = u * S, V = w * S
      let gu = c1, gv = c2
      for (let i = 0; i < n; i++) {
        const du = U - X[i]!, dv = V - W[i]!
        const r2 = du * du + dv * dv
        if (r2 > 1e-18) {
          const k = a[i]! * (Math.log(r2) + 1)
          gu += k * du
          gv += k * dv
        }
      }
      out[0] = gu * S
      out[1] = gv * S
    },
  }
}

// ---------------------------------------------------------------------------------------------
// 2D outlines.

export type P2 = readonly [number, number]

/** Closed Catmull-Rom curve through `pts`, resampled `per` times per span. */
export function closedSpline(pts: readonly P2[], per = 6): P2[] {
  const n = pts.length
  const out: P2[] = []
  for (let i = 0; i < n; i++) {
    const p0 = pts[(i - 1 + n) % n]!, p1 = pts[i]!, p2 = pts[(i + 1) % n]!, p3 = pts[(i + 2) % n]!
    for (let s = 0; s < per; s++) {
      const t = s / per, t2 = t * t, t3 = t2 * t
      const c = (k: 0 | 1) => 0.5 * (2 * p1[k] + (-p0[k] + p2[k]) * t + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t2 + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t3)
      out.push([c(0), c(1)])
    }
  }
  return out
}

/** Exact signed distance to a closed polygon (negative inside), as a function of (u, w). */
export function polygon2(pts: readonly P2[]): { d: (u: number, w: number) => number; min: P2; max: P2 } {
  const n = pts.length
  const X = Float64Array.from(pts.map((p) => p[0])), Y = Float64Array.from(pts.map((p) => p[1]))
  const min: P2 = [Math.min(...X), Math.min(...Y)]
  const max: P2 = [Math.max(...X), Math.max(...Y)]
  return {
    min,
    max,
    d: (px, py) => {
      let d = (px - X[0]!) ** 2 + (py - Y[0]!) ** 2
      let s = 1
      for (let i = 0, j = n - 1; i < n; j = i, i++) {
        const ex = X[j]! - X[i]!, ey = Y[j]! - Y[i]!
        const wx = px - X[i]!, wy = py - Y[i]!
        const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
        const bx = wx - ex * t, by = wy - ey * t
        const dd = bx * bx + by * by
        if (dd < d) d = dd
        const c1 = py >= Y[i]!, c2 = py < Y[j]!, c3 = ex * wy > ey * wx
        if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
      }
      return s * Math.sqrt(d)
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Curved plates with an outline and a varying thickness.

export interface SheetSpec {
  /** Local X = u, local Y = the plate normal n, local Z = w. */
  frame: Frame
  /** Outline in (u, w), counter-clockwise or not (sign comes from the winding test). */
  outline: readonly P2[]
  /** Mid-surface n = mid(u, w). */
  mid: Spline2
  /** Half thickness at (u, w), metres. */
  half: (u: number, w: number) => number
  /** Rim rounding radius (capped by the local half thickness). */
  round: number
}

/**
 * A curved plate: the outline extruded along the plate normal about a smooth mid-surface, with a
 * varying thickness and rounded rims (Quílez's extrusion, with the vertical offset divided by the
 * slope of the mid-surface). For blades such as the ilium.
 */
export function sheet(spec: SheetSpec): Sdf {
  const poly = polygon2(spec.outline)
  const { mid, half, round } = spec
  const g: [number, number] = [0, 0]
  // Box: sample the mid-surface and thickness over the outline's box.
  let lo = Infinity, hi = -Infinity
  for (let i = 0; i <= 24; i++)
    for (let j = 0; j <= 24; j++) {
      const u = poly.min[0] + ((poly.max[0] - poly.min[0]) * i) / 24
      const w = poly.min[1] + ((poly.max[1] - poly.min[1]) * j) / 24
      if (poly.d(u, w) > 0.004) continue
      const m = mid.f(u, w), h = Math.max(half(u, w), 0.0008)
      lo = Math.min(lo, m - h)
      hi = Math.max(hi, m + h)
    }
  const margin = 0.004
  const local: Sdf = {
    bounds: { min: [poly.min[0] - margin, lo - margin, poly.min[1] - margin], max: [poly.max[0] + margin, hi + margin, poly.max[1] + margin] },
    d: (x, y, z) => {
      const go = poly.d(x, z)
      mid.grad(x, z, g)
      const dn = (y - mid.f(x, z)) / Math.sqrt(1 + g[0] * g[0] + g[1] * g[1])
      const h = Math.max(half(x, z), 0.0008)
      const r = Math.min(round, h * 0.9)
      const qx = go + r, qy = Math.abs(dn) - h + r
      return Math.min(Math.max(qx, qy), 0) + Math.sqrt(Math.max(qx, 0) ** 2 + Math.max(qy, 0) ** 2) - r
    },
  }
  return place(local, spec.frame)
}

// ---------------------------------------------------------------------------------------------
// Ribbons: tubes with an elliptical, oriented cross-section (rami, flattened borders, crests).

/**
 * A tube through `points` whose cross-section is an ellipse: half width `halfWidth` across the
 * path and in the plane normal to `normal`, half thickness `halfThick` along `normal`.
 * `normal` is one direction for the whole ribbon or one per point. Segments join by plain union unless k > 0 (a smooth union bulges at every joint).
 */
export function ribbon(points: readonly V3[], halfWidth: number | readonly number[], halfThick: number | readonly number[], normal: V3 | readonly V3[], k = 0): Sdf {
  const W = (i: number) => (typeof halfWidth === 'number' ? halfWidth : halfWidth[i]!)
  const T = (i: number) => (typeof halfThick === 'number' ? halfThick : halfThick[i]!)
  const N = (i: number): V3 => (isV3(normal) ? normal : (normal as readonly V3[])[i]!)
  const parts: Sdf[] = []
  for (let i = 0; i + 1 < points.length; i++) parts.push(ellipticSegment(points[i]!, points[i + 1]!, W(i), W(i + 1), T(i), T(i + 1), N(i), N(i + 1)))
  return k > 0 ? smoothUnionIn(k, ...parts) : unionIn(...parts)
}

function isV3(x: V3 | readonly V3[]): x is V3 {
  return typeof x[0] === 'number'
}

function ellipticSegment(a: V3, b: V3, wa: number, wb: number, ta: number, tb: number, na: V3, nb: V3): Sdf {
  const ax = v.sub(b, a)
  const L2 = Math.max(v.dot(ax, ax), 1e-12)
  const tdir = v.norm(ax)
  const orth = (n: V3): V3 => {
    const o = v.sub(n, v.scale(tdir, v.dot(n, tdir)))
    return v.len(o) < 1e-6 ? v.norm(v.cross(tdir, [0.3, 0.9, 0.2])) : v.norm(o)
  }
  const n0 = orth(na), n1 = orth(nb)
  const [a0, a1, a2] = a
  const [b0, b1, b2] = ax
  const [t0, t1, t2] = tdir
  const r = Math.max(wa, wb, ta, tb)
  const bounds = unionBox([boxAround(a, [r, r, r]), boxAround(b, [r, r, r])])
  return {
    bounds,
    d: (x, y, z) => {
      const px = x - a0, py = y - a1, pz = z - a2
      const s = (px * b0 + py * b1 + pz * b2) / L2
      const t = s < 0 ? 0 : s > 1 ? 1 : s
      const qx = px - b0 * t, qy = py - b1 * t, qz = pz - b2 * t
      const w = wa + (wb - wa) * t, th = ta + (tb - ta) * t
      let nx = n0[0] + (n1[0] - n0[0]) * t, ny = n0[1] + (n1[1] - n0[1]) * t, nz = n0[2] + (n1[2] - n0[2]) * t
      const nl = Math.sqrt(nx * nx + ny * ny + nz * nz)
      nx /= nl
      ny /= nl
      nz /= nl
      // binormal = tdir × n
      const bx = t1 * nz - t2 * ny, by = t2 * nx - t0 * nz, bz = t0 * ny - t1 * nx
      const e = qx * t0 + qy * t1 + qz * t2
      const ca = qx * bx + qy * by + qz * bz
      const cn = qx * nx + qy * ny + qz * nz
      return ellipsoidDistance(e, ca, cn, w, w, th)
    },
  }
}

/** Conservative distance to an axis-aligned ellipsoid centred at the origin (as in core.ellipsoid). */
export function ellipsoidDistance(x: number, y: number, z: number, rx: number, ry: number, rz: number): number {
  const k0 = Math.sqrt((x / rx) ** 2 + (y / ry) ** 2 + (z / rz) ** 2)
  if (k0 < 1e-9) return -Math.min(rx, ry, rz)
  const k1 = Math.sqrt((x / (rx * rx)) ** 2 + (y / (ry * ry)) ** 2 + (z / (rz * rz)) ** 2)
  return (k0 * (k0 - 1)) / k1
}

// ---------------------------------------------------------------------------------------------
// Cutters.

/**
 * A prism with a super-elliptic section (exponent p: 2 = ellipse, higher = squarer) in the local
 * XY plane of `frame`, half sizes a × b, reaching `depth` either way along local Z. For foramina
 * and notches that should not look drilled.
 */
export function superEllipsePrism(frame: Frame, a: number, b: number, depth: number, p = 2.4): Sdf {
  const m = Math.min(a, b)
  const local: Sdf = {
    bounds: boxAround([0, 0, 0], [a, b, depth]),
    d: (x, y, z) => {
      const k = (Math.abs(x / a) ** p + Math.abs(y / b) ** p) ** (1 / p)
      const d2 = (k - 1) * m
      const dz = Math.abs(z) - depth
      return Math.min(Math.max(d2, dz), 0) + Math.sqrt(Math.max(d2, 0) ** 2 + Math.max(dz, 0) ** 2)
    },
  }
  return place(local, frame)
}

/** Bounding box of a set of points grown by r. */
export function pointsBox(points: readonly V3[], r: number): Box {
  return unionBox(points.map((p) => boxAround(p, [r, r, r])))
}

/**
 * Least-squares plane through points: returns a frame at their centroid whose local Y is the
 * plane normal (turned toward `normalHint`) and whose local X is as close to `xHint` as possible.
 */
export function fitPlane(points: readonly V3[], normalHint: V3, xHint: V3): Frame {
  const n = points.length
  const c: V3 = v.scale(points.reduce<V3>((s, p) => v.add(s, p), [0, 0, 0]), 1 / n)
  const C = [0, 0, 0, 0, 0, 0, 0, 0, 0]
  for (const p of points) {
    const q = v.sub(p, c)
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) C[i * 3 + j]! += q[i]! * q[j]!
  }
  // Smallest eigenvector: power iteration on (trace·I − C).
  const tr = C[0]! + C[4]! + C[8]!
  let e: V3 = v.norm(normalHint)
  for (let it = 0; it < 200; it++) {
    const m = (i: number) => tr * e[i]! - (C[i * 3]! * e[0] + C[i * 3 + 1]! * e[1] + C[i * 3 + 2]! * e[2])
    e = v.norm([m(0), m(1), m(2)])
  }
  if (v.dot(e, normalHint) < 0) e = v.scale(e, -1)
  const x = v.norm(v.sub(xHint, v.scale(e, v.dot(xHint, e))))
  return { origin: c, x, y: e, z: v.cross(x, e) }
}

export interface PlateSpec {
  /** Points on the mid-surface with the half thickness there. */
  mid: readonly (readonly [V3, number])[]
  /**
   * Hollows and bulges: at the (u, w) of the point, the mid-surface moves `depth` along the normal
   * (positive = along the normal) from where the `mid` points alone would put it; thickness given.
   */
  dents?: readonly (readonly [V3, number, number])[]
  /** Outline, as model-space points projected onto the plate (closed, smoothed). */
  outline: readonly V3[]
  normalHint: V3
  xHint: V3
  round: number
  /** Relaxation of the thin-plate splines. */
  smooth?: number
  minHalf?: number
}

/** A curved plate through scattered model-space points: a frame fitted to them, then `sheet`. */
export function plateThrough(spec: PlateSpec): Sdf {
  const frame = fitPlane(spec.mid.map((p) => p[0]), spec.normalHint, spec.xHint)
  const loc = spec.mid.map(([p, h]) => {
    const q = toLocal(frame, p)
    return [q[0], q[2], q[1], h] as const
  })
  const smooth = spec.smooth ?? 0.0005
  let mid = thinPlate(loc.map((p) => [p[0], p[1], p[2]] as const), smooth)
  let half = thinPlate(loc.map((p) => [p[0], p[1], p[3]] as const), smooth)
  if (spec.dents?.length) {
    const extra = spec.dents.map(([p, depth, h]) => {
      const q = toLocal(frame, p)
      return [q[0], q[2], mid.f(q[0], q[2]) + depth, h] as const
    })
    const all = [...loc, ...extra]
    mid = thinPlate(all.map((p) => [p[0], p[1], p[2]] as const), smooth)
    half = thinPlate(all.map((p) => [p[0], p[1], p[3]] as const), smooth)
  }
  const outline = closedSpline(
    spec.outline.map((p): P2 => {
      const q = toLocal(frame, p)
      return [q[0], q[2]]
    }),
    5,
  )
  const minHalf = spec.minHalf ?? 0.0015
  return sheet({ frame, outline, mid, half: (u, w) => Math.max(half.f(u, w), minHalf), round: spec.round })
}

/**
 * Marches from `from` along `dir` until it meets the surface of `sdf`, and returns the surface point
 * (or `from` moved `maxDist` if it never does). For laying ridges and lines onto a finished surface.
 */
export function dropOnto(sdf: Sdf, from: V3, dir: V3, maxDist = 0.08): V3 {
  const d = v.norm(dir)
  let t = 0
  for (let i = 0; i < 200 && t < maxDist; i++) {
    const p = v.add(from, v.scale(d, t))
    const dist = sdf.d(p[0], p[1], p[2])
    if (Math.abs(dist) < 2e-5) return p
    t += dist * 0.8
  }
  return v.add(from, v.scale(d, Math.min(t, maxDist)))
}

/** A thin ridge lying on a surface: `points` are dropped onto `sdf` along `dir`, then lifted by `lift`. */
export function ridgeOn(sdf: Sdf, points: readonly V3[], dir: V3, radius: number | readonly number[], lift = 0, per = 4): Sdf {
  const back = v.scale(v.norm(dir), -0.03)
  const path = smoothPath(points as V3[], per).map((p) => {
    const s = dropOnto(sdf, v.add(p, back), dir)
    return v.add(s, v.scale(v.norm(dir), -lift))
  })
  const radii = typeof radius === 'number' ? radius : smoothRadii(radius as number[], per)
  return tubeIn(path, radii)
}

// ---------------------------------------------------------------------------------------------
// Unions that stay exact inside (for cutters): core's union and smoothUnion now only skip parts the
// point is outside of, so these names are kept for the recipes that use them.

export const unionIn = union
export const smoothUnionIn = smoothUnion

/** A tube through points (plain union of round cones, exact inside too): for cutters and ridges. */
export function tubeIn(points: readonly V3[], radii: number | readonly number[]): Sdf {
  return tube([...points], typeof radii === 'number' ? radii : [...radii], 0)
}

/**
 * A shaft whose cross-section is star-shaped: radius(t, θ) around a polyline (t runs 0 → 1 along it,
 * θ is measured from `refDir` projected onto the section, turning right-handed about the path, and
 * `twist(t)` turns the section as it goes — tibial torsion, for one). Ends are cut flat; bury them in
 * the epiphyses. Keep the path smooth (many short pieces): pieces are cut flat where they meet. For shafts with crests and borders (a triangular tibia).
 */
export function profiledShaft(points: readonly V3[], radius: (t: number, theta: number) => number, refDir: V3, maxR: number, twist: (t: number) => number = () => 0): Sdf {
  const lens = [0]
  for (let i = 1; i < points.length; i++) lens.push(lens[i - 1]! + v.len(v.sub(points[i]!, points[i - 1]!)))
  const total = lens[lens.length - 1]!
  const parts: Sdf[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!, b = points[i + 1]!
    const ax = v.sub(b, a)
    const L = v.len(ax)
    const T = v.norm(ax)
    const u0 = v.norm(v.sub(refDir, v.scale(T, v.dot(refDir, T))))
    const w0 = v.cross(T, u0)
    const t0 = lens[i]! / total, t1 = lens[i + 1]! / total
    const first = i === 0, last = i + 2 === points.length
    const [a0, a1, a2] = a
    parts.push({
      bounds: unionBox([boxAround(a, [maxR, maxR, maxR]), boxAround(b, [maxR, maxR, maxR])]),
      d: (x, y, z) => {
        const px = x - a0, py = y - a1, pz = z - a2
        const s = px * T[0] + py * T[1] + pz * T[2]
        const sc = s < 0 ? 0 : s > L ? L : s
        const qx = px - T[0] * s, qy = py - T[1] * s, qz = pz - T[2] * s
        const rho = Math.sqrt(qx * qx + qy * qy + qz * qz)
        const t = t0 + ((t1 - t0) * sc) / L
        const th = Math.atan2(qx * w0[0] + qy * w0[1] + qz * w0[2], qx * u0[0] + qy * u0[1] + qz * u0[2]) - twist(t)
        const r = radius(t, th)
        const dr = (radius(t, th + 0.02) - radius(t, th - 0.02)) / 0.04
        const dRad = (rho - r) / Math.sqrt(1 + (dr / Math.max(rho, 1e-4)) ** 2)
        // Each piece is cut flat at its ends; inner ends overlap their neighbours a little.
        const lap = 0.0015
        const e = Math.max(first ? -s : -s - lap, last ? s - L : s - L - lap)
        if (e <= 0) return Math.max(dRad, e)
        return Math.sqrt(e * e + Math.max(dRad, 0) ** 2)
      },
    })
  }
  return unionIn(...parts)
}
