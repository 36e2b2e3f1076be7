/**
 * The sacral curve, shared by the sacrum and the coccyx: a centreline through the fused bodies in the
 * sacrum's frame (mm; origin the S1 endplate centre, +Y its normal, +Z forward), bending forward as it
 * descends, and curvilinear coordinates about it: u = length down the curve, v = offset forward
 * (towards the pelvis), x = lateral.
 */
import { deg } from './spine-sdf'

/** Bend of the curve: angle (degrees) between the S1 body axis and the curve's direction at u. The
 * upper sacrum is nearly straight, the lower third curves forward (sacral kyphosis ≈ 60° to the tip of
 * the coccyx; judgement after textbook lateral views). */
export function bend(u: number): number {
  const uc = Math.max(u, 0)
  return 0.1 * uc + 0.0042 * uc * uc - (uc > 105 ? 0.002 * (uc - 105) ** 2 : 0)
}

export interface CurvePoint {
  y: number
  z: number
  /** Unit direction down the curve and the unit forward normal, in (y, z). */
  dy: number
  dz: number
  ny: number
  nz: number
  /** Curvature (rad per mm). */
  k: number
}

const STEP = 1.5
const U_MIN = -30
const U_MAX = 150
const samples: CurvePoint[] = []
{
  let y = 0, z = 0
  // Above the endplate the curve continues straight up the S1 axis.
  y = -U_MIN
  for (let u = U_MIN; u <= U_MAX + 1e-9; u += STEP) {
    const a = bend(u) * deg
    const k = (bend(u + 0.5) - bend(u - 0.5)) * deg
    samples.push({ y, z, dy: -Math.cos(a), dz: Math.sin(a), ny: Math.sin(a), nz: Math.cos(a), k: u < 0 ? 0 : k })
    const am = bend(u + STEP / 2) * deg
    y += -Math.cos(am) * STEP
    z += Math.sin(am) * STEP
  }
}

/** The point of the curve at u. */
export function curveAt(u: number): CurvePoint {
  const t = (u - U_MIN) / STEP
  const i = Math.max(0, Math.min(samples.length - 2, Math.floor(t)))
  const f = Math.max(0, Math.min(1, t - i))
  const a = samples[i]!, b = samples[i + 1]!
  const l = (p: number, q: number) => p + (q - p) * f
  const dy = l(a.dy, b.dy), dz = l(a.dz, b.dz)
  const n = Math.hypot(dy, dz)
  return { y: l(a.y, b.y), z: l(a.z, b.z), dy: dy / n, dz: dz / n, ny: dz / n, nz: -dy / n, k: l(a.k, b.k) }
}

/** Curvilinear coordinates of a point (frame y, z): u along the curve, v forward of it; `scale` is the
 * metric factor along u at that offset (1 − k·v), to turn u-differences into lengths. */
export function toCurve(y: number, z: number): { u: number; v: number; scale: number } {
  // Nearest segment by brute force over a coarse-to-fine search.
  let best = Infinity, bi = 0
  for (let i = 0; i < samples.length; i += 4) {
    const s = samples[i]!
    const d = (y - s.y) ** 2 + (z - s.z) ** 2
    if (d < best) {
      best = d
      bi = i
    }
  }
  const lo = Math.max(0, bi - 4), hi = Math.min(samples.length - 1, bi + 4)
  best = Infinity
  let bu = 0, bv = 0, bk = 0
  for (let i = lo; i < hi; i++) {
    const a = samples[i]!, b = samples[i + 1]!
    const ey = b.y - a.y, ez = b.z - a.z
    const wy = y - a.y, wz = z - a.z
    const t = Math.max(0, Math.min(1, (wy * ey + wz * ez) / (ey * ey + ez * ez)))
    const py = wy - ey * t, pz = wz - ez * t
    const d = py * py + pz * pz
    if (d < best) {
      best = d
      bu = U_MIN + (i + t) * STEP
      // Signed offset along the forward normal.
      const ny = a.ny + (b.ny - a.ny) * t, nz = a.nz + (b.nz - a.nz) * t
      bv = wy * ny + wz * nz - (ey * ny + ez * nz) * t
      bk = a.k + (b.k - a.k) * t
    }
  }
  // Beyond the ends the nearest point is the end itself; extrapolate u along the end direction.
  if (bu <= U_MIN + 1e-6 || bu >= U_MAX - 1e-6) {
    const s = bu <= U_MIN + 1e-6 ? samples[0]! : samples[samples.length - 1]!
    const wy = y - s.y, wz = z - s.z
    bu += wy * s.dy + wz * s.dz
    bv = wy * s.ny + wz * s.nz
  }
  return { u: bu, v: bv, scale: Math.max(0.3, 1 - bk * bv) }
}

/** Piecewise-smooth interpolation through (u, value) pairs. */
export function table(rows: readonly (readonly [number, number])[]): (u: number) => number {
  return (u) => {
    if (u <= rows[0]![0]) return rows[0]![1]
    for (let i = 0; i + 1 < rows.length; i++) {
      const [u0, a] = rows[i]!, [u1, b] = rows[i + 1]!
      if (u <= u1) {
        const t = (u - u0) / (u1 - u0)
        return a + (b - a) * t * t * (3 - 2 * t)
      }
    }
    return rows[rows.length - 1]![1]
  }
}
