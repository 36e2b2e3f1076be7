/**
 * Lumbar vertebrae L1–L5: the heart of the model. Each is authored in its own frame (mm; origin at the
 * body centre, +Y along the body axis, +Z forward, +X its left) from SPINE.lumbar, so the lordosis
 * comes from the layout. Facet processes are authored in the frame of the joint they belong to (the
 * disc frame), so neighbouring levels interlock with the same 1.5 mm gap.
 *
 * Sizes are textbook-order values for an adult (Panjabi 1992 lumbar morphometry as a guide: pedicles
 * 8–16 mm wide from L1 to L5, canal ≈ 23 × 17 mm, triangular, spinous processes ≈ 25–30 mm long).
 */
import { place, roundCone, smoothSubtract, smoothUnion, symmetricX, v, type Frame, type Sdf, type V3 } from '../sdf/core'
import type { BoneRecipes } from '../recipe'
import { clearForInferior, clearForSuperior, facetPoint, inferiorFacet, superiorFacet, vertebralBody } from './lib/spine-parts'
import { endplateOutline, facetJoint, fromFrame, level, vertebraFrame, type FacetJoint } from './lib/spine-levels'
import { ellipsoidXY, frameXY, planarPlate, pointIn, prism, relFrame, toModel, type P2 } from './lib/spine-sdf'

interface LumbarSpec {
  name: 'L1' | 'L2' | 'L3' | 'L4' | 'L5'
  above: string
  below: string
  /** Half the interpedicular distance (mm). */
  canal: number
  /** Canal depth behind the body (mm). */
  canalDepth: number
  pedicleW: number
  pedicleH: number
  /** Transverse process: tip (x, y, z) in the vertebra frame (mm), root height, tip height. */
  tpTip: V3
  tpRootH: number
  tpTipH: number
  tpHalfT: number
  /** Spinous process: length behind the laminae, height at the tip (mm). */
  spLen: number
  spH: number
  spDrop: number
}

const SPECS: LumbarSpec[] = [
  { name: 'L1', above: 'T12', below: 'L2', canal: 11, canalDepth: 17, pedicleW: 8, pedicleH: 15, tpTip: [31, 2, -27], tpRootH: 10, tpTipH: 7, tpHalfT: 3, spLen: 24, spH: 19, spDrop: 4 },
  { name: 'L2', above: 'L1', below: 'L3', canal: 11.3, canalDepth: 17, pedicleW: 8.5, pedicleH: 15, tpTip: [37, 2, -29], tpRootH: 11, tpTipH: 7, tpHalfT: 3.1, spLen: 26, spH: 21, spDrop: 5 },
  { name: 'L3', above: 'L2', below: 'L4', canal: 11.8, canalDepth: 16.5, pedicleW: 10, pedicleH: 14.5, tpTip: [44, 3, -29], tpRootH: 12, tpTipH: 7.5, tpHalfT: 3.2, spLen: 27, spH: 22, spDrop: 5 },
  { name: 'L4', above: 'L3', below: 'L5', canal: 12.3, canalDepth: 16.5, pedicleW: 12, pedicleH: 14, tpTip: [41, 6, -26], tpRootH: 12, tpTipH: 8, tpHalfT: 3.3, spLen: 25, spH: 21, spDrop: 4 },
  { name: 'L5', above: 'L4', below: 'S1', canal: 13.5, canalDepth: 15, pedicleW: 16, pedicleH: 13, tpTip: [38, 5, -14], tpRootH: 15, tpTipH: 9, tpHalfT: 4, spLen: 20, spH: 17, spDrop: 3 },
]

function lumbarVertebra(s: LumbarSpec): Sdf {
  const frame = vertebraFrame(s.name)
  const H = level(s.name).height * 1000
  const D = (endplateOutline(s.name, 'upper').d + endplateOutline(s.name, 'lower').d) / 2
  const zb = -D / 2 // back wall of the body
  const jUp: FacetJoint = facetJoint(`${s.above}_${s.name}`)
  const jDown: FacetJoint = facetJoint(`${s.name}_${s.below}`)
  const relUp = relFrame(frame, jUp.frame)
  const relDown = relFrame(frame, jDown.frame)
  // Facet points in this vertebra's frame.
  const up = (dr: number, sArc: number, y: number): V3 => pointIn(frame, fromFrame(jUp.frame, facetPoint(jUp, dr, sArc, y)))
  const down = (dr: number, sArc: number, y: number): V3 => pointIn(frame, fromFrame(jDown.frame, facetPoint(jDown, dr, sArc, y)))

  const body = vertebralBody(s.name, { waist: 2.4 })

  // Pedicles: short, thick bars from the upper back of the body, oval (taller than wide).
  const px = s.canal + s.pedicleW / 2
  const py = H / 2 - 1.5 - s.pedicleH / 2
  const pedFront: V3 = [px - 1.5, py, zb + 5]
  const pedBack: V3 = [px + 0.5, py - 0.5, zb - 9]
  const pedicle = stadiumBar(pedFront, pedBack, s.pedicleW / 2, s.pedicleH / 2)

  // The articular pillar where pedicle, superior process, transverse process and lamina meet.
  const pillar: V3 = [px + 0.5, py - 1, zb - 11]

  // Superior articular process (from the joint above), rising from the pillar.
  const sap = place(superiorFacet(jUp), relUp)
  const sapBase = up(3.5, -1, -6)
  const sapRoot = roundCone(pillar, sapBase, 6, 6)
  // The outer wall of the superior process runs down broad into the pedicle and the root of the
  // transverse process (so it rises like an ear, not a knob on a stalk).
  const tm = jUp.thick / 2 + 0.75
  const sapWall = planarPlate([up(tm, jUp.sHalf + 1.5, -2), up(tm, -jUp.sHalf, -2), [px + 1.5, py - 3, zb - 12], [px + 0.5, py + s.pedicleH / 2 - 2, zb - 2]], 3, 2.5)
  const sapBack = roundCone(up(3.5, -1, -4), up(3.2, -7, 0), 3.2, 2.6)
  // Mammillary process: a rounded tubercle on the back edge of the superior process.
  const mammillary = ellipsoidXY(up(5.5, -9, -3), v.sub(up(5, -6, -4), up(5, -10, -4)), [0, 1, 0], [3.2, 4.5, 3.4])

  // Inferior articular process (for the joint below), hanging from the lamina.
  const iap = place(inferiorFacet(jDown), relDown)
  const iapTop = down(-4, 0, 6)

  // Lamina: a broad plate sloping down and back from the pillar to the midline.
  const lamTopLat: V3 = [px + 0.5, py + 4.5, zb - 10]
  const lamTopMed: V3 = [-1.5, py + 1, zb - s.canalDepth - 2]
  const lamBotMed: V3 = [-1.5, -H / 2 + 1, zb - s.canalDepth - 5]
  const lamBotLat: V3 = [iapTop[0] - 1, iapTop[1] + 2, iapTop[2] + 0.5]
  const lamina = planarPlate([lamTopLat, lamTopMed, lamBotMed, lamBotLat], 3.2, 2.4)
  const iapNeck = roundCone(lamBotLat, down(-4.5, 0, 0), 5.5, 5.5)
  const im = -(jDown.thick / 2 + 0.75)
  const iapWall = planarPlate([v.add(lamBotLat, [1, 5, 1]), down(im, jDown.sHalf * 0.9, 1), down(im, -jDown.sHalf * 0.9, 1), v.add(lamBotLat, [-2, 3, -3])], 3, 2.5)
  const pars = roundCone(pillar, lamBotLat, 5, 5)

  // Spinous process: a broad, flat, vertical plate ("hatchet"), thickened along its free borders.
  const z0 = zb - s.canalDepth - 3
  const zt = z0 - s.spLen
  const yTop = py + 2
  const yBot = yTop - s.spH
  const spPoly: P2[] = [
    [z0 + 1, yTop],
    [(z0 + zt) / 2, yTop - 1.2 - s.spDrop * 0.3],
    [zt + 3.5, yTop - s.spDrop * 0.5],
    [zt + 0.5, yTop - s.spDrop * 0.5 - 2.5],
    [zt - 0.8, (yTop + yBot) / 2 - s.spDrop * 0.5],
    [zt + 0.2, yBot + 3],
    [zt + 3, yBot - s.spDrop * 0.3],
    [zt + 7, yBot + 0.5],
    [(z0 + zt) / 2, -H / 2 + 1.5 - s.spDrop * 0.2],
    [z0 - 3, -H / 2 + 2],
    [z0 + 2, -H / 2 + 4],
  ]
  const spFrame = frameXY([0, 0, 0], [0, 0, 1], [0, 1, 0])
  const spinous = prism(spFrame, spPoly, 2.3 - 0.037 * -z0, 1, [-0.037, 0])
  const spRim = roundCone([0, yTop - s.spDrop * 0.5 - 3, zt + 2], [0, yBot + 2.5, zt + 2.2], 3.6, 4)
  const spLower = roundCone([0, yBot + 2, zt + 4], [0, -H / 2 + 2.5, z0 - 5], 3.4, 2.6)

  // Transverse process: a flattened blade (flattened front to back), slightly backward and upward.
  const tpRoot: V3 = s.name === 'L5' ? [px - 2, py - 2, zb - 1] : [px + 1.5, py + 0.5, zb - 7]
  // L5's transverse processes are short, thick cones springing from the pedicle and the body itself.
  const tp =
    s.name === 'L5'
      ? smoothUnion(
          4,
          roundCone([px - 3, py - 4, zb + 5], s.tpTip, 7, 4.8),
          roundCone([px + 1, py, zb - 6], s.tpTip, 6, 4.8),
          ellipsoidXY(v.add(s.tpTip, [-2, -1, 0]), [1, 0, 0], [0, 1, 0], [6, 6.5, 5]),
        )
      : transverseBlade(tpRoot, s.tpTip, s.tpRootH, s.tpTipH, s.tpHalfT)
  const accessory = ellipsoidXY(v.add(tpRoot, [4, -2.5, -3.5]), [1, 0, 0], [0, 1, 0], [2.6, 3, 2.2])

  let posterior = smoothUnion(3, pedicle, roundCone(pedBack, pillar, s.pedicleH * 0.36, s.pedicleH * 0.38), tp, accessory)
  posterior = smoothUnion(4.5, posterior, sapRoot, sapWall, sap, sapBack, mammillary)
  posterior = smoothUnion(3.5, posterior, lamina, pars, iapNeck, iapWall, iap)
  posterior = smoothUnion(3, posterior, spinous, spRim, spLower)

  // Vertebral canal: a rounded triangle, apex at the back.
  const canal = prism(
    frameXY([0, 0, 0], [1, 0, 0], [0, 0, -1]),
    [
      [-(s.canal - 2.5), -(zb + 2)],
      [s.canal - 2.5, -(zb + 2)],
      [s.canal - 2.8, -(zb - 6)],
      [0, -(zb - s.canalDepth + 2.5)],
      [-(s.canal - 2.8), -(zb - 6)],
    ],
    40,
    0,
  )
  const canalRound = offsetSdf(canal, 2.5)
  posterior = smoothSubtract(1.5, posterior, canalRound)
  posterior = smoothSubtract(0.8, posterior, place(clearForSuperior(jDown), relDown), place(clearForInferior(jUp), relUp))

  return toModel(symmetricX(smoothUnion(3, body, posterior)), frame)
}

function offsetSdf(s: Sdf, r: number): Sdf {
  const { d } = s
  return { bounds: { min: v.sub(s.bounds.min, [r, r, r]), max: v.add(s.bounds.max, [r, r, r]) }, d: (x, y, z) => d(x, y, z) - r }
}

/** A bar of stadium-like cross-section (half width hw across, half height hh vertical) from a to b. */
function stadiumBar(a: V3, b: V3, hw: number, hh: number): Sdf {
  const axis = v.sub(b, a)
  return roundedBar(frameXY(v.lerp(a, b, 0.5), axis, [0, 1, 0]), v.len(axis) / 2, hw, hh, Math.min(hw, hh) * 0.95)
}

function roundedBar(f: Frame, hl: number, hw: number, hh: number, r: number): Sdf {
  // A box with all edges rounded by r: x along the bar, y vertical, z across.
  const bx = hl, by = hh - r, bz = hw - r
  const local: Sdf = {
    bounds: { min: [-hl - r, -hh, -hw], max: [hl + r, hh, hw] },
    d: (x, y, z) => {
      const qx = Math.abs(x) - bx, qy = Math.abs(y) - by, qz = Math.abs(z) - bz
      return Math.hypot(Math.max(qx, 0), Math.max(qy, 0), Math.max(qz, 0)) + Math.min(Math.max(qx, qy, qz), 0) - r
    },
  }
  return place(local, f)
}

/** Transverse process: a blade flattened front to back, tapering to a rounded tip. */
function transverseBlade(root: V3, tip: V3, rootH: number, tipH: number, halfT: number): Sdf {
  const dir = v.sub(tip, root)
  const len = v.len(dir)
  const f = frameXY(root, dir, [0, 1, 0])
  const poly: P2[] = []
  // Outline: straight borders converging to a rounded tip.
  poly.push([-2, -rootH / 2], [len - tipH / 2, -tipH / 2])
  for (let i = 1; i < 8; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 8
    poly.push([len - tipH / 2 + Math.cos(a) * tipH / 2, Math.sin(a) * tipH / 2])
  }
  poly.push([len - tipH / 2, tipH / 2], [-2, rootH / 2])
  return prism(f, poly, halfT, Math.min(halfT * 0.85, 1.8), [-(halfT * 0.25) / len, 0])
}

export const recipes: BoneRecipes = Object.fromEntries(
  SPECS.map((s) => [`vertebra_${s.name}`, { sdf: () => lumbarVertebra(s), voxel: 0.00055, maxTriangles: 4000 }]),
)
