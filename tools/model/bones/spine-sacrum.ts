/**
 * Sacrum and coccyx. The sacrum is swept along the sacral curve (`lib/spine-sacral.ts`) in its own
 * frame (S1 endplate centre, tilted forward by the 40° sacral slope): fused bodies in front, lateral
 * masses (alae above, auricular surfaces at the sides), the canal and its hiatus behind, crests on the
 * back, and four pairs of foramina in front and behind. Figures: height ≈ 98 mm and S1 body width
 * ≈ 40 mm (LIMB_GEOMETRY, Oman Med J); the rest are textbook-order values (judgement).
 */
import { roundCone, smoothSubtract, smoothUnion, symmetricX, tube, smoothPath, v, type Sdf, type V3 } from '../sdf/core'
import type { BoneRecipes } from '../recipe'
import { SI_JOINT, earPrism, planeDistance } from './lib/pelvis-joint'
import { kidney, superiorFacet, facetPoint, clearForInferior } from './lib/spine-parts'
import { endplateOutline, facetJoint, fromFrame, sacrumFrame } from './lib/spine-levels'
import { dirIn, ellipsoidXY, field, pointIn, relFrame, roundedCombine, sdEllipse2, smax, smoothstep, toModel } from './lib/spine-sdf'
import { curveAt, table, toCurve } from './lib/spine-sacral'
import { place, smin } from '../sdf/core'

const S1 = endplateOutline('S1', 'upper')

function stretched(f: (u: number) => number): (u: number) => number {
  return (u) => f(u / (APEX / 98))
}

// Profiles down the curve, tabled for a 98 mm sacrum and stretched to APEX: the ventral chord from the
// promontory to the apex then measures ≈ 98 mm (the curve itself is a little longer).
const APEX = 105
const K = APEX / 98
const bodyW = stretched(table([[0, S1.w], [12, S1.w - 3], [30, 33], [50, 27], [68, 22], [84, 17], [98, 12]]))
const bodyD = stretched(table([[0, S1.d], [14, S1.d - 3], [30, 22], [50, 18], [68, 14], [84, 11], [98, 8]]))
/** Half width of the lateral masses (alae, auricular part, then the tapering lower sacrum). */
const halfW = stretched(table([[-2, 34], [6, 47], [16, 50], [36, 48.5], [56, 45], [68, 40], [78, 32], [85, 26], [90, 20], [94, 14], [98, 9]]))
/** Canal: width and depth behind the bodies. */
const canalW = stretched(table([[0, 26], [20, 23], [45, 20], [70, 17], [90, 14]]))
const canalD = stretched(table([[0, 11], [20, 9], [45, 7], [70, 6], [90, 5]]))
/** Thickness of the dorsal wall behind the canal. */
const wallT = stretched(table([[0, 7], [40, 6.5], [80, 5]]))
/** Anterior (pelvic) foramina: level u, distance of the centre from the midline, half width, half height. */
const FORAMINA_A: [number, number, number, number][] = [
  [27, 21, 6.2, 4.8],
  [48, 18.5, 5.2, 4.2],
  [65, 16, 4.2, 3.4],
  [79, 13.5, 3.2, 2.7],
]
/** Posterior foramina: smaller, between the intermediate and lateral crests. */
const FORAMINA_P: [number, number, number, number][] = [
  [22, 25, 4.6, 5.2],
  [43, 22, 3.8, 4.4],
  [61, 19, 3.2, 3.6],
  [76, 16, 2.6, 3],
]
const HIATUS_U = 76 * K

/** Front (pelvic) surface of the lateral masses, as a forward offset v at lateral distance ax. */
function frontV(ax: number, u: number, bw: number, bd: number): number {
  const lat = Math.max(0, ax - bw / 2)
  // Behind the bodies' front by ≈ 4 mm, sweeping back laterally (the concave pelvic surface); the
  // alae at the top face up and forward and are thick.
  return bd / 2 - 4 - (u < 30 ? 0.3 - 0.004 * u : 0.18) * lat
}

/** Back (dorsal) surface of the lateral masses and wall. */
function backV(ax: number, u: number, bd: number): number {
  const mid = -(bd / 2 + canalD(u) + wallT(u))
  // The lateral masses are thickest at S1–S2 behind the auricular surface (sacral tuberosity).
  const tuber = u < 55 ? 6 * Math.max(0, 1 - Math.abs(ax - 36) / 18) * Math.min(1, (55 - u) / 15) : 0
  return mid + 0.22 * Math.max(0, ax - 16) - tuber
}

/** The sacroiliac joint plane in the sacrum's frame (mm), moved in to where the bone around the
 * auricular surface stops: the ear itself stands proud of it (lib/pelvis-joint.ts). */
const RECESS = (SI_JOINT.gap / 2 + SI_JOINT.relief) * 1000
const PLANE = (() => {
  const f = sacrumFrame()
  const p = pointIn(f, SI_JOINT.centre)
  const n = dirIn(f, SI_JOINT.normal)
  return { px: p[0] - RECESS * n[0], py: p[1] - RECESS * n[1], pz: p[2] - RECESS * n[2], nx: n[0], ny: n[1], nz: n[2] }
})()

function sacralMass(): Sdf {
  return field({ min: [-56, -104, -56], max: [56, 26, 52] }, (x, y, z) => {
    const { u, v: vv, scale } = toCurve(y, z)
    const ax = Math.abs(x)
    const bw = bodyW(u), bd = bodyD(u)
    // Bodies: kidney sections, with the fused-disc ridges across the front.
    const o = { ...S1, w: bw, d: bd, notch: u < 8 ? S1.notch : 0.5 }
    let body = kidney(x, vv, o)
    // The S1 endplate's rim (ring apophysis) stands a little proud of the alae around it.
    if (u < 6) body -= 0.8 * Math.max(0, 1 - u / 6) * Math.max(0, 1 - Math.abs(kidney(x, vv, S1) + 1.5) / 2.5)
    for (const ur of [29 * K, 50 * K, 67 * K, 82 * K]) body -= 1.4 * Math.max(0, 1 - ((u - ur) / 2.2) ** 2) * (vv > 0 ? 1 : 0)
    // Lateral masses.
    const hw = halfW(u)
    const vf = frontV(ax, u, bw, bd)
    const vb = backV(ax, u, bd)
    // The lateral border stops short of the joint plane; the auricular surface is added in model space.
    const xPlane = PLANE.px - ((y - PLANE.py) * PLANE.ny + (z - PLANE.pz) * PLANE.nz) / PLANE.nx
    const lateral = roundedCombine(smax(ax - hw, ax - xPlane, 4), Math.max(vb - vv, vv - vf), 7)
    let d = smin(body, lateral, 7)
    // Top: the S1 endplate (the frame's y = 0 plane) over the body; the alae slope down laterally
    // and the dorsal wall starts below the canal's opening.
    const behind = -(bd / 2 + 1) - vv
    const lat = Math.max(0, ax - bw / 2)
    const topU = (4.5 + 0.25 * Math.max(0, vv)) * smoothstep(bw / 2 - 3, bw / 2 + 4, ax) + 0.35 * lat + 0.008 * lat * lat + (behind > 0 ? Math.min(behind, 6) * 0.9 : 0)
    const top = (topU - u) * scale
    d = smax(d, top, 3)
    // Apex.
    d = smax(d, (u - APEX) * scale, 4)
    // Canal and hiatus.
    const cw = canalW(u) / 2, cd = canalD(u)
    const cFront = -bd / 2 + 1
    const cv = vv - (cFront - cd / 2)
    const canal = sdEllipse2(x, cv, cw, cd / 2) + 0.25 * Math.max(0, -cv) * (ax / cw)
    d = smax(d, -canal, 1.5)
    if (u > HIATUS_U - 8) {
      // The hiatus: an inverted U where the last laminae never fused.
      const hiatus = Math.max(sdEllipse2(x, (u - HIATUS_U - 30) * scale, cw * 0.85, 30), vv - cFront + 1)
      d = smax(d, -hiatus, 1.5)
    }
    return d
  })
}

/** A point on the back of the sacrum: dv mm behind (negative) or in front of the dorsal surface at
 * the midline wall ('mid') or over the lateral mass ('lat'). */
function dorsalPoint(x: number, u98: number, dv: number, fromWall: 'mid' | 'lat' = 'mid'): V3 {
  const u = u98 * K
  const c = curveAt(u)
  const bd = bodyD(u)
  const vb = fromWall === 'mid' ? -(bd / 2 + canalD(u) + wallT(u)) : backV(Math.abs(x), u, bd)
  const vv = vb + dv
  return [x, c.y + c.ny * vv, c.z + c.nz * vv]
}

/** A point at forward offset dv from the sacral curve at u. */
function curvePoint(x: number, u: number, dv: number): V3 {
  const c = curveAt(u)
  return [x, c.y + c.ny * dv, c.z + c.nz * dv]
}

/** Dorsal crests: median (fused spinous), intermediate (fused articular) and lateral (fused transverse). */
function crests(): Sdf {
  const median = smoothUnion(
    3,
    tube(smoothPath([dorsalPoint(0, 6, 1), dorsalPoint(0, 14, -5), dorsalPoint(0, 24, -3), dorsalPoint(0, 34, -5.5), dorsalPoint(0, 46, -3), dorsalPoint(0, 55, -4.5), dorsalPoint(0, 66, -1.5), dorsalPoint(0, 72, 0.5)], 3), [2.6, 3.2, 2.8, 3.2, 2.6, 2.8, 2.2, 1.8].flatMap((r, i, a) => (i < a.length - 1 ? [r, r, r] : [r])), 2),
  )
  const inter = tube(smoothPath([dorsalPoint(cwAt(4) + 2, 4, 2), dorsalPoint(cwAt(25) + 1.5, 25, -1), dorsalPoint(cwAt(45) + 1, 45, -1), dorsalPoint(cwAt(65) + 0.5, 65, -1), dorsalPoint(cwAt(80) + 0.5, 82, -0.5), dorsalPoint(cwAt(88) * 0.9, 90, 0.5)], 3), 2.4, 1.5)
  const lateralRow = smoothUnion(
    3,
    ...[
      [35, 16, -2.5],
      [33, 34, -2],
      [29, 53, -2],
      [24, 70, -1.5],
      [19, 84, -0.5],
    ].map(([x, u, dv]) => ellipsoidXY(dorsalPoint(x!, u!, dv!, 'lat'), tangentAt(u! * K), [1, 0, 0], [5.5, 3.6, 3])),
    tube(smoothPath([dorsalPoint(37, 8, 0, 'lat'), dorsalPoint(35, 16, -1.5, 'lat'), dorsalPoint(33, 34, -1, 'lat'), dorsalPoint(29, 53, -1, 'lat'), dorsalPoint(24, 70, -0.5, 'lat'), dorsalPoint(19, 84, 0, 'lat')], 3), 2.2, 1.5),
  )
  return smoothUnion(2.5, median, inter, lateralRow)
}

function cwAt(u98: number) {
  return canalW(u98 * K) / 2
}
function tangentAt(u: number): V3 {
  const c = curveAt(u)
  return [0, c.dy, c.dz]
}

/** A foramen: an oval pit cut along the curve's normal, with the groove of its nerve running laterally. */
function foramen(u98: number, x: number, hx: number, hu: number, front: boolean): Sdf {
  const u = u98 * K
  const c = curveAt(u)
  const bw = bodyW(u), bd = bodyD(u)
  const vs = front ? frontV(x, u, bw, bd) : backV(x, u, bd)
  const at = (dx: number, depth: number): V3 => [x + dx, c.y + c.ny * (vs - (front ? depth : -depth)), c.z + c.nz * (vs - (front ? depth : -depth))]
  const pit = ellipsoidXY(at(0, 2), [1, 0, 0], tangentAt(u), [hx, hu, 14])
  const groove = ellipsoidXY(at(front ? 9 : 4, -1.2), [1, front ? -0.12 : 0, 0], tangentAt(u), [front ? 15 : 7, hu * 0.85, 3.2])
  return smoothUnion(2, pit, groove)
}

function sacrumLocal(): Sdf {
  const frame = sacrumFrame()
  const joint = facetJoint('L5_S1')
  const rel = relFrame(frame, joint.frame)
  const jp = (dr: number, s: number, y: number): V3 => pointIn(frame, fromFrame(joint.frame, facetPoint(joint, dr, s, y)))
  // Superior articular processes for L5, rising from the back of the alae.
  const sap = place(superiorFacet(joint), rel)
  const sapRoot = roundCone(jp(4, 0, -5), [22, -10, -(S1.d / 2 + 12)], 6.5, 7.5)
  const mammillary = ellipsoidXY(jp(5.5, -9, -3), v.sub(jp(5, -6, -4), jp(5, -10, -4)), [0, 1, 0], [3, 4, 3.2])

  let sacrum = sacralMass()
  sacrum = smoothUnion(3, sacrum, crests(), sapRoot, sap, mammillary)
  const cuts: Sdf[] = []
  for (const [u, x, hx, hu] of FORAMINA_A) cuts.push(foramen(u, x, hx, hu, true))
  for (const [u, x, hx, hu] of FORAMINA_P) cuts.push(foramen(u, x, hx, hu, false))
  sacrum = smoothSubtract(2.4, sacrum, ...cuts)
  sacrum = smoothSubtract(0.8, sacrum, place(clearForInferior(joint), rel))
  return symmetricX(sacrum)
}

/** Coccyx: four fused, tapering segments continuing the curve forward, Co1 with cornua and wings. */
function coccyxLocal(): Sdf {
  const start = APEX + 3
  const seg = [
    { u: start, w: 20, d: 9, len: 9 },
    { u: start + 9.5, w: 13, d: 7.5, len: 7 },
    { u: start + 17, w: 10, d: 6.5, len: 6 },
    { u: start + 23.5, w: 7, d: 5, len: 5 },
  ]
  const wTab = table([[start, 13], [start + 3, 21], [start + 6, 16], [start + 10, 12.5], [start + 17, 10], [start + 24, 7.5], [start + 29, 4]])
  const dTab = table([[start, 8], [start + 5, 9], [start + 12, 7.5], [start + 20, 6.5], [start + 29, 4]])
  const end = start + 29
  const cocc = field({ min: [-18, -122, 18], max: [18, -82, 78] }, (x, y, z) => {
    const { u, v: vv, scale } = toCurve(y, z)
    let w = wTab(u) / 2, dd = dTab(u) / 2
    // Shallow waists at the fused joints, so the segments read without becoming beads.
    for (const s of seg.slice(1)) {
      const f = Math.max(0, 1 - ((u - s.u) / 1.8) ** 2)
      w -= 0.8 * f
      dd -= 0.5 * f
    }
    const sect = sdEllipse2(x, vv + 1, w, dd)
    const ends = Math.max(start - u, u - end) * scale
    return roundedCombine(sect, ends, 2.5)
  })
  // Coccygeal cornua reach up towards the sacral cornua; the transverse processes of Co1 stick out.
  const cornu = roundCone(curvePoint(5.5, start + 4, -4.5), curvePoint(5, start - 1.5, -6.5), 2.4, 1.8)
  const wing = roundCone(curvePoint(7, start + 4.5, -1), curvePoint(10.5, start + 4, -1.5), 2.4, 1.8)
  return symmetricX(smoothUnion(2.5, cocc, cornu, wing))
}

/**
 * The auricular surfaces, in model space: the shared ear outline (lib/pelvis-joint.ts) raised from the
 * lateral mass to half the joint space short of the joint plane, which nothing of the sacrum crosses.
 */
function withAuricularSurfaces(sacrum: Sdf): Sdf {
  const face = -SI_JOINT.gap / 2
  // A base under the ear brings the lateral mass out to where the bone around the joint stops.
  const base = earPrism(face - SI_JOINT.relief - 0.014, face - SI_JOINT.relief, 0.004, 0.004, true)
  const ear = earPrism(face - 0.014, face, 0, 0.0012, true)
  const joined = smoothUnion(0.002, smoothUnion(0.004, sacrum, base), ear)
  return { bounds: joined.bounds, d: (x, y, z) => smax(joined.d(x, y, z), planeDistance(Math.abs(x), y, z) - face, 0.0005) }
}

export const recipes: BoneRecipes = {
  sacrum: { sdf: () => withAuricularSurfaces(toModel(sacrumLocal(), sacrumFrame())), voxel: 0.0006, maxTriangles: 6500, error: 0.00025 },
  coccyx: { sdf: () => toModel(coccyxLocal(), sacrumFrame()), voxel: 0.0005, maxTriangles: 500 },
}
