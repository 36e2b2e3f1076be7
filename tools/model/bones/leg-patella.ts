/**
 * The left patella: a thick, rounded triangle with its apex down, centred at
 * KNEE_JOINT.patellaCentreL in front of the femoral trochlea. Its back carries two facets split by a
 * vertical ridge (the lateral facet broader), and a non-articular strip above the apex.
 */
import type { BoneRecipes } from '../recipe'
import { v, type Sdf, type V3 } from '../sdf/core'
import { KNEE_JOINT } from './lib/interfaces'
import { closedSpline, sheet, type P2, type Spline2 } from './lib/leg-sdf'

const C = KNEE_JOINT.patellaCentreL
const { width, height, thickness } = KNEE_JOINT.patella
/** The patella leans back a little at the top in standing (judgement value). */
const TILT = (6 * Math.PI) / 180

function patella(): Sdf {
  const hw = width / 2, hh = height / 2
  // Outline seen from the front (u lateral, w up): broad base, lateral border fuller, apex down.
  const outline: P2[] = closedSpline(
    [
      [0.0, hh],
      [0.6 * hw, 0.9 * hh],
      [0.95 * hw, 0.5 * hh],
      [hw, 0.08 * hh],
      [0.72 * hw, -0.42 * hh],
      [0.3 * hw, -0.85 * hh],
      [0.0, -hh],
      [-0.3 * hw, -0.82 * hh],
      [-0.72 * hw, -0.38 * hh],
      [-0.97 * hw, 0.1 * hh],
      [-0.9 * hw, 0.55 * hh],
      [-0.55 * hw, 0.92 * hh],
    ],
    6,
  )
  const front = thickness * 0.52
  const back = thickness * 0.48
  // The vertical ridge sits a little medial of centre, so the lateral facet is the broader one.
  const ridge = -0.0025
  const latSlope = Math.tan((21 * Math.PI) / 180), medSlope = Math.tan((27 * Math.PI) / 180)
  const zFront = (u: number, w: number) => front - 0.0032 * ((u / hw) ** 2 + (w / hh) ** 2)
  const zBack = (u: number, w: number) => {
    const du = u - ridge
    // A softened V: the ridge is rounded over about 2 mm.
    const s = Math.sqrt(du * du + 0.002 * 0.002)
    const vshape = (s - 0.002) * (du > 0 ? latSlope : medSlope)
    const apex = Math.max(0, -0.35 * hh - w) * 0.55
    return -back + vshape + apex + 0.0015 * (w / hh) ** 2
  }
  const e = 1e-4
  const mid: Spline2 = {
    f: (u, w) => (zFront(u, w) + zBack(u, w)) / 2,
    grad: (u, w, out) => {
      out[0] = (zFront(u + e, w) + zBack(u + e, w) - zFront(u - e, w) - zBack(u - e, w)) / (4 * e)
      out[1] = (zFront(u, w + e) + zBack(u, w + e) - zFront(u, w - e) - zBack(u, w - e)) / (4 * e)
    },
  }
  const half = (u: number, w: number) => Math.max((zFront(u, w) - zBack(u, w)) / 2, 0.002)
  // Local axes: u = lateral (+X), n = forward, w = up; leaning back at the top by TILT.
  const fwd: V3 = [0, Math.sin(TILT), Math.cos(TILT)]
  const up: V3 = [0, Math.cos(TILT), -Math.sin(TILT)]
  return sheet({ frame: { origin: v.add(C, [0, 0, 0]), x: [1, 0, 0], y: fwd, z: up }, outline, mid, half, round: 0.006 })
}

export const recipes: BoneRecipes = {
  patella_l: { sdf: patella, voxel: 0.0006, maxTriangles: 700 },
}
