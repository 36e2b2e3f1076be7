/**
 * The sacroiliac joint, shared by the sacrum (spine-sacrum.ts) and the hip bone (pelvis.ts) so that
 * both auricular surfaces are cut from one outline and one joint surface: they cannot overlap and the
 * gap between them is the same all along.
 *
 * The joint surface is a plane through SACROILIAC.centreL. Its orientation follows anatomy rather than
 * SACROILIAC.normalL: the joint runs from anterolateral to posteromedial, about 15° from the sagittal
 * plane (the sacrum is wider in front, and the iliac tuberosities and PSIS wrap behind it; on AP
 * films the posterior joint line lies medial to the anterior one), and the sacrum is wider above, so
 * its surface also faces a little downward (the keystone). The shared normal in interfaces.ts faces
 * lateral and forward, i.e. it is mirrored front to back; only these two bones use it.
 *
 * The ear-shaped outline is given in the sacrum's curvilinear coordinates (u mm down the sacral
 * curve, v mm forward of it; spine-sacral.ts) and projected onto the plane: an L with its convex
 * angle forward, a short upper limb on S1 running back and up, a longer lower limb on S2–S3 running
 * back and down (height ≈ 56 mm, limbs ≈ 20 mm wide, about 90° apart; Oman Med J; textbook shape).
 */
import { v, type Sdf, type V3 } from '../../sdf/core'
import { SACROILIAC } from './interfaces'
import { polygon2, closedSpline, type P2 } from './leg-sdf'
import { curveAt } from './spine-sacral'
import { sacrumFrame } from './spine-levels'

const unit = (a: V3): V3 => v.norm(a)

/** Outward normal of the left sacral auricular surface (lateral, backward, slightly down). */
const N: V3 = unit([1, -0.08, -0.27])
/** In-plane axes: S up the sacrum, T backward. */
const S1_AXIS: V3 = (() => {
  const f = sacrumFrame()
  return f.y
})()
const S: V3 = unit(v.sub(S1_AXIS, v.scale(N, v.dot(S1_AXIS, N))))
const T0 = v.cross(N, S)
const T: V3 = T0[2] < 0 ? T0 : v.scale(T0, -1)

/** Ear outline in sacral (u, v) mm, going round: the convex front border downward, then back up. */
const EAR_UV: readonly P2[] = [
  [12, -9],
  [18, -5],
  [25, -1],
  [32, 2],
  [40, 2.5],
  [48, 0.5],
  [55, -3.5],
  [60, -8],
  [63, -13],
  [61.5, -18.5],
  [55, -19.5],
  [47, -15.5],
  [40, -11],
  [34, -13],
  [27, -18.5],
  [19, -24],
  [12, -26],
  [8.5, -21.5],
  [9, -14],
]

function sacralPoint(u: number, vv: number, x: number): V3 {
  const f = sacrumFrame()
  const c = curveAt(u)
  const ly = c.y + c.ny * vv, lz = c.z + c.nz * vv
  return [f.origin[0] + (x * f.x[0] + ly * f.y[0] + lz * f.z[0]) / 1000, f.origin[1] + (x * f.x[1] + ly * f.y[1] + lz * f.z[1]) / 1000, f.origin[2] + (x * f.x[2] + ly * f.y[2] + lz * f.z[2]) / 1000]
}

export const SI_JOINT = {
  centre: SACROILIAC.centreL,
  normal: N,
  s: S,
  t: T,
  /** Joint space between the two auricular surfaces. */
  gap: 0.0015,
  /** How far the auricular surfaces stand proud of the bone around them (each side). */
  relief: 0.0025,
}

/** Plane coordinates (metres) of a model point: [s, n, t]. */
export function jointCoords(p: V3): V3 {
  const q = v.sub(p, SI_JOINT.centre)
  return [v.dot(q, S), v.dot(q, N), v.dot(q, T)]
}

export function fromJoint(s: number, n: number, t: number): V3 {
  return v.add(SI_JOINT.centre, v.add(v.add(v.scale(S, s), v.scale(N, n)), v.scale(T, t)))
}

/** The ear outline in plane coordinates (s, t), metres, smoothed. */
export const EAR: readonly P2[] = closedSpline(
  EAR_UV.map(([u, vv]) => {
    const c = jointCoords(sacralPoint(u, vv, 50))
    return [c[0], c[2]] as P2
  }),
  4,
)

/** Signed distance (metres) from the joint plane, positive lateral (toward the ilium). */
export function planeDistance(x: number, y: number, z: number): number {
  const c = SI_JOINT.centre
  return (x - c[0]) * N[0] + (y - c[1]) * N[1] + (z - c[2]) * N[2]
}

/**
 * The ear outline extruded along the joint normal between plane offsets n0 < n1 (metres; negative on
 * the sacrum's side), grown in the plane by `grow` and with its edges rounded by `round`.
 * With mirror = true it is evaluated at |x| (a field for both sides at once, for the sacrum).
 */
export function earPrism(n0: number, n1: number, grow: number, round: number, mirror = false): Sdf {
  const poly = polygon2(EAR)
  const c = SI_JOINT.centre
  const mid = (n0 + n1) / 2, half = (n1 - n0) / 2
  // Box: the outline's corners at both plane offsets.
  const corners: V3[] = []
  for (const s of [poly.min[0] - grow, poly.max[0] + grow])
    for (const t of [poly.min[1] - grow, poly.max[1] + grow]) for (const n of [n0, n1]) corners.push(fromJoint(s, n, t))
  const min: [number, number, number] = [Infinity, Infinity, Infinity]
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity]
  for (const p of corners)
    for (let i = 0; i < 3; i++) {
      min[i] = Math.min(min[i]!, p[i]!)
      max[i] = Math.max(max[i]!, p[i]!)
    }
  if (mirror) {
    const m = Math.max(Math.abs(min[0]), Math.abs(max[0]))
    min[0] = -m
    max[0] = m
  }
  return {
    bounds: { min, max },
    d: (x0, y, z) => {
      const x = mirror ? Math.abs(x0) : x0
      const qx = x - c[0], qy = y - c[1], qz = z - c[2]
      const s = qx * S[0] + qy * S[1] + qz * S[2]
      const n = qx * N[0] + qy * N[1] + qz * N[2]
      const t = qx * T[0] + qy * T[1] + qz * T[2]
      const a = poly.d(s, t) - grow + round
      const b = Math.abs(n - mid) - half + round
      return Math.min(Math.max(a, b), 0) + Math.hypot(Math.max(a, 0), Math.max(b, 0)) - round
    },
  }
}
