/**
 * The left hip bone (ilium, ischium and pubis fused), authored in model space around the shared fit
 * points; its landmarks and their sources are in lib/pelvis-hip.ts, the sacroiliac joint it shares with
 * the sacrum in lib/pelvis-joint.ts.
 *
 * Built as curved plates (the iliac wing, the ischial body) with thickened borders (crest, spines,
 * sciatic notches), a shell with a raised rim for the acetabulum, bars for the pubic rami around the
 * obturator foramen, a flattened oval pubic body, and smooth cuts for the cup, its fossa and notch and
 * the foramen. The auricular surface is an ear-shaped pad standing proud of the bone around it,
 * parallel to the sacrum's own and 1.5 mm from it.
 */
import type { BoneRecipes } from '../recipe'
import {
  ellipsoid,
  frameFromUp,
  halfSpace,
  intersect,
  orientedEllipsoid,
  roundCone,
  smoothIntersect,
  smoothPath,
  smoothRadii,
  smoothSubtract,
  smoothUnion,
  sphere,
  subtract,
  torus,
  v,
  type Sdf,
  type V3,
} from '../sdf/core'
import { HIP_JOINT, SYMPHYSIS } from './lib/interfaces'
import { closedSpline, frameXY, plateThrough, polygon2, ribbon, ridgeOn, smoothUnionIn, toLocal, tubeIn, type P2 } from './lib/leg-sdf'
import { AIIS, ARCUATE, AX, ASIS, CREST, H, LESSER, NOTCH_DIR, OBTURATOR, PIIS, PSIS, PT, SCIATIC, SPINE_TIP, TUBEROSITY, mm } from './lib/pelvis-hip'
import { SI_JOINT, earPrism, fromJoint, planeDistance } from './lib/pelvis-joint'

/** A mid-surface point of a plate (mm) with its half thickness (mm), in model units. */
const row = (p: readonly [number, number, number], h: number) => [mm(p), h / 1000] as const

type Row = readonly (readonly [readonly [number, number, number], number])[]

// ---------------------------------------------------------------------------------------------
// Ilium

/**
 * The wing as one curved plate: rows from the body (thick, over the acetabulum) up to the crest, front
 * to back. The iliac fossa is thinnest (about 4.5 mm) in its middle, the crest and the body thick; behind, the
 * plate thickens into the part that carries the auricular surface.
 */
const WING_ROWS: Row[] = [
  [[[112, 985, 40], 5], [[117, 994, 42.5], 4]],
  [[[100, 966, 25], 10], [[111, 985, 27], 5], [[120.5, 1002.7, 28], 3], [[125.5, 1014.2, 28.5], 3.2]],
  [[[85, 965, 6], 14], [[102, 988, 7], 5], [[115.5, 1007.1, 7], 2.4], [[125, 1022.2, 7], 2.6], [[132, 1033.7, 7], 3.6]],
  [[[80, 967, -14], 16], [[96.5, 990, -15], 5.5], [[110.5, 1010.6, -15], 2.2], [[122, 1029.3, -15], 2.4], [[130, 1045.2, -15], 3.6]],
  [[[76, 970, -32], 15], [[79, 995, -34], 12], [[89, 1017.7, -35], 6.5], [[104, 1038.1, -35], 3], [[122, 1054.1, -35], 3.8]],
  [[[72, 962, -50], 11], [[64.4, 985, -51], 11.7], [[65.7, 1009, -52], 11.3], [[68.9, 1029, -53], 13], [[90, 1047, -53], 5], [[107, 1058, -53], 4.5]],
  [[[57.4, 976, -71], 10.6], [[59.4, 1000, -70], 10.6], [[62.3, 1022, -69], 11.8], [[75, 1039.9, -69], 9], [[88, 1053.2, -69], 6]],
  [[[55, 987, -84], 11], [[57.9, 1009, -84], 12.1], [[60.7, 1029, -83], 13.3], [[71, 1042.6, -83], 8]],
  [[[53.3, 992, -91], 10.8], [[55.9, 1011.5, -92], 12.1], [[56.6, 1028.4, -92], 11.4]],
]

function wing(): Sdf {
  return plateThrough({
    mid: WING_ROWS.flat().map(([p, h]) => row(p, h)),
    outline: [
      ...CREST,
      v.add(PSIS, mm([1, -12, 1])),
      PIIS,
      ...SCIATIC.slice(1, 4),
      mm([76, 952, -35]),
      mm([81, 953, -15]),
      mm([90, 953, 5]),
      mm([98, 956, 22]),
      AIIS,
      mm([112, 985, 41]),
    ],
    normalHint: [-0.8, 0.45, 0.3],
    xHint: [0.3, 0, 0.95],
    round: 0.003,
    smooth: 0.002,
  })
}

/** The crest: broad and rounded, widest at the tubercle and behind, where the muscles of the back hold. */
function crest(): Sdf {
  // Ends pulled in so that the ASIS and PSIS landmarks are the tips of the bone, not of the ribbon.
  const pts = smoothPath([v.add(ASIS, mm([0, 1, -5])), ...CREST.slice(1, -1), v.add(PSIS, mm([0, 1, 6]))], 4)
  const across = [5, 4.5, 6.5, 5.5, 5.5, 6, 7, 8, 8.5, 8].map((r) => r / 1000)
  const tall = [4.5, 4, 4.5, 4.5, 4.5, 4.5, 5, 5.5, 6.5, 7.5].map((r) => r / 1000)
  return ribbon(pts, smoothRadii(across, 4), smoothRadii(tall, 4), [0, 1, 0])
}

/** ASIS and AIIS with the concave border between them. */
function anteriorSpines(): Sdf {
  const asisTip = v.add(ASIS, mm([0, -0.5, -4]))
  const aiis = v.add(AIIS, mm([0, 0, -2.5]))
  return smoothUnionIn(
    0.004,
    roundCone(v.add(ASIS, mm([3, 9, -14])), asisTip, 0.0055, 0.0043),
    tubeIn(smoothPath([asisTip, mm([114, 988, 39]), mm([108.5, 977, 37]), aiis], 3), smoothRadii([0.0042, 0.0034, 0.0038, 0.0055], 3)),
    orientedEllipsoid(frameXY(aiis, [0.2, -1, 0.1], [1, 0, 0]), [0.009, 0.0065, 0.006]),
  )
}

/**
 * The part behind the iliac fossa that meets the sacrum: a thick slab along the joint plane under the
 * auricular surface, and the rough iliac tuberosity above and behind it.
 */
function retroAuricular(): Sdf {
  // Its medial face stops short of the joint plane (the ear is added later, standing proud of it).
  const slab = earPrism(SI_JOINT.gap / 2 + SI_JOINT.relief, 0.018, 0.003, 0.005)
  const f = frameXY(fromJoint(0.008, 0.017, 0.026), SI_JOINT.s, SI_JOINT.normal)
  const iliacTuberosity = orientedEllipsoid(f, [0.022, 0.011, 0.017])
  return smoothUnionIn(0.008, slab, iliacTuberosity)
}

/** The margin of the greater sciatic notch (thick and rounded), the ischial spine and the lesser notch. */
function sciaticMargins(): Sdf {
  const greater = tubeIn(smoothPath(SCIATIC, 4), smoothRadii([6, 6.5, 7.5, 8.5, 8.5, 7.5, 6.5].map((r) => r / 1000), 4))
  const spine = roundCone(mm([60, 914, -52.5]), SPINE_TIP, 0.0052, 0.0019)
  const lesser = tubeIn(smoothPath(LESSER, 3), smoothRadii([6.5, 5.5, 5.5, 6.5].map((r) => r / 1000), 3))
  return smoothUnionIn(0.004, greater, spine, lesser)
}

// ---------------------------------------------------------------------------------------------
// Acetabulum

/** The pelvic wall behind the socket (quadrilateral surface): flat, sloping in below the brim. */
// 2 mm further in than the cup's radius needs, so the wall behind the lunate surface keeps 3 mm.
const QUAD_POINT = mm([55, 940, 0])
const QUAD_NORMAL = v.norm([-0.96, 0.28, 0.05])

/**
 * The rim plane sits this far inside the head's centre: the bony cup is a little less than a hemisphere
 * (the labrum, not modelled, completes it), which with the 50° opening gives a lateral centre-edge
 * angle near ACETABULUM.centreEdgeAngle, measured on the mesh by the model test.
 */
const RIM_DEPTH = -0.0062

function acetabulum(): Sdf {
  const R = HIP_JOINT.acetabulumRadius
  const shell = smoothIntersect(0.005, sphere(v.sub(H, v.scale(AX, 0.003)), R + 0.0085), halfSpace(v.add(H, v.scale(AX, RIM_DEPTH)), AX))
  // The rim (limbus): a rounded margin standing a little proud, broken at the notch by the cuts below.
  const lip = torus(frameFromUp(v.add(H, v.scale(AX, RIM_DEPTH - 0.0012)), AX), Math.sqrt(R * R - RIM_DEPTH * RIM_DEPTH) + 0.0028, 0.0028)
  // The body of the ilium over the socket: the thickest part of the bone, carrying the wing.
  const roof = orientedEllipsoid(frameXY(mm([84, 958, -10]), [0.15, 0.1, 1], [0, 1, 0]), [0.033, 0.017, 0.018])
  // The anterior column: from under the AIIS down over the front of the socket to the superior ramus.
  const column = tubeIn(smoothPath([v.add(AIIS, mm([-3, -4, -5])), mm([90, 950, 20]), mm([77, 940, 19]), mm([67, 931, 17])], 3), smoothRadii([0.008, 0.0095, 0.0095, 0.009], 3))
  const walls = smoothUnionIn(0.01, smoothUnionIn(0.006, smoothUnionIn(0.004, shell, lip), roof, column), quadrilateralPad())
  // Below the notch the socket's wall stops at the obturator foramen.
  const underNotch = halfSpace(v.add(H, v.scale(NOTCH_DIR, 0.041)), NOTCH_DIR)
  return smoothIntersect(0.004, smoothIntersect(0.008, walls, halfSpace(QUAD_POINT, QUAD_NORMAL)), underNotch)
}

/**
 * The quadrilateral surface: the pelvic wall behind the socket, from under the brim to the obturator
 * groove and the spine. A broad, low dome whose apex is shaved flat by the socket's wall plane, so it
 * blends into the ilium above and the ischium below without an edge.
 */
function quadrilateralPad(): Sdf {
  const apex = mm([54.5, 936, -14])
  const lateral = v.scale(QUAD_NORMAL, -1)
  const f = frameXY(v.add(apex, v.scale(lateral, 0.0145)), [0, 0.25, -1], lateral)
  return orientedEllipsoid(f, [0.036, 0.016, 0.026])
}

/** The solid cone with its apex at `apex`, opening along the unit `axis` with half-angle `deg`. */
function cone(apex: V3, axis: V3, deg: number, length: number): Sdf {
  const c = Math.cos((deg * Math.PI) / 180), s = Math.sin((deg * Math.PI) / 180)
  const [ax, ay, az] = apex, [nx, ny, nz] = axis
  const reach = length / c
  return {
    bounds: { min: [ax - reach, ay - reach, az - reach], max: [ax + reach, ay + reach, az + reach] },
    d: (x, y, z) => {
      const qx = x - ax, qy = y - ay, qz = z - az
      const h = qx * nx + qy * ny + qz * nz
      const r = Math.sqrt(Math.max(qx * qx + qy * qy + qz * qz - h * h, 0))
      return Math.max(r * c - h * s, -h)
    },
  }
}

/** Directions from the head's centre: from the deepest point of the cup (t = 0) to the notch (t = π/2). */
const towardNotch = (t: number) => v.norm(v.add(v.scale(AX, -Math.cos(t)), v.scale(NOTCH_DIR, Math.sin(t))))

function acetabularCuts(): Sdf[] {
  const R = HIP_JOINT.acetabulumRadius
  const cup = sphere(H, R)
  // The non-articular fossa: a depression 3.5 mm deep with a distinct wall, in the floor of the cup
  // from the deepest point down to the notch, so that the articular (lunate) surface around it is a
  // horseshoe, broad over the roof and open below. Two cones of directions make its outline.
  const deeper = sphere(H, R + 0.0035)
  const fossa = intersect(deeper, cone(H, towardNotch(0.55), 31, 0.04))
  const fossaLow = intersect(deeper, cone(H, towardNotch(1.1), 24, 0.04))
  // The notch: a gap in the rim about 15 mm wide, opening toward the obturator foramen.
  const notch = roundCone(v.add(H, v.add(v.scale(NOTCH_DIR, R - 0.0015), v.scale(AX, 0.001))), v.add(H, v.add(v.scale(NOTCH_DIR, R), v.scale(AX, 0.02))), 0.0072, 0.0085)
  return [cup, fossa, fossaLow, notch]
}

/**
 * The floor behind the fossa: a 2.2 mm plate following it, so that the fossa never opens through the
 * thin quadrilateral wall (the real floor is thin but closed).
 */
function fossaFloor(): Sdf {
  const R = HIP_JOINT.acetabulumRadius
  const bowl = subtract(sphere(H, R + 0.0057), sphere(H, R + 0.001))
  return intersect(bowl, smoothUnion(0.004, cone(H, towardNotch(0.55), 35, 0.04), cone(H, towardNotch(1.05), 26, 0.04)))
}

/**
 * What stands beyond the rim around the socket's mouth (the roof and column are blended on whole) is
 * chamfered away by a cone through the rim's outer edge, so the bony rim and not the roof decides how
 * far the cup covers the head, and the bone falls away from the rim outward.
 */
function mouth(): Sdf {
  const R = HIP_JOINT.acetabulumRadius
  const rimRadius = Math.sqrt(R * R - RIM_DEPTH * RIM_DEPTH) + 0.003
  const flare = 58
  const apex = v.add(H, v.scale(AX, RIM_DEPTH + 0.0015 - rimRadius / Math.tan((flare * Math.PI) / 180)))
  // Only around the mouth, and not on the notch side: further out (the ischium below, the AIIS in
  // front) and the bar under the notch the bone is left alone.
  const near = intersect(sphere(H, R + 0.016), halfSpace(v.add(H, v.scale(NOTCH_DIR, 0.012)), NOTCH_DIR, 0.06))
  return intersect(intersect(cone(apex, AX, flare, 0.05), near), halfSpace(v.add(H, v.scale(AX, RIM_DEPTH + 0.0015)), v.scale(AX, -1), 0.06))
}

// ---------------------------------------------------------------------------------------------
// Ischium

/**
 * The ischial body: a plate from under the acetabulum to the tuberosity, between the foramen in front
 * and the spine and lesser notch behind (their rounded borders are tubes of the ilium's part).
 */
function ischialBody(): Sdf {
  return plateThrough({
    mid: [
      row([70, 910, -12], 7),
      row([70, 912, -30], 8),
      row([64, 912, -46], 6),
      row([67, 898, -10], 6.5),
      row([68, 898, -30], 7.5),
      row([63, 897, -47], 5),
      row([65, 885, -12], 6),
      row([67, 884, -30], 8),
      row([64, 884, -45], 6),
      row([62, 870, -15], 6),
      row([66, 870, -30], 8),
    ],
    outline: [mm([64, 918, 2]), mm([68, 921, -25]), mm([61, 917, -50]), ...LESSER, mm([66, 866, -42]), mm([65, 853, -22]), mm([60, 856, -10]), mm([58, 870, -5]), mm([60, 884, -5]), mm([61.5, 896, -1])],
    normalHint: [1, 0, 0.15],
    xHint: [0, 0, 1],
    round: 0.005,
  })
}

/** The tuberosity: a rough, thick egg under the back of the ischium, facing down and back. */
function tuberosity(): Sdf {
  const { centre, axis, half } = TUBEROSITY
  const f = frameXY(centre, axis, [1, 0, 0])
  const at = (a: number, b: number, c: number): V3 => v.add(centre, v.add(v.add(v.scale(f.x, a / 1000), v.scale(f.y, b / 1000)), v.scale(f.z, c / 1000)))
  // Facets for the hamstrings and adductor magnus read as low swellings on its surface.
  return smoothUnionIn(
    0.004,
    orientedEllipsoid(f, half),
    orientedEllipsoid(frameXY(at(-9, 3, -5), axis, [1, 0, 0]), [0.011, 0.0075, 0.0065]),
    orientedEllipsoid(frameXY(at(-8, -5, -5), axis, [1, 0, 0]), [0.01, 0.0065, 0.006]),
    orientedEllipsoid(frameXY(at(9, 1, -5), axis, [1, 0, 0]), [0.012, 0.0085, 0.0065]),
  )
}

// ---------------------------------------------------------------------------------------------
// Pubis

/** Superior ramus: a stout bar from the acetabulum to the upper corner of the pubic body, with the sharp
 * pecten on its upper back edge and the obturator crest on its lower front edge. */
function superiorRamus(): Sdf {
  const path: V3[] = [mm([68, 926, 15]), mm([58, 918, 20.5]), mm([47.5, 910, 25.5]), mm([37, 904, 30]), mm([28, 900.5, 33])]
  const bar = ribbon(smoothPath(path, 3), smoothRadii([11.5, 10.5, 9.5, 9, 9].map((r) => r / 1000), 3), smoothRadii([8.5, 7.5, 6.5, 6.5, 6.5].map((r) => r / 1000), 3), v.norm([0.35, 0, 0.94]))
  const pecten = tubeIn(smoothPath([...ARCUATE.slice(-2), ...path.slice(1, 4).map((p) => v.add(p, mm([0, 10, -4]))), v.add(PT, mm([0, 2.5, -3.5]))], 3), 0.002)
  const obturatorCrest = tubeIn(smoothPath([v.add(PT, mm([1, -3, -1])), ...path.slice(1, 4).toReversed().map((p) => v.add(p, mm([0, -6.5, 5])))], 3), 0.0015)
  return smoothUnionIn(0.003, bar, pecten, obturatorCrest)
}

/**
 * The pubic body: a flat plate about 35 mm tall and 25 mm wide, its front facing forward, down and
 * out, ending medially in the oval symphyseal face 2.5 mm from the midline; the rounded pubic crest
 * runs along its top to the tubercle.
 */
function pubicBody(): Sdf {
  const plate = plateThrough({
    mid: [row([3, 909, 35.5], 7), row([3, 881, 21], 5.5), row([13, 908, 36.5], 7), row([12, 884, 23.5], 6), row([23, 904, 33], 5.5), row([21, 886, 23.5], 4.2), row([17, 869, 12], 4.2), row([12, 896, 30.5], 7.5)],
    outline: [mm([-1, 913, 39]), mm([12, 912.5, 39.5]), mm([21, 910, 39]), mm([30, 906, 35]), mm([29.5, 895, 29]), mm([27, 885, 22]), mm([24, 871, 12.5]), mm([17, 864, 10]), mm([9.5, 869.5, 13.5]), mm([4, 876.5, 17.5]), mm([-1, 882, 20])],
    normalHint: [0.15, -0.45, 0.88],
    xHint: [1, 0, 0],
    // Fully rounded rims: a flattened oval, not a box.
    round: 0.007,
  })
  const crestRidge = tubeIn(smoothPath([v.add(PT, mm([0, 1.3, -2.5])), mm([12, 909.5, 37]), mm([3, 909.2, 36])], 3), smoothRadii([0.0033, 0.0031, 0.003], 3))
  const tubercle = ellipsoid(v.add(PT, mm([0, 0, -3])), [0.004, 0.0035, 0.0032])
  return smoothIntersect(0.0015, smoothUnionIn(0.004, plate, crestRidge, tubercle), halfSpace([SYMPHYSIS.halfGap, 0, 0], [-1, 0, 0]))
}

/** Inferior pubic and ischial rami: one flat band from the lower corner of the pubic body down and
 * back to the tuberosity, its lower border forming the pubic arch (steep under the symphysis, then
 * swinging out to the tuberosity). */
function ischiopubicRamus(): Sdf {
  const path: V3[] = [mm([14, 877, 16]), mm([20, 871, 11]), mm([28, 867.5, 6]), mm([38, 864.5, 0.5]), mm([48.5, 862.5, -5]), mm([58, 862, -11])]
  const normals = ([
    [0.25, -0.35, 0.9],
    [0.38, -0.4, 0.83],
    [0.5, -0.42, 0.76],
    [0.6, -0.42, 0.68],
    [0.7, -0.42, 0.58],
    [0.8, -0.4, 0.45],
  ] as V3[]).map((n) => v.norm(n))
  const P = smoothPath(path, 3)
  const N = smoothPath(normals, 3).map((n) => v.norm(n))
  return ribbon(P, smoothRadii([8.5, 8.5, 8.5, 8.5, 8.5, 9].map((r) => r / 1000), 3), smoothRadii([4.6, 4.2, 3.9, 3.8, 4, 4.6].map((r) => r / 1000), 3), N)
}

/** The obturator foramen: the margin above (lib/pelvis-hip.ts), extruded through the bars around it. */
function obturatorCut(): Sdf {
  // Local Y is the hole's axis: forward, outward and a little down, turned further out than the
  // margin's own plane so that the opening reads from the side as well as from the front.
  const centre = v.scale(OBTURATOR.reduce<V3>((s, p) => v.add(s, p), [0, 0, 0]), 1 / OBTURATOR.length)
  const axis = v.norm([0.72, -0.32, 0.62])
  const ux = v.norm(v.sub([-0.62, 0, 0.72], v.scale(axis, v.dot([-0.62, 0, 0.72], axis))))
  const frame = { origin: centre, x: ux, y: axis, z: v.cross(ux, axis) }
  const poly = polygon2(closedSpline(OBTURATOR.map((p): P2 => {
    const q = toLocal(frame, p)
    return [q[0], q[2]]
  }), 5))
  const depth = 0.022
  const [ox, oy, oz] = frame.origin
  const X = frame.x, Y = frame.y, Z = frame.z
  const corners: V3[] = []
  for (const a of [poly.min[0], poly.max[0]]) for (const b of [poly.min[1], poly.max[1]]) for (const c of [-depth, depth]) corners.push(v.add(frame.origin, v.add(v.add(v.scale(X, a), v.scale(Z, b)), v.scale(Y, c))))
  const lo = [0, 1, 2].map((i) => Math.min(...corners.map((p) => p[i]!))) as unknown as V3
  const hi = [0, 1, 2].map((i) => Math.max(...corners.map((p) => p[i]!))) as unknown as V3
  return {
    bounds: { min: lo, max: hi },
    d: (x, y, z) => {
      const qx = x - ox, qy = y - oy, qz = z - oz
      const a = poly.d(qx * X[0] + qy * X[1] + qz * X[2], qx * Z[0] + qy * Z[1] + qz * Z[2])
      const b = Math.abs(qx * Y[0] + qy * Y[1] + qz * Y[2]) - depth
      return Math.min(Math.max(a, b), 0) + Math.hypot(Math.max(a, 0), Math.max(b, 0))
    },
  }
}

// ---------------------------------------------------------------------------------------------

export function hipBone(): Sdf {
  const iliumRaw = smoothUnionIn(0.01, smoothUnionIn(0.006, smoothUnionIn(0.004, wing(), retroAuricular()), crest(), anteriorSpines(), sciaticMargins()), acetabulum())
  // Arcuate line: the rounded pelvic brim from the front of the auricular surface to the pecten.
  const arcuate = ridgeOn(iliumRaw, ARCUATE.slice(1, 5), [1, -0.15, 0], [0.0035, 0.0042, 0.004, 0.0032], -0.0022)
  let ilium = smoothUnionIn(0.006, iliumRaw, arcuate)

  // The bone around the auricular surface stops short of the joint plane; the ear itself stands proud.
  const face = SI_JOINT.gap / 2
  const recess = face + SI_JOINT.relief
  const near = earPrism(-0.03, 0.03, 0.012, 0.004)
  ilium = smoothSubtract(0.003, ilium, { bounds: near.bounds, d: (x, y, z) => Math.max(near.d(x, y, z), planeDistance(x, y, z) - recess) })
  ilium = smoothUnionIn(0.0015, ilium, earPrism(face, face + 0.006, 0, 0.0012))
  // Nothing crosses the ilium's side of the joint space.
  const side = earPrism(-0.03, 0.03, 0.02, 0.004)
  ilium = { bounds: ilium.bounds, d: ((d) => (x: number, y: number, z: number) => (side.d(x, y, z) < 0 ? Math.max(d(x, y, z), face - planeDistance(x, y, z)) : d(x, y, z)))(ilium.d) }

  const ischium = smoothUnionIn(0.005, ischialBody(), tuberosity())
  // The bar under the acetabular notch, from the ischium to the superior ramus: the upper lateral
  // margin of the foramen (the obturator groove runs under it).
  const underNotchBar = tubeIn(smoothPath([mm([63, 884, -7]), mm([62.5, 893, -2]), mm([57, 899, 7]), mm([50, 902, 15])], 3), smoothRadii([0.007, 0.0072, 0.007, 0.0065], 3))
  const pubis = smoothUnionIn(0.004, superiorRamus(), pubicBody(), ischiopubicRamus(), underNotchBar)
  const frame = smoothUnionIn(0.006, ischium, pubis)
  const body = smoothUnionIn(0.006, ilium, frame)
  const withForamen = smoothSubtract(0.003, body, obturatorCut())
  const [cup, fossa, fossaLow, notch] = acetabularCuts()
  const closed = smoothUnionIn(0.002, smoothSubtract(0.004, withForamen, mouth()), fossaFloor())
  return smoothSubtract(0.0018, smoothSubtract(0.003, smoothSubtract(0.002, closed, cup!), notch!), fossa!, fossaLow!)
}

export const recipes: BoneRecipes = {
  // The budget left room: more triangles keep the wide, gently curved wing from showing facets.
  hip_bone_l: { sdf: hipBone, voxel: 0.001, error: 0.0002, maxTriangles: 9000 },
}
