/**
 * The left tibia and fibula. The tibial plateau carries the femoral condyles at KNEE_JOINT.plateauY,
 * the fibular head meets the lateral tibial condyle at KNEE_JOINT.fibulaHeadL, and below, the tibial
 * plafond (ANKLE_JOINT.plafondY) and the two malleoli (tips at the shared fit points) make the
 * mortise around the talus. The shaft twists ~30° outward from knee to ankle (tibial torsion).
 */
import type { BoneRecipes } from '../recipe'
import {
  cylinder,
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
  sphere,
  v,
  type Sdf,
  type V3,
} from '../sdf/core'
import { ANKLE_JOINT, KNEE_JOINT } from './lib/interfaces'
import { frameXY, profiledShaft, ribbon, smoothUnionIn, tubeIn } from './lib/leg-sdf'

const K = KNEE_JOINT.centreL
const PY = KNEE_JOINT.plateauY
const A = ANKLE_JOINT.centreL
const TORSION = (KNEE_JOINT.tibialTorsion * Math.PI) / 180
/** Bimalleolar (mortise) axis, medial to lateral: turned outward about 20° from the knee axis. */
const MAL_AXIS: V3 = v.norm(v.sub(ANKLE_JOINT.lateralMalleolusTipL, ANKLE_JOINT.medialMalleolusTipL).map((c, i) => (i === 1 ? 0 : c)) as unknown as V3)
const MAL_FWD: V3 = v.cross(MAL_AXIS, [0, 1, 0])
const FIB_HEAD = KNEE_JOINT.fibulaHeadL
const FIB_HEAD_R = 0.0115

// ---------------------------------------------------------------------------------------------
// Fibula

/** Centre line of the fibula: from the head down the back of the leg to the lateral malleolus. */
const FIB_PATH: V3[] = [
  [FIB_HEAD[0] - 0.001, FIB_HEAD[1] - 0.012, FIB_HEAD[2] + 0.001],
  [FIB_HEAD[0] - 0.003, FIB_HEAD[1] - 0.07, FIB_HEAD[2] + 0.002],
  [FIB_HEAD[0] - 0.006, 0.27, FIB_HEAD[2] + 0.004],
  [A[0] + 0.023, 0.15, A[2] - 0.008],
  [A[0] + 0.0215, A[1] + 0.038, A[2] - 0.006],
]
/** Lateral malleolus: its inner face is the lateral wall of the mortise. */
const LAT_MAL_TOP: V3 = [A[0] + 0.021, A[1] + 0.035, A[2] - 0.006]
const LAT_MAL_TIP = ANKLE_JOINT.lateralMalleolusTipL

function fibula(): Sdf {
  const head = smoothUnionIn(
    0.004,
    orientedEllipsoid(frameXY(FIB_HEAD, [0.8, 0, -0.6], [0, 1, 0]), [0.0125, FIB_HEAD_R, 0.011]),
    // Apex (styloid process) rising at the back of the head.
    roundCone(v.add(FIB_HEAD, [0.003, 0.004, -0.005]), v.add(FIB_HEAD, [0.006, 0.014, -0.009]), 0.006, 0.0028),
  )
  const shaft = tubeIn(smoothPath(FIB_PATH, 4), smoothRadii([0.0085, 0.0066, 0.0068, 0.0068, 0.0082], 4))
  // A sharp interosseous border facing the tibia.
  const border = tubeIn(smoothPath(FIB_PATH.slice(1, 4).map((p) => v.add(p, [-0.0045, 0, 0.001])), 4), 0.0032)
  // Lateral malleolus: a flattened pyramid, longer and lower than the medial one.
  const malleolus = ribbon(
    smoothPath([LAT_MAL_TOP, v.lerp(LAT_MAL_TOP, LAT_MAL_TIP, 0.55), v.add(LAT_MAL_TIP, [0, 0.0078, 0])], 3),
    smoothRadii([0.013, 0.0128, 0.0078], 3),
    smoothRadii([0.0085, 0.008, 0.0055], 3),
    MAL_AXIS,
  )
  let bone = smoothUnionIn(0.005, head, shaft, border, malleolus)
  // Articular facet of the malleolus: flat, on the line of the mortise.
  const facetPlane = v.add(A, v.scale(MAL_AXIS, ANKLE_JOINT.mortiseHalfWidth))
  bone = smoothIntersect(0.0015, bone, halfSpace(facetPlane, v.scale(MAL_AXIS, -1)))
  // Malleolar fossa: the pit behind the facet.
  const fossa = ellipsoid(v.add(v.add(facetPlane, v.scale(MAL_FWD, -0.0095)), [0.001, -0.008, 0]), [0.003, 0.006, 0.0035])
  return smoothSubtract(0.003, bone, fossa)
}

// ---------------------------------------------------------------------------------------------
// Tibia

/** Shaft centre line, knee to ankle. */
const TIB_PATH: V3[] = [
  [K[0] + 0.001, PY - 0.055, K[2] - 0.001],
  [K[0] + 0.0005, 0.35, K[2] + 0.0],
  [K[0] - 0.001, 0.22, K[2] - 0.002],
  [A[0], A[1] + 0.075, A[2] + 0.001],
  [A[0] + 0.001, A[1] + 0.048, A[2] - 0.001],
]

/** Mean radius of the shaft along its length: narrowest low in the middle third (about 22 mm). */
const shaftRadius = (t: number) => 0.0165 - 0.006 * Math.sin(Math.PI * Math.min(t / 0.8, 1)) + 0.006 * Math.max(0, (t - 0.8) / 0.2) ** 1.5

/** Triangular section: anterior crest, medial and interosseous borders. */
const shaftSection = (t: number, th: number) => {
  const wrapped = ((((th + Math.PI) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI)) - Math.PI
  const crest = Math.exp(-((wrapped / 0.28) ** 2))
  return shaftRadius(t) * (1 + 0.13 * Math.cos(3 * th)) + 0.0025 * crest * (1 - 0.6 * t)
}

function tibialShaft(): Sdf {
  // θ = 0 points forward (the crest) and turns medially; the twist turns the section outward going down.
  return profiledShaft(smoothPath(TIB_PATH, 4), shaftSection, [0, 0, 1], 0.026, (t) => -TORSION * t)
}

function proximalTibia(): Sdf {
  const zc = K[2] - 0.004
  // Condyles: medial broader and deeper front to back; together about 76 mm wide.
  const medial = ellipsoid([K[0] - 0.0185, PY - 0.013, zc - 0.002], [0.021, 0.02, 0.026])
  const lateral = ellipsoid([K[0] + 0.0185, PY - 0.014, zc - 0.003], [0.0195, 0.019, 0.023])
  const middle = ellipsoid([K[0], PY - 0.012, zc - 0.001], [0.016, 0.016, 0.021])
  // Metaphysis: narrows into the shaft over about 6 cm.
  const flare = roundCone([K[0], PY - 0.022, zc + 0.001], [K[0] + 0.001, PY - 0.075, K[2] - 0.001], 0.029, 0.0175)
  // Tibial tuberosity in front, for the patellar ligament; Gerdy's tubercle anterolaterally.
  const tuberosity = orientedEllipsoid(frameXY([K[0] + 0.004, PY - 0.036, zc + 0.027], [0, 1, 0.15], [0, 0, 1]), [0.017, 0.0085, 0.011])
  const gerdy = ellipsoid([K[0] + 0.026, PY - 0.02, zc + 0.013], [0.006, 0.006, 0.006])
  // The overhanging posterolateral corner that carries the fibular facet.
  const fibularCorner = ellipsoid([FIB_HEAD[0] - 0.011, FIB_HEAD[1] + 0.006, FIB_HEAD[2] + 0.004], [0.01, 0.009, 0.01])
  let top = smoothUnionIn(0.008, medial, lateral, middle, flare, tuberosity, gerdy, fibularCorner)
  // Plateau: cut flat with the posterior slope (about 7°), medial plateau slightly hollowed.
  const slope = (7 * Math.PI) / 180
  top = smoothIntersect(0.003, top, halfSpace([K[0], PY, K[2]], [0, Math.cos(slope), -Math.sin(slope)]))
  const medialHollow = sphere([K[0] - 0.019, PY + 0.09 - 0.0015, zc - 0.002], 0.09)
  top = smoothSubtract(0.004, top, medialHollow)
  // Intercondylar eminence: medial and lateral tubercles rising between the plateaus.
  const eminence = smoothUnionIn(
    0.004,
    orientedEllipsoid(frameXY([K[0] - 0.0045, PY + 0.001, zc + 0.001], [0, 1, 0], [1, 0, 0]), [0.0068, 0.0052, 0.011]),
    orientedEllipsoid(frameXY([K[0] + 0.0055, PY + 0.0, zc + 0.002], [0, 1, 0], [1, 0, 0]), [0.0062, 0.005, 0.0095]),
  )
  top = smoothUnionIn(0.005, top, eminence)
  // Fibular facet: where the fibular head sits, just under the lateral condyle.
  return smoothSubtract(0.0015, top, sphere(FIB_HEAD, FIB_HEAD_R + 0.0006))
}

function distalTibia(): Sdf {
  // Distal end: broader than the shaft, turned outward with the torsion.
  const frame = frameXY([A[0] + 0.0015, A[1] + 0.044, A[2] + 0.001], MAL_AXIS, [0, 1, 0])
  const end = orientedEllipsoid(frame, [0.0255, 0.036, 0.0205])
  // Medial malleolus: a broad, flattened process on the medial side, tip at the fit point.
  const tip = ANKLE_JOINT.medialMalleolusTipL
  const malleolus = ribbon(
    smoothPath([v.add(tip, [0.002, 0.045, -0.004]), v.add(tip, [0.0015, 0.022, -0.002]), v.add(tip, [0.0008, 0.0085, 0])], 3),
    smoothRadii([0.016, 0.0135, 0.0085], 3),
    smoothRadii([0.0088, 0.008, 0.0056], 3),
    MAL_AXIS,
  )
  let bone = smoothUnionIn(0.008, end, malleolus)
  // The mortise: the plafond is an arc 2 mm above the talar trochlea, between the malleoli.
  const mortise = cylinder(frameFromUp(A, MAL_AXIS, [0, 1, 0]), ANKLE_JOINT.plafondY - A[1], ANKLE_JOINT.mortiseHalfWidth, 0.0015)
  const below = intersect(
    cylinder(frameFromUp(A, MAL_AXIS, [0, 1, 0]), 0.05, ANKLE_JOINT.mortiseHalfWidth, 0.0015),
    halfSpace(v.add(A, [0, -0.004, 0]), [0, 1, 0]),
  )
  bone = smoothSubtract(0.0015, bone, mortise, below)
  return bone
}

function tibia(): Sdf {
  const body = smoothUnionIn(0.012, proximalTibia(), tibialShaft(), distalTibia())
  // Fibular notch: the groove on the lateral side of the distal tibia that holds the fibula.
  const notch = tubeIn(smoothPath(FIB_PATH.slice(2), 4), smoothRadii([0.0075, 0.0078, 0.0092], 4))
  return smoothSubtract(0.002, body, notch)
}

export const recipes: BoneRecipes = {
  tibia_l: { sdf: tibia, voxel: 0.001, maxTriangles: 3500 },
  fibula_l: { sdf: fibula, voxel: 0.001, maxTriangles: 1500 },
}
