/**
 * Cervical vertebrae C1–C7 (context). Typical levels C3–C7: small broad bodies with uncinate lips,
 * short pedicles, a wide triangular canal, articular pillars cut by 45° facet planes (shared with the
 * neighbours, 1.5 mm apart), thin laminae, transverse processes with a foramen transversarium and
 * anterior/posterior tubercles, bifid spinous processes C3–C6 and the long single one of C7 (vertebra
 * prominens). C2 (axis) carries the dens; C1 (atlas) is a ring round it with lateral masses whose
 * upper facets hold the skull at JOINT_POSITIONS.C0_C1. Each in its vertebra's frame, mm.
 */
import { roundCone, smoothPath, smoothRadii, smoothSubtract, smoothUnion, symmetricX, tube, v, type Sdf, type V3 } from '../sdf/core'
import type { BoneRecipes } from '../recipe'
import { JOINT_POSITIONS } from '../../../src/anatomy/skeletonLayout'
import { vertebralBody } from './lib/spine-parts'
import { endplateOutline, level, vertebraFrame } from './lib/spine-levels'
import { ellipsoidXY, field, frameXY, planarPlate, pointIn, prism, roundedCombine, sdEllipse2, toModel, type P2 } from './lib/spine-sdf'
import { cervicalJoint, clearAtJoint, jointIn, pillarAboveJoint, pillarBelowJoint } from './lib/spine-cervical-joints'

/** A vertical hole (along local y) of radius r through (x, z), for foramina. */
function hole(x: number, z: number, r: number, y0: number, y1: number, rz = r): Sdf {
  return field({ min: [x - r, y0, z - rz], max: [x + r, y1, z + rz] }, (px, py, pz) => roundedCombine(sdEllipse2(px - x, pz - z, r, rz), Math.max(y0 - py, py - y1), 0))
}

/** Transverse process of a cervical vertebra: anterior and posterior roots round the foramen
 * transversarium, joined by the gutter for the spinal nerve, ending in two tubercles. */
function cervicalTransverse(w: number, d: number, py: number, n: number): { solid: Sdf; foramen: Sdf } {
  const fx = w / 2 + 3.2, fz = -d / 2 + 2
  const big = n === 7
  const antTub: V3 = [fx + (big ? 7 : 10), py - 2.5, fz + 3]
  const postTub: V3 = [fx + (big ? 15 : 12.5), py - 2, fz - 4]
  const antRoot = roundCone([w / 2 - 1.5, py - 1.5, fz + 4], antTub, big ? 1.8 : 2.4, big ? 2 : 3)
  const postRoot = roundCone([fx - 3, py - 0.5, fz - 4.5], postTub, 3, big ? 3.8 : 3.2)
  const gutter = planarPlate([v.add(antTub, [0, 0, -1]), v.add(postTub, [0, 0, 1]), v.add(postTub, [-8, 1.5, 2]), v.add(antTub, [-8, 1.5, -1])], 1.5, 1.2)
  return { solid: smoothUnion(1.8, antRoot, postRoot, gutter), foramen: hole(fx, fz, big ? 2.2 : 2.8, py - 12, py + 12, big ? 2 : 2.6) }
}

function typicalCervical(n: number): Sdf {
  const name = `C${n}`
  const frame = vertebraFrame(name)
  const H = level(name).height * 1000
  const o = endplateOutline(name, 'upper')
  const w = o.w, d = o.d
  const zb = -d / 2
  const body = vertebralBody(name, { waist: 0.7, rim: 1 })
  // Uncinate processes: lips along the back half of the upper lateral rims.
  const uncinate = roundCone([w / 2 - 1.1, H / 2 - 0.6, 2], [w / 2 - 1, H / 2 - 0.4, zb + 3], 1.6, 1.8)
  const py = H / 2 - 4
  const cw = 12 + (n - 3) * 0.2 // half width of the canal
  const pedicle = roundCone([w / 2 - 3, py, zb + 2], [cw + 2.5, py - 0.5, zb - 4], 2.6, 3)

  // Articular pillars between the joint above and the joint below.
  const jUp = cervicalJoint(`C${n - 1}_${name}`)
  const below = n === 7 ? 'T1' : `C${n + 1}`
  const jDown = cervicalJoint(`${name}_${below}`)
  const cu = jointIn(jUp, frame).c, cd = jointIn(jDown, frame).c
  const mid = v.lerp(cu, cd, 0.5)
  const pillarUp = pillarBelowJoint(jUp, frame, mid, 5.2)
  const pillarDown = pillarAboveJoint(jDown, frame, mid, 5.2)
  const pedToPillar = roundCone([cw + 2.5, py - 0.5, zb - 4], mid, 3.2, 4)

  // Laminae: thin, sloping plates meeting behind the canal.
  const zl = zb - 14 - (n - 3) * 0.3
  const lamina = planarPlate(
    [
      [mid[0] - 3, mid[1] + 3, mid[2] - 1],
      [-1.5, py - 1, zl],
      [-1.5, -H / 2 - 2.5, zl - 2],
      [mid[0] - 4, mid[1] - 6, mid[2] - 2.5],
    ],
    1.6,
    1.3,
  )
  // Spinous process: short and bifid (C3–C6), long with one tubercle at C7.
  const spLen = [0, 0, 0, 10, 11, 12.5, 17, 27][n]!
  const spRoot: V3 = [0, py - 3, zl - 0.5]
  const spTip: V3 = [0, py - 3 - spLen * 0.3, zl - spLen]
  const sp = roundCone(spRoot, spTip, 3, n === 7 ? 3.2 : 2.6)
  const spParts: Sdf[] = [sp]
  if (n < 7) spParts.push(ellipsoidXY(v.add(spTip, [2.3, -0.5, 0.5]), [0, 0, -1], [0, 1, 0], [3.2, 2.8, 2.2]))
  else spParts.push(ellipsoidXY(v.add(spTip, [0, -0.5, 0.5]), [0, 0, -1], [0, 1, 0], [3.5, 4, 4.5]))
  const tp = cervicalTransverse(w, d, py, n)

  let arch = smoothUnion(2, pedicle, pedToPillar, pillarUp, pillarDown, lamina, tp.solid)
  arch = smoothUnion(2, arch, ...spParts)
  const canal = prism(frameXY([0, 0, 0], [1, 0, 0], [0, 0, -1]), canalPoly(cw, zb, zl), 30, 0)
  arch = smoothSubtract(1.2, arch, canal, tp.foramen)
  let whole = smoothUnion(2, body, uncinate, arch)
  whole = smoothSubtract(0.8, whole, tp.foramen)
  whole = smoothSubtract(0.5, whole, clearAtJoint(jUp, frame, -1), clearAtJoint(jDown, frame, 1))
  return toModel(symmetricX(whole), frame)
}

/** The cervical canal: wide and triangular, apex behind. */
function canalPoly(cw: number, zb: number, zl: number): P2[] {
  // Polygon in (x, -z): front wall on the body, apex under the laminae.
  return [
    [-cw + 2, -(zb + 0.5)],
    [cw - 2, -(zb + 0.5)],
    [cw - 0.5, -(zb - 4)],
    [3, -(zl + 1.5)],
    [-3, -(zl + 1.5)],
    [-(cw - 0.5), -(zb - 4)],
  ]
}

/** Axis (C2): body, dens, big superior facets for the atlas, thick laminae and a large bifid spine. */
function axis(): Sdf {
  const frame = vertebraFrame('C2')
  const H = level('C2').height * 1000 // includes the dens
  const o = endplateOutline('C3', 'upper')
  const w = o.w, d = o.d
  const zb = -d / 2
  const bodyTop = -H / 2 + 18
  const lo: V3 = [0, -H / 2, 0]
  // Body: a kidney column from the lower endplate up to the dens base, with a lip in front.
  const body = field({ min: [-w / 2 - 1, -H / 2 - 1, -d / 2 - 3], max: [w / 2 + 1, bodyTop + 1, d / 2 + 1] }, (x, y, z) => {
    const t = Math.max(0, Math.min(1, (y + H / 2) / (bodyTop + H / 2)))
    const ww = w / 2 - 1.5 * t, dd = d / 2 - 1 * t
    const sect = sdEllipse2(x, z, ww, dd)
    return roundedCombine(sect + 0.8 * 4 * t * (1 - t), Math.max(lo[1] - y, y - bodyTop), 1.5)
  })
  // The dens: a peg with a slight neck, a rounded head and a blunt apex, leaning back a little.
  const dens = tube(
    smoothPath([[0, bodyTop - 3, 0.8], [0, bodyTop + 4, 0.4], [0, bodyTop + 9, -0.2], [0, H / 2 - 2.5, -0.8]], 3),
    smoothRadii([5.4, 4.4, 4.9, 3.2], 3),
    1.5,
  )
  // Superior articular facets: broad, flat, sloping down laterally, on the shoulders of the body.
  const supFacet = planarPlate(
    [
      [5, bodyTop + 1, 4],
      [17, bodyTop - 2.5, 3],
      [17, bodyTop - 2.5, -9],
      [5, bodyTop + 1, -8],
    ],
    2.5,
    2,
  )
  const supBase = roundCone([8, bodyTop - 6, -2], [12, bodyTop - 4, -3], 5, 5)
  const jDown = cervicalJoint('C2_C3')
  const cd = jointIn(jDown, frame).c
  const pillarDown = pillarAboveJoint(jDown, frame, [12, bodyTop - 8, -8], 5.2)
  const zl = zb - 16
  const lamina = planarPlate(
    [
      [12, bodyTop - 6, -9],
      [-1.5, bodyTop - 7, zl],
      [-1.5, -H / 2 - 1, zl - 3],
      [cd[0] - 4, cd[1] + 3, cd[2] - 2],
    ],
    2.4,
    1.8,
  )
  const spRoot: V3 = [0, bodyTop - 10, zl - 1]
  const spTip: V3 = [0, bodyTop - 15, zl - 16]
  const sp = planarPlate([v.add(spRoot, [0, 4, 0]), v.add(spTip, [0, 4, 0]), v.add(spTip, [0, -5, 0]), v.add(spRoot, [0, -6, 2])], 3, 2.5)
  const spFork = ellipsoidXY(v.add(spTip, [3.2, -0.5, 1]), [0, 0, -1], [0, 1, 0], [4, 4.5, 3])
  const tp = cervicalTransverse(w, d, bodyTop - 8, 2)
  let arch = smoothUnion(2.2, supBase, supFacet, pillarDown, lamina, tp.solid)
  arch = smoothUnion(2.5, arch, sp, spFork)
  const canal = prism(frameXY([0, 0, 0], [1, 0, 0], [0, 0, -1]), canalPoly(11.5, zb, zl), 40, 0)
  arch = smoothSubtract(1.2, arch, canal)
  let whole = smoothUnion(2.2, body, dens, arch)
  whole = smoothSubtract(0.8, whole, tp.foramen)
  whole = smoothSubtract(0.5, whole, clearAtJoint(jDown, frame, 1))
  return toModel(symmetricX(whole), frame)
}

/** Atlas (C1): anterior and posterior arches round the dens, lateral masses between C2's facets and
 * the skull's condyles (JOINT_POSITIONS.C0_C1), wide transverse processes with foramina. Authored in
 * the axis's frame. */
function atlas(): Sdf {
  const frame = vertebraFrame('C2')
  const H = level('C2').height * 1000
  const bodyTop = -H / 2 + 18
  const c0 = pointIn(frame, JOINT_POSITIONS.C0_C1!)
  const lmBot = bodyTop + 2 // on the axis's superior facets (1.5 mm joint space)
  const lmTop = c0[1] - 1.5
  const archY = (lmBot + lmTop) / 2 + 1
  // Lateral masses: thick blocks each side of the dens, facets above (cupped) and below (flat).
  const lm = field({ min: [4, lmBot - 6, -15], max: [26, lmTop + 6, 13] }, (x, y, z) => {
    // Oval in plan (long axis front–back, converging forward), widest at the top; the lower facet
    // follows the axis's sloping facet (1.5 mm above it), the upper one is a cup facing up and in.
    const t = Math.max(0, Math.min(1, (y - lmBot) / (lmTop - lmBot)))
    const cx = 15.5 + 0.12 * z
    // Waisted between its two big facets (the arches and the transverse process join at mid-height).
    const waist = 1.6 * Math.sin(Math.PI * t)
    const sect = sdEllipse2(x - cx, z + 1.5, 6.2 + 1.3 * t - waist * 0.5, 9.5 + 1.5 * t - waist)
    const bottom = bodyTop + 5.1 - 0.29 * (x - 5)
    const bowl = Math.max(0, 1 - ((x - cx) / 7) ** 2 - ((z + 1.5) / 10.5) ** 2)
    const top = lmTop + 1 + 0.3 * (x - cx) - 2.5 * bowl
    return roundedCombine(sect, Math.max(bottom - y, y - top), 1.6)
  })
  const ant = smoothUnion(
    2,
    roundCone([11, archY, 6], [4, archY, 10.5], 4.5, 3.8),
    roundCone([4, archY, 10.5], [-1, archY, 11.5], 3.8, 3.8),
    ellipsoidXY([0, archY, 13.2], [1, 0, 0], [0, 1, 0], [4.5, 6, 2.8]),
  )
  const post = smoothUnion(
    2,
    roundCone([14, archY + 1, -10], [10, archY + 1.5, -22], 3.6, 3.4),
    roundCone([10, archY + 1.5, -22], [3, archY + 1, -28], 3.4, 3.4),
    roundCone([3, archY + 1, -28], [-1, archY + 1, -29], 3.4, 3.4),
    ellipsoidXY([0, archY, -31], [1, 0, 0], [0, 1, 0], [4, 5, 3]),
  )
  const tpTip: V3 = [37, archY, -3]
  const tp = smoothUnion(
    2,
    roundCone([21, archY + 1, 2], tpTip, 3, 4),
    roundCone([21, archY - 1, -8], tpTip, 3, 4),
  )
  let atlasSdf = smoothUnion(2.2, lm, ant, post, tp)
  atlasSdf = smoothSubtract(1, atlasSdf, hole(24.5, -3, 3, archY - 10, archY + 10, 3.2))
  return toModel(symmetricX(atlasSdf), frame)
}

export const recipes: BoneRecipes = {
  vertebra_C1: { sdf: atlas, voxel: 0.0007, maxTriangles: 650, error: 0.0005 },
  vertebra_C2: { sdf: axis, voxel: 0.0007, maxTriangles: 650, error: 0.0005 },
  ...Object.fromEntries([3, 4, 5, 6, 7].map((n) => [`vertebra_C${n}`, { sdf: () => typicalCervical(n), voxel: 0.0007, maxTriangles: 650, error: 0.0005 }])),
}
