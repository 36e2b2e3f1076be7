/**
 * Primitives and frame helpers for the spine recipes. Spine parts are authored in millimetres in a
 * local frame (a vertebra's: origin at the body centre, +Y along the body axis, +Z forward, +X the
 * skeleton's left) and put into model space once with `toModel`.
 */
import { boxAround, place, scale, smin, v, type Frame, type Sdf, type V3 } from '../../sdf/core'

export type P2 = readonly [number, number]

// ---------------------------------------------------------------------------------------------
// Frames

/** Model-space frame (metres) -> field authored in that frame in millimetres, placed in model space. */
export function toModel(localMm: Sdf, frame: Frame): Sdf {
  return place(scale(localMm, 0.001), frame)
}

/** A point of model space (metres) in the millimetre coordinates of `frame`. */
export function pointIn(frame: Frame, p: V3): V3 {
  const q = v.scale(v.sub(p, frame.origin), 1000)
  return [v.dot(q, frame.x), v.dot(q, frame.y), v.dot(q, frame.z)]
}

/** A model-space direction in the axes of `frame`. */
export function dirIn(frame: Frame, d: V3): V3 {
  return [v.dot(d, frame.x), v.dot(d, frame.y), v.dot(d, frame.z)]
}

/** The frame `other` expressed in the millimetre coordinates of `frame`: `place(field, rel)` moves a field
 * authored in `other` (mm) into `frame` (mm). */
export function relFrame(frame: Frame, other: Frame): Frame {
  return { origin: pointIn(frame, other.origin), x: dirIn(frame, other.x), y: dirIn(frame, other.y), z: dirIn(frame, other.z) }
}

/** Orthonormal frame from a wanted local X (kept exactly) and an approximate local Y. */
export function frameXY(origin: V3, xAxis: V3, yApprox: V3): Frame {
  const x = v.norm(xAxis)
  const z = v.norm(v.cross(x, yApprox))
  const y = v.cross(z, x)
  return { origin, x, y, z }
}

/** Orthonormal frame from a wanted local Z (kept exactly) and an approximate local Y. */
export function frameZY(origin: V3, zAxis: V3, yApprox: V3): Frame {
  const z = v.norm(zAxis)
  const x = v.norm(v.cross(yApprox, z))
  const y = v.cross(z, x)
  return { origin, x, y, z }
}

export const deg = Math.PI / 180

/** Point at `angle` degrees in the sagittal plane: 0 = +Y (up), 90 = +Z (forward). */
export function sag(angleDeg: number, len = 1): V3 {
  return [0, Math.cos(angleDeg * deg) * len, Math.sin(angleDeg * deg) * len]
}

// ---------------------------------------------------------------------------------------------
// 2D helpers

/** Signed distance to a closed polygon (exact; Quílez), vertices as a flat array [x0, y0, x1, y1, ...]. */
export function sdPolygon(px: number, py: number, poly: Float64Array): number {
  const n = poly.length / 2
  let d = (px - poly[0]!) ** 2 + (py - poly[1]!) ** 2
  let s = 1
  for (let i = 0, j = n - 1; i < n; j = i, i++) {
    const vix = poly[2 * i]!, viy = poly[2 * i + 1]!
    const ex = poly[2 * j]! - vix, ey = poly[2 * j + 1]! - viy
    const wx = px - vix, wy = py - viy
    const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
    const bx = wx - ex * t, by = wy - ey * t
    const dd = bx * bx + by * by
    if (dd < d) d = dd
    const c1 = py >= viy, c2 = py < poly[2 * j + 1]!, c3 = ex * wy > ey * wx
    if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
  }
  return s * Math.sqrt(d)
}

/** Approximate distance to an ellipse with half axes a, b (first-order, good near the outline). */
export function sdEllipse2(x: number, y: number, a: number, b: number): number {
  const k0 = Math.sqrt((x / a) ** 2 + (y / b) ** 2)
  if (k0 < 1e-9) return -Math.min(a, b)
  const k1 = Math.sqrt((x / (a * a)) ** 2 + (y / (b * b)) ** 2)
  return (k0 * (k0 - 1)) / k1
}

/** Smooth maximum (for smooth intersections and cuts inside one field). */
export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k)
}

/** Distance of a 2D profile value `a` and a slab value `b` combined with edges rounded by r. */
export function roundedCombine(a: number, b: number, r: number): number {
  const ar = a + r, br = b + r
  return Math.hypot(Math.max(ar, 0), Math.max(br, 0)) + Math.min(Math.max(ar, br), 0) - r
}

export function smoothstep(e0: number, e1: number, x: number): number {
  const t = Math.max(0, Math.min(1, (x - e0) / (e1 - e0)))
  return t * t * (3 - 2 * t)
}

// ---------------------------------------------------------------------------------------------
// Plates

/**
 * A flat plate: a polygon in the local XY plane of `frame`, thickened along local Z to ±halfT (halfT may
 * change linearly across the plate: halfT + gx·x + gy·y), its rim rounded by `round`.
 */
export function prism(frame: Frame, poly: readonly P2[], halfT: number, round = 0, grad: P2 = [0, 0]): Sdf {
  const flat = new Float64Array(poly.flatMap((p) => [p[0], p[1]]))
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
  for (const [x, y] of poly) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x)
    minY = Math.min(minY, y); maxY = Math.max(maxY, y)
  }
  const tMax = halfT + Math.abs(grad[0]) * Math.max(Math.abs(minX), Math.abs(maxX)) + Math.abs(grad[1]) * Math.max(Math.abs(minY), Math.abs(maxY))
  const [gx, gy] = grad
  const local: Sdf = {
    bounds: { min: [minX, minY, -tMax], max: [maxX, maxY, tMax] },
    d: (x, y, z) => roundedCombine(sdPolygon(x, y, flat), Math.abs(z) - (halfT + gx * x + gy * y), round),
  }
  return place(local, frame)
}

/**
 * A plate through 3D outline points that lie close to one plane: the plane is fitted (Newell), the
 * points projected into it, and the polygon thickened to ±halfT. `grad` is the thickness change per mm
 * along the plane's axes (x = from the first point towards the second).
 */
export function planarPlate(points: readonly V3[], halfT: number, round = 0, grad: P2 = [0, 0]): Sdf {
  const c = v.scale(points.reduce<V3>((s, p) => v.add(s, p), [0, 0, 0]), 1 / points.length)
  let n: V3 = [0, 0, 0]
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!, b = points[(i + 1) % points.length]!
    n = v.add(n, [(a[1] - b[1]) * (a[2] + b[2]), (a[2] - b[2]) * (a[0] + b[0]), (a[0] - b[0]) * (a[1] + b[1])])
  }
  const z = v.norm(n)
  const x = v.norm(v.sub(points[1]!, points[0]!))
  const xo = v.norm(v.sub(x, v.scale(z, v.dot(x, z))))
  const y = v.cross(z, xo)
  const frame: Frame = { origin: c, x: xo, y, z }
  const poly = points.map((p) => {
    const q = v.sub(p, c)
    return [v.dot(q, xo), v.dot(q, y)] as P2
  })
  return prism(frame, poly, halfT, round, grad)
}

/** An ellipsoid in the axes of a frame given by its X and approximate Y direction. */
export function ellipsoidXY(centre: V3, xAxis: V3, yApprox: V3, r: V3): Sdf {
  const f = frameXY(centre, xAxis, yApprox)
  const [rx, ry, rz] = r
  const minR = Math.min(rx, ry, rz)
  return place(
    {
      bounds: boxAround([0, 0, 0], r),
      d: (x, y, z) => {
        const k0 = Math.sqrt((x / rx) ** 2 + (y / ry) ** 2 + (z / rz) ** 2)
        if (k0 < 1e-9) return -minR
        const k1 = Math.sqrt((x / (rx * rx)) ** 2 + (y / (ry * ry)) ** 2 + (z / (rz * rz)) ** 2)
        return (k0 * (k0 - 1)) / k1
      },
    },
    f,
  )
}

/** A field from a plain distance function and its box (for custom shapes). */
export function field(bounds: { min: V3; max: V3 }, d: (x: number, y: number, z: number) => number): Sdf {
  return { bounds, d }
}

/**
 * A shape bounded by a curved box about a vertical axis through (kx, kz): radius from r0 to r1, arc
 * position s = r·(φ − φ0) within an ellipse of half sizes (sHalf, yHalf) about (0, yc) in (s, y).
 * φ is measured from the direction `dir0` (a unit xz vector) about +Y. Used for facet joints, whose
 * surfaces are arcs about a common axis.
 */
export function curvedLobe(k: P2, dir0: P2, r0: number, r1: number, sHalf: number, yc: number, yHalf: number, round: number, sOffset = 0, taper = 0, lean = 0): Sdf {
  const [kx, kz] = k
  const phi0 = Math.atan2(dir0[1], dir0[0])
  // Box: around the middle of the lobe, wide enough for its arc (and the bulge of the arc).
  const rm = (r0 + r1) / 2
  const cx = kx + Math.cos(phi0 + sOffset / Math.max(rm, 1)) * rm, cz = kz + Math.sin(phi0 + sOffset / Math.max(rm, 1)) * rm
  const h = 1.6 * sHalf * Math.max(1, r1 / Math.max(r0, 1)) + Math.abs(lean) * yHalf + (r1 - r0) / 2 + (sHalf * sHalf) / Math.max(r0, 1) + round + 1
  const bounds = { min: [cx - h, yc - yHalf - round, cz - h] as V3, max: [cx + h, yc + yHalf + round, cz + h] as V3 }
  return {
    bounds,
    d: (x, y, z) => {
      const qx = x - kx, qz = z - kz
      const r = Math.hypot(qx, qz)
      let dphi = Math.atan2(qz, qx) - phi0
      if (dphi > Math.PI) dphi -= 2 * Math.PI
      if (dphi < -Math.PI) dphi += 2 * Math.PI
      const dy = y - yc
      // taper: the width changes with height (negative: narrower at the top); lean: the lobe slants.
      const s = Math.max(r, 1) * dphi - sOffset - lean * dy
      const radial = Math.max(r0 - r, r - r1)
      const sheet = sdEllipse2(s, dy, sHalf * Math.max(0.35, Math.min(1.6, 1 + (taper * dy) / yHalf)), yHalf)
      return roundedCombine(sheet, radial, round)
    },
  }
}

/** Vertical cylinder-sector cut: points with r0 < r < r1 about the axis through (kx, kz), inside an
 * ellipse (sHalf, yHalf) of arc position and height. Hard-edged (for clearance cuts). */
export function curvedZone(k: P2, dir0: P2, r0: number, r1: number, sHalf: number, yc: number, yHalf: number): Sdf {
  return curvedLobe(k, dir0, r0, r1, sHalf, yc, yHalf, 0)
}
