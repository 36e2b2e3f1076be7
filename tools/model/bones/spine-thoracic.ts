/**
 * Thoracic vertebrae T1–T12 (context: fewer parts than the lumbar levels, but the right ones).
 * Heart-shaped bodies growing down the column (interfaces.THORACIC), costal facets where the rib heads
 * sit (THORACIC[].ribHeadL), transverse processes whose tips carry the rib tubercles
 * (THORACIC[].transverseTipL; T11–T12 short), long spinous processes sloping steeply down (most at
 * T5–T8), a round canal, and near-coronal facet joints that interlock with a 1.5 mm gap (T12's lower
 * facets are lumbar-type). Authored in each vertebra's frame, in mm.
 */
import { roundCone, smoothSubtract, smoothUnion, symmetricX, place, v, type Sdf, type V3 } from '../sdf/core'
import type { BoneRecipes } from '../recipe'
import { THORACIC } from './lib/interfaces'
import { clearForInferior, clearForSuperior, facetPoint, inferiorFacet, superiorFacet, vertebralBody } from './lib/spine-parts'
import { endplateOutline, facetJoint, fromFrame, level, vertebraFrame } from './lib/spine-levels'
import { ellipsoidXY, frameXY, planarPlate, pointIn, prism, relFrame, toModel, type P2 } from './lib/spine-sdf'
import { cervicalJoint, clearAtJoint, pillarBelowJoint } from './lib/spine-cervical-joints'

const CANAL_R = [8, 7.8, 7.5, 7.3, 7.2, 7.2, 7.3, 7.5, 7.7, 8, 8.3, 8.7]
const PEDICLE_W = [7.5, 6.5, 5.5, 5, 5, 5.2, 5.5, 6, 6.5, 7, 7.5, 8.5]
const PEDICLE_H = [9, 10, 10.5, 11, 11.5, 12, 12.5, 13, 13.5, 14.5, 15, 15.5]
/** Spinous process: slope below the vertebra's horizontal (degrees) and length (mm). */
const SP_SLOPE = [18, 28, 40, 50, 57, 62, 63, 60, 52, 42, 28, 12]
const SP_LEN = [40, 41, 41, 42, 43, 43, 43, 41, 38, 34, 30, 27]

function thoracicVertebra(n: number): Sdf {
  const name = `T${n}`
  const i = n - 1
  const frame = vertebraFrame(name)
  const H = level(name).height * 1000
  const D = (endplateOutline(name, 'upper').d + endplateOutline(name, 'lower').d) / 2
  const zb = -D / 2
  const lvl = THORACIC.find((t) => t.name === name)!
  const L = (p: V3): V3 => pointIn(frame, p)

  const body = vertebralBody(name, { waist: 1.2, rim: 1.2 })

  // Costal facets: a shallow boss on the back corner of the body, hollowed where the rib head sits.
  const head = L(v.add(lvl.ribHeadL, [0.0042, 0, -0.001]))
  const rh = L(lvl.ribHeadL)
  const boss = ellipsoidXY(v.add(rh, [-2.5, -1.5, 0]), [1, 0, 0], [0, 1, 0], [4, 4.3, 4.5])
  const headPit = ellipsoidXY(head, [1, 0, 0], [0, 1, 0], [5.6, 6.8, 5.6])

  // Pedicles from the upper half of the body, and the round canal between them.
  const rc = CANAL_R[i]!
  const pw = PEDICLE_W[i]!
  const ph = Math.min(PEDICLE_H[i]!, H - 4)
  const px = rc + pw / 2 - 0.5
  const py = H / 2 - 1.5 - ph / 2
  const pedicle = roundCone([px - 1, py, zb + 3], [px + 0.5, py - 0.5, zb - 6], Math.min(pw, ph) / 2, Math.min(pw, ph) / 2 + 0.3)
  const pedicleTall = planarPlate(
    [
      [px - 1, py + ph / 2 - 1, zb + 3],
      [px + 0.5, py + ph / 2 - 1.5, zb - 6],
      [px + 0.5, py - ph / 2 + 1, zb - 6],
      [px - 1, py - ph / 2 + 1, zb + 3],
    ] as V3[],
    pw / 2 - 0.3,
    Math.min(1.5, pw / 2 - 0.5),
  )
  const junction: V3 = [px + 1, py - 1, zb - 7.5]

  // Laminae: broad plates overlapping the next level like tiles.
  const zl = zb - 2 * rc - 0.5
  const lamina = planarPlate(
    [
      [px, py + ph / 2 - 1, zb - 6.5],
      [-1.5, py + 1, zl],
      [-1.5, -H / 2 - 3.5, zl - 3],
      [px - 2.5, -H / 2 - 3.5, zb - 9.5],
    ],
    2.4,
    1.8,
  )

  // Spinous process: a slender blade sloping down and back, ending in a tubercle.
  const a = (SP_SLOPE[i]! * Math.PI) / 180
  const dir: V3 = [0, -Math.sin(a), -Math.cos(a)]
  const spRoot: V3 = [0, py - 1, zl - 1]
  const spTip = v.add(spRoot, v.scale(dir, SP_LEN[i]!))
  const down: V3 = [0, Math.cos(a), -Math.sin(a)] // perpendicular, in the sagittal plane, pointing up-back
  const spBlade = planarPlate(
    [v.add(spRoot, v.scale(down, 5)), v.add(spTip, v.scale(down, 2.5)), v.add(spTip, v.scale(down, -2.5)), v.add(spRoot, v.scale(down, -7))],
    1.9,
    1.5,
  )
  const spTuber = ellipsoidXY(v.add(spTip, v.scale(dir, -1)), dir, [0, 1, 0], [3.8, 3.6, 3.2])
  const spRidge = roundCone(v.add(spRoot, v.scale(down, -2)), v.add(spTip, v.scale(dir, -2)), 2.6, 2.3)

  // Transverse process: from the pedicle–lamina junction out to the tip that carries the rib tubercle.
  const shorten = n === 12 ? 0.42 : n === 11 ? 0.68 : 1
  const tipModel = lvl.transverseTipL
  const root: V3 = [px + 4.5, py + 0.5, zb - 9.5]
  const tipRaw = L(v.add(tipModel, [0, -0.001, -0.0055]))
  const tip = v.lerp(root, tipRaw, shorten)
  const tp = roundCone(root, tip, n >= 11 ? 4.2 : 4.6, n >= 11 ? 3 : 3.6)
  // A club-shaped tip (ribs 1–10 rest their tubercles on its front).
  const club = ellipsoidXY(v.lerp(root, tip, 0.92), v.sub(tip, root), [0, 1, 0], [5, 5, 4.4])
  const tpParts: Sdf[] = n <= 10 ? [tp, club] : [tp]
  const tpCuts: Sdf[] = []
  if (n <= 10) {
    // The costal facet on the front of the tip, hollowed around the rib's tubercle.
    const tub = v.add(tipModel, [0.001, -0.003, 0.0062])
    tpCuts.push(ellipsoidXY(L(v.add(tub, [0.001, -0.0005, -0.0035])), [1, 0, 0], [0, 1, 0], [5.6, 5.9, 4.6]))
  } else {
    // T11–T12: mammillary and accessory tubercles instead of a costal facet.
    tpParts.push(ellipsoidXY(v.add(tip, [1, 0, -1]), [1, 0, 0], [0, 1, 0], [3, 3.2, 3]))
  }

  // Facet joints: coronal ones (thoracic), cervical-style above T1, lumbar-type below T12.
  const parts: Sdf[] = []
  const cuts: Sdf[] = []
  if (n === 1) {
    const cj = cervicalJoint('C7_T1')
    parts.push(pillarBelowJoint(cj, frame, junction))
    cuts.push(clearAtJoint(cj, frame, -1))
  } else {
    const jUp = facetJoint(`T${n - 1}_${name}`)
    const relUp = relFrame(frame, jUp.frame)
    const up = (dr: number, s: number, y: number): V3 => L(fromFrame(jUp.frame, facetPoint(jUp, dr, s, y)))
    parts.push(place(superiorFacet(jUp), relUp), roundCone(junction, up(jUp.thick / 2 + 0.75, 0, -3), 3.8, 3.2))
    cuts.push(place(clearForInferior(jUp), relUp))
  }
  {
    const below = n === 12 ? 'L1' : `T${n + 1}`
    const jDown = facetJoint(`${name}_${below}`)
    const relDown = relFrame(frame, jDown.frame)
    const down2 = (dr: number, s: number, y: number): V3 => L(fromFrame(jDown.frame, facetPoint(jDown, dr, s, y)))
    parts.push(place(inferiorFacet(jDown), relDown), roundCone([px - 2.5, -H / 2 - 1, zb - 9.5], down2(-jDown.thick / 2 - 0.75, 0, 2), 3.5, 3.2))
    cuts.push(place(clearForSuperior(jDown), relDown))
  }

  let arch = smoothUnion(2.5, pedicle, pedicleTall, roundCone([px + 0.5, py - 0.5, zb - 6], junction, 3.8, 3.8), ...tpParts)
  arch = smoothUnion(2.5, arch, lamina, ...parts)
  arch = smoothUnion(2.5, arch, spBlade, spRidge, spTuber)
  if (tpCuts.length) arch = smoothSubtract(1.2, arch, ...tpCuts)
  const canal = prism(frameXY([0, 0, zb - rc + 0.5], [1, 0, 0], [0, 0, -1]), circle(rc, 20), 40, 0)
  arch = smoothSubtract(1.2, arch, canal)
  arch = smoothSubtract(0.6, arch, ...cuts)
  const whole = smoothSubtract(1, smoothUnion(2.5, body, boss, arch), headPit)
  return toModel(symmetricX(whole), frame)
}

function circle(r: number, n: number): P2[] {
  return Array.from({ length: n }, (_, k) => [Math.cos((2 * Math.PI * k) / n) * r, Math.sin((2 * Math.PI * k) / n) * r] as P2)
}

export const recipes: BoneRecipes = Object.fromEntries(
  Array.from({ length: 12 }, (_, k) => k + 1).map((n) => [`vertebra_T${n}`, { sdf: () => thoracicVertebra(n), voxel: 0.0008, maxTriangles: 750, error: 0.0006 }]),
)
