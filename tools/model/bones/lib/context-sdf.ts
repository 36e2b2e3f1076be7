/**
 * Primitives for the context skeleton (head, thorax, shoulder girdle, arm, hand) that the shared
 * toolkit does not have: flat bands swept along a path (ribs, cartilages, the sternum, the scapular
 * spine), and small helpers for sampling curves.
 */
import { boxAround, place, smoothUnion, unionBox, v, type Frame, type Sdf, type V3 } from '../../sdf/core'

/**
 * One straight piece of a band: a rounded rectangle cross-section (thickness `th` along `n`,
 * height `h` along t × n, h ≥ th) swept from a to b, sizes interpolated along the piece.
 * The cross-section is a stadium (a segment of length h − th grown by th / 2): ribs have rounded
 * borders, not square ones. Exact for constant sizes, close for tapering ones.
 */
export function bandSegment(a: V3, b: V3, n: V3, th: [number, number], h: [number, number]): Sdf {
  const t = v.norm(v.sub(b, a))
  const L = v.len(v.sub(b, a))
  // n made perpendicular to the piece, then the height axis.
  const nn = v.norm(v.sub(n, v.scale(t, v.dot(n, t))))
  const w = v.cross(t, nn)
  const [ax, ay, az] = a
  const [tx, ty, tz] = t
  const [nx, ny, nz] = nn
  const [wx, wy, wz] = w
  const r = Math.max(h[0], h[1], th[0], th[1]) / 2
  const bounds = unionBox([boxAround(a, [r, r, r]), boxAround(b, [r, r, r])])
  return {
    bounds,
    d: (x, y, z) => {
      const px = x - ax, py = y - ay, pz = z - az
      const s = px * tx + py * ty + pz * tz
      const sc = s < 0 ? 0 : s > L ? L : s
      const f = L > 0 ? sc / L : 0
      const T = th[0] + (th[1] - th[0]) * f
      const H = h[0] + (h[1] - h[0]) * f
      const u = px * nx + py * ny + pz * nz
      const q = px * wx + py * wy + pz * wz
      const e = Math.max(0, (H - T) / 2)
      const qa = Math.max(Math.abs(q) - e, 0)
      const da = s - sc
      return Math.sqrt(da * da + u * u + qa * qa) - T / 2
    },
  }
}

export interface BandSample {
  p: V3
  /** Normal of the band's flat faces. */
  n: V3
  th: number
  h: number
}

/** A band through samples (each with its own face normal and sizes), pieces blended by k. */
export function band(samples: BandSample[], k = 0.002): Sdf {
  const parts: Sdf[] = []
  for (let i = 0; i + 1 < samples.length; i++) {
    const a = samples[i]!, b = samples[i + 1]!
    if (v.len(v.sub(b.p, a.p)) < 1e-6) continue
    parts.push(bandSegment(a.p, b.p, v.norm(v.add(a.n, b.n)), [a.th, b.th], [a.h, b.h]))
  }
  return smoothUnion(k, ...parts)
}

/** Cumulative arc length of a polyline, normalised to 0..1. */
export function arcParams(points: V3[]): number[] {
  const out = [0]
  for (let i = 1; i < points.length; i++) out.push(out[i - 1]! + v.len(v.sub(points[i]!, points[i - 1]!)))
  const L = out[out.length - 1]! || 1
  return out.map((s) => s / L)
}

/** Piecewise-linear lookup of a profile given as [u, value] pairs (u ascending). */
export function profile(stops: [number, number][], u: number): number {
  if (u <= stops[0]![0]) return stops[0]![1]
  for (let i = 1; i < stops.length; i++) {
    const [u1, v1] = stops[i]!
    const [u0, v0] = stops[i - 1]!
    if (u <= u1) {
      const f = (u - u0) / (u1 - u0)
      // Smooth (cosine) interpolation keeps tapers free of kinks.
      const g = (1 - Math.cos(Math.PI * f)) / 2
      return v0 + (v1 - v0) * g
    }
  }
  return stops[stops.length - 1]![1]
}

/** Resamples a polyline at (about) equal spacing `step`. */
export function resample(points: V3[], step: number): V3[] {
  const out: V3[] = [points[0]!]
  let carry = 0
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!, b = points[i]!
    const L = v.len(v.sub(b, a))
    let s = step - carry
    while (s < L) {
      out.push(v.lerp(a, b, s / L))
      s += step
    }
    carry = L - (s - step)
  }
  const last = points[points.length - 1]!
  if (v.len(v.sub(out[out.length - 1]!, last)) > step * 0.3) out.push(last)
  else out[out.length - 1] = last
  return out
}

export const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.max(0, Math.min(1, (x - a) / (b - a)))
  return t * t * (3 - 2 * t)
}

/**
 * An ellipsoid with a different semi-axis on each side of its centre (+x/−x share rx): the egg and
 * dome shapes of the cranial vault, the face and the carpals. Same approximate distance as `ellipsoid`.
 */
export function egg(c: V3, rx: number, ry: [number, number], rz: [number, number]): Sdf {
  const [cx, cy, cz] = c
  const minR = Math.min(rx, ry[0], ry[1], rz[0], rz[1])
  return {
    bounds: { min: [cx - rx, cy - ry[0], cz - rz[0]], max: [cx + rx, cy + ry[1], cz + rz[1]] },
    d: (x, y, z) => {
      const px = x - cx, py = y - cy, pz = z - cz
      const RY = py < 0 ? ry[0] : ry[1]
      const RZ = pz < 0 ? rz[0] : rz[1]
      const k0 = Math.sqrt((px / rx) ** 2 + (py / RY) ** 2 + (pz / RZ) ** 2)
      if (k0 < 1e-9) return -minR
      const k1 = Math.sqrt((px / (rx * rx)) ** 2 + (py / (RY * RY)) ** 2 + (pz / (RZ * RZ)) ** 2)
      return (k0 * (k0 - 1)) / k1
    },
  }
}

/** Signed distance to a closed 2D polygon (Quílez), negative inside. */
export function polygon2(pts: [number, number][]): (x: number, y: number) => number {
  const n = pts.length
  return (px, py) => {
    let d = (px - pts[0]![0]) ** 2 + (py - pts[0]![1]) ** 2
    let s = 1
    for (let i = 0, j = n - 1; i < n; j = i, i++) {
      const [ax, ay] = pts[i]!, [bx, by] = pts[j]!
      const ex = bx - ax, ey = by - ay
      const wx = px - ax, wy = py - ay
      const t = Math.max(0, Math.min(1, (wx * ex + wy * ey) / (ex * ex + ey * ey)))
      const dx = wx - ex * t, dy = wy - ey * t
      d = Math.min(d, dx * dx + dy * dy)
      const c1 = py >= ay, c2 = py < by, c3 = ex * wy > ey * wx
      if ((c1 && c2 && c3) || (!c1 && !c2 && !c3)) s = -s
    }
    return s * Math.sqrt(d)
  }
}

/**
 * A flat plate: a 2D polygon in the frame's local XY plane (metres), extruded along local Z to
 * `thickness`, every edge rounded by `round` (≤ thickness / 2). `thick` may vary the thickness over
 * the plate (local x, y → thickness), for blades that are thin in the middle and thick at the borders.
 */
export function polygonPlate(
  frame: Frame,
  pts: [number, number][],
  thickness: number,
  round: number,
  thick?: (x: number, y: number) => number,
  /** Optional mid-surface offset along local Z (a gently curved plate) and its steepest slope. */
  mid?: { f: (x: number, y: number) => number; range: [number, number]; maxSlope: number },
): Sdf {
  const poly = polygon2(pts)
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity
  for (const [x, y] of pts) {
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  const local: Sdf = {
    bounds: { min: [minX, minY, -thickness + (mid ? mid.range[0] : 0)], max: [maxX, maxY, thickness + (mid ? mid.range[1] : 0)] },
    d: (x, y, z) => {
      const t = (thick ? thick(x, y) : thickness) / 2
      const r = Math.min(round, t)
      const a = poly(x, y) + r
      const zz = mid ? (z - mid.f(x, y)) / Math.sqrt(1 + mid.maxSlope * mid.maxSlope) : z
      const b = Math.abs(zz) - t + r
      return Math.min(Math.max(a, b), 0) + Math.hypot(Math.max(a, 0), Math.max(b, 0)) - r
    },
  }
  return place(local, frame)
}

/**
 * A superellipsoid (exponent p > 2 flattens the faces: a broad forehead, a blocky carpal) with a
 * semi-axis per side like `egg`. Distance is the first-order estimate (k − 1) / |∇k|.
 */
export function superEgg(c: V3, rx: number, ry: [number, number], rz: [number, number], p: number): Sdf {
  const [cx, cy, cz] = c
  const minR = Math.min(rx, ry[0], ry[1], rz[0], rz[1])
  return {
    bounds: { min: [cx - rx, cy - ry[0], cz - rz[0]], max: [cx + rx, cy + ry[1], cz + rz[1]] },
    d: (x, y, z) => {
      const ax = Math.abs(x - cx) / rx
      const ay = Math.abs(y - cy) / (y < cy ? ry[0] : ry[1])
      const az = Math.abs(z - cz) / (z < cz ? rz[0] : rz[1])
      const s = ax ** p + ay ** p + az ** p
      if (s < 1e-12) return -minR
      const k = s ** (1 / p)
      const f = k ** (1 - p)
      const gx = (f * ax ** (p - 1)) / rx
      const gy = (f * ay ** (p - 1)) / (y < cy ? ry[0] : ry[1])
      const gz = (f * az ** (p - 1)) / (z < cz ? rz[0] : rz[1])
      return (k - 1) / Math.sqrt(gx * gx + gy * gy + gz * gz)
    },
  }
}
