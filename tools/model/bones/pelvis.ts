/**
 * The left hip bone (ilium, ischium and pubis fused). Authored in model space around the shared fit
 * points: the acetabulum around HIP_JOINT, the auricular surface against the sacrum at SACROILIAC,
 * the pubic body ending at SYMPHYSIS, the spines at LANDMARKS.asisL and LANDMARKS.pubicTubercleL.
 *
 * Built as a few curved plates (the iliac wing, the ischiopubic frame) with thickened borders
 * (crest, spines, sciatic notch margin, rami), a shell for the acetabulum, and smooth cuts for the
 * cup, the acetabular fossa and notch, and the obturator foramen.
 */
import { LANDMARKS } from '../../../src/anatomy/skeletonLayout'
import type { BoneRecipes } from '../recipe'
import {
  cylinder,
  ellipsoid,
  frameFromUp,
  intersect,
  halfSpace,
  offset,
  orientedEllipsoid,
  roundBox,
  roundCone,
  smoothIntersect,
  smoothPath,
  smoothRadii,
  smoothSubtract,
  sphere,
  v,
  type Sdf,
  type V3,
} from '../sdf/core'
import { HIP_JOINT, SACROILIAC, SYMPHYSIS } from './lib/interfaces'
import { frameXY, plateThrough, ribbon, ridgeOn, rotateDir, superEllipsePrism, smoothUnionIn, tubeIn } from './lib/leg-sdf'

const H = HIP_JOINT.centreL
/**
 * The sacrum is authored by the spine group from the same fit point (SACROILIAC). Its lateral surface
 * turns inward behind the joint, so where its recipe loads, the ilium is fitted to that surface.
 */
const SACRUM: Sdf | null = await import('./spine-sacrum')
  .then((m: { recipes?: BoneRecipes }) => m.recipes?.sacrum?.sdf() ?? null)
  .catch(() => null)
const AX = HIP_JOINT.acetabulumAxisL
const ASIS = LANDMARKS.asisL
const PT = LANDMARKS.pubicTubercleL

// Directions in the rim plane of the acetabulum.
const perp = (d: V3): V3 => v.norm(v.sub(d, v.scale(AX, v.dot(d, AX))))
const RIM_DOWN = perp([0, -1, 0])
const RIM_FWD = perp([0, 0, 1])
/** The acetabular notch opens downward and a little forward, toward the obturator foramen. */
const NOTCH_DIR = v.norm(v.add(v.scale(RIM_DOWN, 0.9), v.scale(RIM_FWD, 0.42)))

// Landmarks of the left hip bone (model space, metres). Judgement values fitted around the fit
// points; adult textbook proportions (hip bone ≈ 21 cm tall, crest top near L4–L5).
const CREST: V3[] = [
  ASIS,
  [0.1365, 1.046, 0.071],
  [0.1425, 1.061, 0.043], // iliac tubercle: widest and thickest point of the crest
  [0.137, 1.0705, 0.006],
  [0.117, 1.073, -0.027],
  [0.091, 1.066, -0.051],
  [0.064, 1.05, -0.071],
  [0.054, 1.024, -0.095], // PSIS
]
const CREST_R = [0.0045, 0.0048, 0.0072, 0.006, 0.0058, 0.0062, 0.0068, 0.007]
const PSIS = CREST[CREST.length - 1]!
const PIIS: V3 = [0.059, 0.979, -0.094]
const AIIS: V3 = [0.104, 0.972, 0.056]
const SPINE_TIP: V3 = [0.048, 0.907, -0.066]
const SI = SACROILIAC.centreL
const SIN = SACROILIAC.normalL

// ---------------------------------------------------------------------------------------------
// The iliac wing: a curved plate through the crest, the borders and the body above the acetabulum.

function wing(): Sdf {
  return plateThrough({
    mid: [
      ...CREST.map((p, i): [V3, number] => [p, CREST_R[i]! * 0.6]),
      [[0.123, 1.0, 0.079], 0.0042],
      [AIIS, 0.007],
      [[0.094, 0.962, 0.032], 0.011],
      [[0.088, 0.963, 0.0], 0.015],
      [[0.079, 0.962, -0.04], 0.014],
      [[0.071, 0.973, -0.072], 0.012],
      [PIIS, 0.009],
      [[0.069, 1.005, -0.075], 0.014],
      [[0.075, 1.03, -0.058], 0.009],
    ],
    // The iliac fossa: thin, and hollowed toward the gluteal side.
    dents: [
      [[0.105, 1.022, 0.022], -0.007, 0.0016],
      [[0.118, 1.034, 0.05], -0.005, 0.0018],
      [[0.098, 1.035, -0.02], -0.005, 0.002],
      [[0.105, 1.0, 0.04], -0.004, 0.003],
    ],
    outline: [...CREST, PIIS, [0.068, 0.962, -0.068], [0.075, 0.95, -0.045], [0.085, 0.953, -0.01], [0.098, 0.956, 0.035], AIIS, [0.12, 0.998, 0.078]],
    normalHint: [-0.8135, 0.5047, 0.2888],
    xHint: [0.3463, 0.0215, 0.9379],
    round: 0.003,
  })
}

function crest(): Sdf {
  const pts = smoothPath(CREST, 4)
  return tubeIn(pts, smoothRadii(CREST_R, 4))
}

/** Anterior border: ASIS down to AIIS and on to the acetabular rim. */
function anteriorBorder(): Sdf {
  const pts = smoothPath([ASIS, [0.121, 1.0, 0.079], [0.112, 0.985, 0.07], AIIS, [0.098, 0.958, 0.038]], 3)
  return smoothUnionIn(
    0.004,
    tubeIn(pts, smoothRadii([0.0048, 0.004, 0.0045, 0.0062, 0.007], 3)),
    ellipsoid(v.add(ASIS, [0.0, -0.002, -0.001]), [0.0065, 0.0075, 0.0085]),
    orientedEllipsoid(frameXY(AIIS, [0.3, -0.6, 0.75], [1, 0, 0]), [0.011, 0.0075, 0.007]),
  )
}

/** Posterior ilium: PSIS, PIIS and the thick tuberosity behind the auricular surface. */
function posteriorIlium(): Sdf {
  const parts = [
    tubeIn([PSIS, [0.058, 1.0, -0.096], PIIS], [0.0072, 0.0068, 0.0065]),
    orientedEllipsoid(frameXY([0.062, 1.006, -0.072], [0.2, 0.35, -0.92], SIN), [0.03, 0.016, 0.026]),
  ]
  if (SACRUM) {
    // A generous pad toward the sacrum; the sacrum's own surface is cut out of it below.
    const pad = orientedEllipsoid(frameXY([0.048, 1.0, -0.069], [0.2, 0.35, -0.92], SIN), [0.034, 0.017, 0.026])
    // Kept behind the front edge of the joint (the arcuate line) and off the midline.
    parts.push(smoothIntersect(0.004, pad, intersect(halfSpace([0, 0, -0.049], [0, 0, 1]), halfSpace([0.038, 0, 0], [-1, 0, 0]))))
  } else {
    // Auricular "ear": an L-shaped pad pressed against the sacrum, trimmed flat by the joint plane.
    parts.push(
      ribbon(
        smoothPath([v.add(SI, [0.002, 0.024, 0.012]), v.add(SI, [0.001, 0.002, 0.015]), v.add(SI, [0.006, -0.016, 0.004]), v.add(SI, [0.012, -0.026, -0.018])], 3),
        0.0085,
        0.009,
        SIN,
      ),
    )
  }
  return smoothUnionIn(0.006, ...parts)
}

/** The greater sciatic notch margin, the posterior column of the acetabulum and the ischial spine. */
function sciaticMargin(): Sdf {
  const notch = smoothPath([PIIS, [0.067, 0.968, -0.07], [0.071, 0.953, -0.051], [0.067, 0.932, -0.045], [0.06, 0.915, -0.046]], 4)
  return smoothUnionIn(
    0.005,
    tubeIn(notch, smoothRadii([0.0062, 0.0075, 0.0085, 0.008, 0.0065], 4)),
    orientedEllipsoid(frameXY([0.072, 0.935, -0.04], [0, 1, 0.1], [1, 0, 0.3]), [0.018, 0.009, 0.011]),
    // Posterior column: a thick plate from the acetabular roof down the back of the ischium.
    ribbon(
      smoothPath([[0.079, 0.957, -0.03], [0.078, 0.93, -0.036], [0.073, 0.905, -0.039], [0.068, 0.885, -0.037]], 3),
      [0.014, 0.014, 0.013, 0.012, 0.012, 0.012, 0.012, 0.011, 0.011, 0.01],
      0.0085,
      [0.9, 0, 0.45],
    ),
  )
}

// ---------------------------------------------------------------------------------------------
// The ischiopubic frame around the obturator foramen.

/** Centre of the obturator foramen; u runs from the ischium toward the pubis, v up. */
const OBT = frameXY([0.035, 0.8975, 0.042], [-0.68, 0, 0.733], [0, 1, 0])
/** The long axis rises toward the pubis (the foramen's long diameter slants down and back). */
const OBT_TILT = 55
/** Half axes: 52 × 33 mm (textbook about 50 × 30 mm). */
const OBT_A = 0.026
const OBT_B = 0.0165
const SYM_BOTTOM = SYMPHYSIS.topY - SYMPHYSIS.height

/**
 * Ischium and rami as one curved plate around the obturator foramen: thick ischial body, flat
 * ischiopubic ramus, a stout superior ramus. The foramen is cut afterwards.
 */
function ischiopubicFrame(): Sdf {
  // Ischium and ischiopubic ramus: a plate whose upper edge runs inside the foramen (cut later).
  const plate = plateThrough({
    mid: [
      [[0.074, 0.908, -0.024], 0.012],
      [[0.067, 0.886, -0.03], 0.011],
      [[0.067, 0.862, -0.022], 0.009],
      [[0.06, 0.858, -0.002], 0.0052],
      [[0.048, 0.862, 0.02], 0.004],
      [[0.035, 0.867, 0.04], 0.0038],
      [[0.022, 0.877, 0.057], 0.0045],
      [[0.012, 0.892, 0.07], 0.0055],
      [[0.03, 0.897, 0.05], 0.004],
      [[0.058, 0.905, 0.012], 0.007],
      [[0.062, 0.922, 0.014], 0.0065],
    ],
    outline: [
      [0.062, 0.917, -0.046],
      [0.061, 0.897, -0.044],
      [0.069, 0.874, -0.043],
      [0.07, 0.849, -0.024],
      [0.062, 0.851, -0.002],
      [0.05, 0.854, 0.018],
      [0.036, 0.861, 0.038],
      [0.024, 0.869, 0.054],
      [0.012, 0.879, 0.066],
      [0.012, 0.9, 0.07],
      [0.022, 0.902, 0.058],
      [0.035, 0.905, 0.042],
      [0.05, 0.912, 0.024],
      [0.062, 0.928, 0.016],
      [0.074, 0.935, 0.002],
      [0.085, 0.93, -0.035],
    ],
    normalHint: [0.8, 0, 0.6],
    xHint: [-0.6, 0, 0.8],
    round: 0.003,
  })
  // Superior pubic ramus: a bar of rounded-triangular section, sloping gently down to the body,
  // with the sharp pecten on its upper back edge and the obturator crest on its lower front edge.
  const path: V3[] = [[0.068, 0.933, 0.028], [0.051, 0.929, 0.045], [0.035, 0.927, 0.06], [0.022, 0.925, 0.072], [0.012, 0.924, 0.08]]
  const across: V3 = [0.73, 0, 0.68]
  const superior = ribbon(smoothPath(path, 3), smoothRadii([0.0095, 0.0082, 0.0076, 0.0078, 0.0082], 3), smoothRadii([0.0082, 0.0068, 0.0062, 0.006, 0.006], 3), across)
  const shifted = (d: V3) => path.slice(0, 4).map((p) => v.add(p, d))
  const pecten = tubeIn(smoothPath([...shifted([-0.0035, 0.0068, -0.0032]), PT], 3), smoothRadii([0.0024, 0.0021, 0.0019, 0.0019, 0.0026], 3))
  const obturatorCrest = tubeIn(smoothPath(shifted([0.003, -0.0062, 0.0028]), 3), 0.0014)
  // Ischial tuberosity: a thick oval on the back of the ischium, facing backward and down.
  const tuberosity = orientedEllipsoid(frameXY([0.069, 0.864, -0.028], [0, -0.72, 0.69], [0.3, -0.3, -0.9]), [0.022, 0.011, 0.011])
  // The ischial body under the socket, carrying it down to the tuberosity.
  const ischialBody = orientedEllipsoid(frameXY([0.064, 0.892, -0.018], [0, 1, 0.2], [1, 0, 0.3]), [0.024, 0.012, 0.02])
  const spine = roundCone([0.06, 0.914, -0.044], SPINE_TIP, 0.0055, 0.0022)
  return smoothUnionIn(0.007, smoothUnionIn(0.004, plate, superior, pecten, obturatorCrest, ischialBody, tuberosity, spine, pubicBody()), quadrilateralPlate())
}

/** The quadrilateral surface: the flat pelvic wall behind the socket, from the arcuate line down. */
function quadrilateralPlate(): Sdf {
  return plateThrough({
    mid: [
      [[0.059, 0.958, -0.035], 0.0055],
      [[0.061, 0.948, 0.02], 0.0055],
      [[0.056, 0.925, 0.015], 0.005],
      [[0.056, 0.928, -0.03], 0.0055],
      [[0.057, 0.912, -0.01], 0.005],
      [[0.058, 0.897, -0.028], 0.006],
    ],
    outline: [
      [0.06, 0.972, -0.045],
      [0.063, 0.955, 0.0],
      [0.064, 0.944, 0.032],
      [0.054, 0.93, 0.036],
      [0.05, 0.915, 0.02],
      [0.054, 0.896, -0.008],
      [0.058, 0.89, -0.035],
      [0.058, 0.912, -0.045],
      [0.064, 0.94, -0.05],
    ],
    normalHint: [-1, 0.1, 0],
    xHint: [0, 0, 1],
    round: 0.004,
  })
}

/** The pubic body: a flat quadrilateral facing forward, down and out, ending at the symphysis. */
function pubicBody(): Sdf {
  const body = plateThrough({
    mid: [
      [[0.004, 0.927, 0.087], 0.0058],
      [[0.004, 0.896, 0.077], 0.0058],
      [[0.022, 0.924, 0.08], 0.005],
      [[0.02, 0.898, 0.07], 0.0045],
      [[0.012, 0.912, 0.081], 0.006],
    ],
    dents: [[[0.01, 0.912, 0.082], 0.0012, 0.0062]],
    outline: [
      [-0.004, SYMPHYSIS.topY + 0.0005, 0.09],
      [0.006, SYMPHYSIS.topY + 0.0035, 0.09],
      [0.014, SYMPHYSIS.topY + 0.004, 0.089],
      [PT[0], PT[1] + 0.003, PT[2]],
      [0.03, 0.926, 0.076],
      [0.036, 0.91, 0.064],
      [0.03, 0.891, 0.06],
      [0.012, SYM_BOTTOM - 0.003, 0.068],
      [0.002, SYM_BOTTOM - 0.0015, 0.072],
      [-0.004, SYM_BOTTOM + 0.002, 0.074],
    ],
    normalHint: [0.25, -0.3, 0.92],
    xHint: [1, 0, 0],
    round: 0.0045,
  })
  const tubercle = ellipsoid(PT, [0.0045, 0.004, 0.0045])
  const crestRidge = roundCone(PT, [SYMPHYSIS.halfGap + 0.004, SYMPHYSIS.topY - 0.001, 0.088], 0.0032, 0.0036)
  // The symphyseal face: flat, 2.5 mm from the midline.
  return smoothIntersect(0.0015, smoothUnionIn(0.004, body, tubercle, crestRidge), halfSpace([SYMPHYSIS.halfGap, 0, 0], [-1, 0, 0]))
}

// ---------------------------------------------------------------------------------------------

function acetabulum(): Sdf {
  const shell = smoothIntersect(0.006, sphere(v.sub(H, v.scale(AX, 0.004)), 0.036), halfSpace(v.add(H, v.scale(AX, 0.0015)), AX))
  // The quadrilateral surface behind the socket is flat, not a ball.
  return smoothIntersect(0.008, shell, halfSpace([0.05, H[1], H[2]], [-1, 0.12, 0.05]))
}

function acetabularCuts(): Sdf[] {
  const R = HIP_JOINT.acetabulumRadius
  const cup = sphere(H, R)
  // The non-articular fossa, 3–4 mm deeper than the lunate surface: from the floor of the cup down
  // to the notch, leaving the horseshoe-shaped articular surface around it.
  const fossa = sphere(v.add(H, v.add(v.scale(AX, -0.011), v.scale(NOTCH_DIR, 0.004))), 0.0185)
  const fossaLow = sphere(v.add(H, v.add(v.scale(AX, -0.006), v.scale(NOTCH_DIR, 0.013))), 0.0152)
  // The notch: a gap in the rim, about 15 mm wide, opening toward the obturator foramen.
  const notch = roundCone(v.add(H, v.add(v.scale(NOTCH_DIR, R + 0.001), v.scale(AX, 0.001))), v.add(H, v.add(v.scale(NOTCH_DIR, R + 0.004), v.scale(AX, 0.022))), 0.008, 0.0095)
  return [cup, fossa, fossaLow, notch]
}

export function hipBone(): Sdf {
  const bare0 = smoothUnionIn(0.006, wing(), crest(), anteriorBorder(), posteriorIlium(), sciaticMargin())
  // Arcuate line: the rounded pelvic brim from the front of the auricular surface to the pecten,
  // laid onto the inner surface.
  const arcuate = ridgeOn(bare0, [[0.045, 0.992, -0.05], [0.052, 0.97, -0.015], [0.058, 0.954, 0.018], [0.062, 0.946, 0.033]], [1, -0.25, 0], [0.0032, 0.003, 0.0028, 0.0026], -0.0008)
  const ilium = smoothUnionIn(0.005, bare0, arcuate)
  // The auricular surface: against the sacrum with about 1 mm of joint space. Cut to the sacrum's
  // own surface when its recipe is there (it narrows behind the joint), else to the shared plane.
  const iliumTrimmed = SACRUM
    ? smoothSubtract(0.002, ilium, intersect(offset(SACRUM, 0.0012), roundBox(frameXY([0.045, 1.0, -0.065], [1, 0, 0], [0, 1, 0]), [0.03, 0.055, 0.045], 0.005)))
    : smoothIntersect(0.002, ilium, halfSpace(v.add(SI, v.scale(SIN, 0.001)), v.scale(SIN, -1)))
  // The rim stands proud: the neighbouring parts fall away around it, except at the notch.
  const collar = intersect(cylinder(frameFromUp(v.add(H, v.scale(AX, 0.012)), AX), 0.047, 0.017, 0.004), halfSpace(v.add(H, v.scale(NOTCH_DIR, 0.014)), NOTCH_DIR))
  const clearance = intersect(cylinder(frameFromUp(v.add(H, v.scale(AX, 0.004 + 0.02)), AX), 0.031, 0.02, 0.004), halfSpace(v.add(H, v.scale(NOTCH_DIR, 0.026)), NOTCH_DIR))
  const around = smoothSubtract(0.005, smoothUnionIn(0.007, iliumTrimmed, ischiopubicFrame()), collar, clearance)
  const body = smoothUnionIn(0.004, around, acetabulum())
  const foramen = superEllipsePrism(
    { ...frameXY(OBT.origin, rotateDir(OBT.x, OBT.z, OBT_TILT), rotateDir(OBT.y, OBT.z, OBT_TILT)) },
    OBT_A,
    OBT_B,
    0.03,
    2.2,
  )
  const withForamen = smoothSubtract(0.003, body, foramen)
  const [cup, fossa, fossaLow, notch] = acetabularCuts()
  return smoothSubtract(0.001, smoothSubtract(0.003, smoothSubtract(0.002, withForamen, cup!), notch!), fossa!, fossaLow!)
}

export const recipes: BoneRecipes = {
  hip_bone_l: { sdf: hipBone, voxel: 0.001, maxTriangles: 6000 },
}
