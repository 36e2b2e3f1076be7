/**
 * The seven tarsal bones of the left foot: talus, calcaneus, navicular, cuboid and the three
 * cuneiforms. Authored in foot space (see lib/foot-frame.ts) and placed into model space.
 *
 * Joints are made by carving: of two bones that meet, the one with the concave facet has the other
 * (grown by the joint space) removed from it, so facets are congruent and the bones never touch.
 */
import type { BoneRecipes } from '../recipe'
import { ANKLE_JOINT } from './lib/interfaces'
import { boxAround, capsule, clipToBox, ellipsoid, halfSpace, intersect, place, roundBox, roundCone, smin, smoothIntersect, smoothSubtract, smoothUnion, subtract, v, type Sdf, type V3 } from '../sdf/core'
import {
  ANKLE_FRAME,
  GAP,
  MORTISE_HALF_WIDTH,
  PARTITIONS,
  RAYS,
  TROCHLEA_RADIUS as R,
  carve,
  at,
  axisFrame,
  dirIn,
  ellipsoidAlong,
  extrude,
  fifthTuberosity,
  hull,
  knots,
  smoothLoop,
  inFoot,
  planeCut,
  toFoot,
  shiftPlane,
  type Plane,
} from './lib/foot-frame'

const smax = (a: number, b: number, k: number) => -smin(-a, -b, k)
const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x))

// ---------------------------------------------------------------------------------------------
// Talus.

/** The talar head: an ellipsoid pointing forward, medially and down, its long axis sloping down medially. */
// Head and posterior process placed for a talus about 59 mm long (FOOT_BONES.talusLength).
const HEAD_C: V3 = [-0.009, 0.0505, 0.0225]
const HEAD_AXIS = v.norm([-0.26, -0.42, 1])
const HEAD_UP = v.norm([-0.55, 1, 0])
const HEAD_R: V3 = [0.0145, 0.0098, 0.01]

/**
 * The trochlea and body: a wheel of radius R about the ankle axis, wider in front than behind,
 * with the shallow central groove of the saddle on top; its lower part is cut off where the
 * posterior facet and the sulcus tali take over. The lateral face slopes out below towards the
 * lateral process (the triangular fibular facet).
 */
function talarBody(): Sdf {
  // Authored in the ankle frame (x along the ankle axis), then placed.
  const local: Sdf = {
    bounds: boxAround([0, 0, 0], [0.018, R + 0.002, R + 0.002]),
    d: (x, dy, dz) => {
      const ax = 0
      const rho = Math.hypot(dy, dz)
      const t = clamp(dz / 0.018, -1, 1)
      // Below the comma-shaped medial facet the body steps in; the lateral face widens to the lateral process.
      const med = -0.0128 - 0.0004 * t + (dy < -0.005 ? (-dy - 0.005) * 0.3 : 0)
      // The lateral border curves out in front (t² term): the trochlea is a trapezoid, wider in front.
      const lat = 0.0112 + 0.0021 * t - 0.0006 * t * t + (dy < -0.006 ? (-dy - 0.006) * 0.2 : 0)
      const c = (med + lat) / 2, hw = (lat - med) / 2
      const u = (x - ax - c) / hw
      const top = rho > 1e-6 ? clamp((dy / rho) * 1.6, 0, 1) : 0
      // The groove runs a little medial of the middle; the lateral ridge is the higher one.
      const g = u + 0.15
      const groove = 0.0014 * Math.max(0, 1 - g * g) * top - (u < 0 ? 0.0004 * u : 0)
      const dr = rho - (R - groove)
      const dx = Math.abs(x - ax - c) - hw
      return smax(dr, dx, 0.0055)
    },
  }
  const wheel = place(local, ANKLE_FRAME)
  // Base line from the posterior process (low) to the sulcus (higher), sloping up forward.
  const base = halfSpace([0, 0.0515, -0.02], [0, -1, 0.2])
  // In front, the body ends under the anterior edge of the trochlea; the neck carries on from there.
  const front = halfSpace([0, 0.0805, 0.0155], [0, -0.012, 0.023])
  return smoothIntersect(0.004, smoothIntersect(0.004, wheel, base), front)
}

/** Broadens a field 1.25× across x about the neck's axis line (the neck is wider than it is tall). */
function stretch1(sdf: Sdf): Sdf {
  const cx = -0.005
  const { d } = sdf
  return { bounds: { min: [cx + (sdf.bounds.min[0] - cx) * 1.25, sdf.bounds.min[1], sdf.bounds.min[2]], max: [cx + (sdf.bounds.max[0] - cx) * 1.25, sdf.bounds.max[1], sdf.bounds.max[2]] }, d: (x, y, z) => d(cx + (x - cx) / 1.25, y, z) }
}

function talarHeadNeck(): Sdf {
  // The neck is short and broad; its dorsal surface carries on from the front of the trochlea.
  const neck = roundCone([-0.0025, 0.0635, 0.006], v.add(HEAD_C, v.scale(HEAD_AXIS, -0.006)), 0.0105, 0.0095)
  const neckTop = roundCone([-0.002, 0.069, 0.0085], [-0.0065, 0.0575, 0.0195], 0.0045, 0.0045)
  const head = ellipsoidAlong(HEAD_C, HEAD_AXIS, HEAD_UP, HEAD_R)
  return smoothUnion(0.007, stretch1(neck), neckTop, head)
}

/** A point in the ankle frame (x along the ankle axis, y up from the ankle centre, z forward). */
const af = (p: V3) => at(ANKLE_FRAME, p)

function talusRaw(): Sdf {
  // The posterior process: short and stout, its lateral tubercle larger than the medial one. It sits at
  // the back of the body, so it is placed in the ankle frame (af).
  const back = dirIn(ANKLE_FRAME, [0.1, -0.45, -1])
  const posteriorProcess = ellipsoidAlong(af([0.0015, -0.0145, -0.014]), back, [0, 1, 0], [0.0092, 0.0066, 0.0078])
  const lateralTubercle = ellipsoid(af([0.005, -0.0155, -0.02]), [0.0052, 0.0045, 0.0042])
  const medialTubercle = ellipsoid(af([-0.0048, -0.015, -0.0185]), [0.0038, 0.004, 0.0038])
  // The lateral process juts down and out just in front of and below the tip of the lateral malleolus.
  const lateralProcess = ellipsoidAlong(af([0.0098, -0.0175, 0.0035]), dirIn(ANKLE_FRAME, [0.4, -1, 0.1]), dirIn(ANKLE_FRAME, [0, 0, 1]), [0.0056, 0.0072, 0.0072])
  let t = smoothUnion(0.006, talarBody(), posteriorProcess, lateralTubercle, medialTubercle, lateralProcess)
  t = smoothUnion(0.008, t, talarHeadNeck())
  // Groove for flexor hallucis longus between the posterior tubercles.
  const fhl = capsule(af([0.0004, -0.006, -0.026]), af([-0.0008, -0.022, -0.021]), 0.0021)
  // Sulcus tali: with the calcaneal sulcus it makes the sinus tarsi.
  const sulcus = roundCone([0.02, 0.0465, 0.0115], [-0.006, 0.0505, -0.0005], 0.0052, 0.0026)
  // The rough dorsal neck dips just in front of the trochlea.
  const neckDip = ellipsoid([-0.003, 0.0745, 0.0205], [0.009, 0.0035, 0.005])
  // In front of the fibular facet the body falls back to the neck (the roof of the sinus tarsi);
  // under the comma-shaped medial facet lies the rough pit for the deltoid ligament.
  const lateralRecess = ellipsoid([0.0165, 0.0565, 0.0135], [0.0062, 0.009, 0.0095])
  const deltoidPit = ellipsoid([-0.0172, 0.0565, 0.001], [0.0048, 0.0055, 0.0095])
  t = smoothSubtract(0.003, t, fhl, sulcus, neckDip, lateralRecess, deltoidPit)
  return t
}

// ---------------------------------------------------------------------------------------------
// Calcaneus.

/** The convex posterior facet that carries the talar body (the talus has the matching concavity). */
function calcanealPosteriorFacet(): Sdf {
  return ellipsoidAlong([0.0055, 0.0375, -0.0125], [0.3, 0.2, 1], [0, 1, 0], [0.0112, 0.015, 0.0165])
}

/**
 * Side view of the calcaneus ([z, y], foot space): tuber, upper border, facets, anterior process,
 * plantar surface. The sole rises from the tuberosity's processes to the anterior tubercle at the
 * calcaneal pitch (FOOT_BONES.calcanealPitch, about 21°) and is hollowed between them; the upper border
 * slopes down from the posterior facet to the tuber, which rises again behind where the Achilles
 * tendon inserts. About 80 mm long (FOOT_BONES.calcaneusLength); its back lies 55 mm behind
 * the ankle centre, 7 mm in front of the heel landmark, which stands for the heel pad behind it.
 */
const CALCANEUS_PROFILE = smoothLoop([
  [-0.0465, 0.0016],
  [-0.04, 0.0008],
  [-0.032, 0.0036],
  [-0.02, 0.0098],
  [-0.006, 0.0152],
  [0.008, 0.0218],
  [0.017, 0.0256],
  [0.0245, 0.0262],
  // The anterior process ends in the tall facet for the cuboid (about 24 mm, see cuboidRaw); the sole
  // under it stays where the calcaneal pitch puts it, so the facet grows upwards.
  [0.028, 0.031],
  [0.0262, 0.0405],
  [0.0215, 0.046],
  [0.015, 0.0475],
  [0.008, 0.0445],
  [0.0, 0.039],
  [-0.006, 0.0445],
  [-0.0135, 0.049],
  [-0.023, 0.0465],
  [-0.031, 0.0412],
  [-0.039, 0.0382],
  [-0.0445, 0.0392],
  [-0.049, 0.0402],
  [-0.053, 0.0365],
  [-0.0548, 0.0285],
  [-0.0545, 0.0195],
  [-0.0523, 0.0105],
  [-0.049, 0.0042],
])

/** The tuber widens towards the ground (its medial process most) and narrows above. */
const tuberFlare = (z: number, y: number) => clamp((-0.02 - z) / 0.015, 0, 1) * (clamp((0.018 - y) / 0.018, 0, 1) * 0.003 - clamp((y - 0.026) / 0.016, 0, 1) * 0.0035)

function calcaneusRaw(): Sdf {
  const med = knots([[-0.055, -0.009], [-0.047, -0.0105], [-0.036, -0.0095], [-0.02, -0.0062], [-0.005, -0.0032], [0.01, 0.0055], [0.025, 0.0125]])
  // The lateral wall lies under and outside the lateral malleolus and runs on into the cuboid.
  const lat = knots([[-0.055, 0.0125], [-0.047, 0.0165], [-0.035, 0.0185], [-0.02, 0.0205], [0.0, 0.0225], [0.012, 0.027], [0.025, 0.0325]])
  const block = extrude(CALCANEUS_PROFILE, (z, y) => med(z) - tuberFlare(z, y) * 1.3, (z, y) => lat(z) + tuberFlare(z, y) * 0.7, 0.0075)
  // The sustentaculum tali: a ledge from the upper medial border, its rounded margin facing medially.
  const sustentaculum = smoothUnion(
    0.006,
    ellipsoidAlong([-0.0092, 0.0345, -0.003], [-0.12, 0.08, 1], [0.3, 1, 0], [0.0085, 0.0068, 0.0115]),
    // In front it runs on into the anterior process under the talar head (the anterior facet).
    roundCone([-0.0065, 0.0345, 0.0055], [0.006, 0.033, 0.0145], 0.0062, 0.0068),
  )
  const medialProcess = ellipsoid([-0.0048, 0.0078, -0.0405], [0.0088, 0.0072, 0.0115])
  const lateralProcess = ellipsoid([0.0098, 0.0074, -0.0425], [0.0058, 0.0058, 0.0085])
  // The peroneal (fibular) trochlea: a short ridge on the lateral wall between the two peroneal tendons.
  const peronealTrochlea = ellipsoidAlong([0.0222, 0.0245, -0.0035], [0.05, -0.25, 1], [1, 0, 0], [0.0022, 0.0032, 0.0072])
  const anteriorTubercle = ellipsoid([0.0135, 0.0245, 0.0135], [0.0055, 0.0036, 0.006])
  let c = smoothUnion(0.006, block, calcanealPosteriorFacet(), medialProcess, lateralProcess, anteriorTubercle)
  c = smoothUnion(0.009, c, sustentaculum)
  c = smoothUnion(0.004, c, peronealTrochlea)
  // Sinus tarsi: wide laterally, narrowing to the tarsal canal medially, between the posterior facet and the sustentaculum.
  const sinus = roundCone([0.024, 0.0415, 0.0055], [-0.004, 0.0415, -0.001], 0.0068, 0.0026)
  // Groove for flexor hallucis longus under the sustentaculum; the concave medial wall under it.
  const fhl = capsule([-0.0152, 0.0272, -0.022], [-0.0172, 0.0272, 0.01], 0.0027)
  const medialWall = ellipsoid([-0.0162, 0.018, -0.02], [0.0048, 0.0105, 0.017])
  // A shallow notch under the tuber parts its medial and lateral processes.
  const notch = capsule([0.0042, -0.0008, -0.053], [0.0038, 0.0008, -0.034], 0.0022)
  c = smoothSubtract(0.004, c, sinus, fhl, medialWall)
  c = smoothSubtract(0.003, c, notch)
  return smoothIntersect(0.003, c, calcanealCuboidFacet())
}

/**
 * The front of the calcaneus, its facet for the cuboid: a saddle facing forward and a little medially
 * (the lateral end reaches further), convex from side to side and concave from top to bottom, its
 * lower lip jutting forward under the cuboid (textbook description of the calcaneocuboid joint: a
 * saddle joint), square to the bone's pitched long axis. Solid behind the surface; the cuboid is carved from it, so its facet is the reverse.
 */
function calcanealCuboidFacet(): Sdf {
  const [xc, yc, z0] = [0.022, 0.036, 0.0262]
  return {
    bounds: boxAround([xc, yc, z0], [1, 1, 1]),
    d: (x, y, z) => {
      const dx = x - xc, dy = y - yc
      // Curvatures: 1.2 mm of convexity across its 17 mm width, 1.5 mm of concavity over its 24 mm height.
      // Square to the pitched long axis, the facet leans back about 20° at the top.
      const front = z0 + 0.22 * dx - 0.36 * dy - 16 * dx * dx + 10 * dy * dy
      // Divided by the surface's slope so the field stays a distance near the facet.
      return (z - front) / Math.hypot(1, 0.22 - 32 * dx, 20 * dy - 0.36)
    },
  }
}

// ---------------------------------------------------------------------------------------------
// Navicular.

// Set back with the shorter talar head; thicker front to back so its front still meets the cuneiforms.
const NAV_C: V3 = [-0.0095, 0.0435, 0.038]
const NAV_AXIS = v.norm([-0.12, -0.1, 1])
const NAV_UP = v.norm([-0.45, 1, 0])

/**
 * Boat-shaped: a thick oval block whose back is cupped by the talar head (the carve) and whose
 * front carries the three cuneiform facets; thickest medially, where the tuberosity juts medially,
 * plantarly and back.
 */
function navicularRaw(): Sdf {
  const f = axisFrame(NAV_C, NAV_AXIS, NAV_UP)
  const block = smoothIntersect(0.004, roundBox(f, [0.0195, 0.0125, 0.0106], 0.0035), ellipsoidAlong(at(f, [-0.002, 0, 0.001]), NAV_AXIS, NAV_UP, [0.0215, 0.0142, 0.0153]))
  // Thinner laterally: the lateral end is pared from the front.
  const lateralThin = halfSpace(at(f, [0.016, 0, 0.0065]), dirIn(f, [0.45, 0, 1]))
  const tuberosity = ellipsoidAlong([-0.0292, 0.0315, 0.0368], [-0.6, -0.5, -0.5], [0, 1, 0], [0.0064, 0.0068, 0.0088])
  return smoothUnion(0.004, smoothIntersect(0.004, block, lateralThin), tuberosity)
}

// ---------------------------------------------------------------------------------------------
// Midfoot blocks: their sides follow the column partitions, their fronts the tarsometatarsal planes.

/** Plane of partition i, moved so the bone on its medial (side = -1) or lateral (side = 1) side ends GAP/2 from it. */
function side(i: number, s: -1 | 1): Plane {
  const pl = shiftPlane(PARTITIONS[i]!, (s * GAP) / 2)
  return s === -1 ? pl : { p: pl.p, n: v.scale(pl.n, -1) }
}

/** The front face of the tarsal that carries metatarsal n: GAP behind the base. */
function tmtFront(n: number): Plane {
  const r = RAYS[n - 1]!
  return { p: v.add(r.base, v.scale(r.baseNormal, GAP)), n: v.scale(r.baseNormal, -1) }
}

const plane = (p: V3, n: V3): Plane => ({ p, n })

/** Rounds the non-articular (dorsal, plantar, free) surfaces of a hull into convex bone surfaces. */
function envelope(block: Sdf, c: V3, r: V3, k = 0.003): Sdf {
  return smoothIntersect(k, block, ellipsoid(c, r))
}

/**
 * Medial cuneiform: the largest, kidney-shaped from the front (tall, its dorsal edge narrow, its
 * plantar part broad with the tubercle for tibialis anterior); the wedge of the arch turned over.
 */
function cuneiformMedialRaw(): Sdf {
  const block = envelope(hull(
    [
      plane([-0.0285, 0.03, 0.06], [-1, -0.08, 0.06]),
      side(1, -1),
      tmtFront(1),
      plane([0, 0, 0.045], [0, 0, -1]),
      plane([-0.02, 0.0478, 0.06], [0, 1, -0.15]),
      plane([-0.026, 0.0445, 0.06], [-1, 1.1, 0]),
      plane([-0.013, 0.046, 0.06], [1, 1.6, 0]),
      plane([-0.02, 0.0165, 0.075], [0, -1, -0.35]),
    ],
    0.003,
    { min: [-0.031, 0.012, 0.043], max: [-0.005, 0.05, 0.085] },
  ), [-0.0195, 0.0305, 0.062], [0.0118, 0.021, 0.027])
  const tubercle = ellipsoid([-0.0235, 0.0195, 0.0705], [0.0055, 0.0045, 0.0075])
  const front = tmtFront(1)
  return intersect(smoothUnion(0.004, block, tubercle), halfSpace(front.p, front.n))
}

/** Intermediate cuneiform: the shortest, a keystone wedge, broad dorsally and narrow below. */
function cuneiformIntermediateRaw(): Sdf {
  return envelope(hull(
    [side(1, 1), side(2, -1), tmtFront(2), plane([0, 0, 0.045], [0, 0, -1]), plane([0, 0.0478, 0.06], [0, 1, -0.1]), plane([0, 0.0235, 0.066], [0, -1, -0.25])],
    0.0025,
    { min: [-0.014, 0.02, 0.043], max: [0.007, 0.05, 0.075] },
  ), [-0.0028, 0.037, 0.058], [0.0135, 0.0185, 0.022])
}

/**
 * Lateral cuneiform: a wedge between the intermediate cuneiform and the cuboid, longer than the
 * intermediate. Its partitions run nearly parallel, so both sides are bevelled in below: the plantar
 * surface is a narrow ridge under a broad dorsal one (a keystone of the transverse arch).
 */
function cuneiformLateralRaw(): Sdf {
  const medialBevel = plane([0.0035, 0.034, 0.06], [-0.968, -0.25, 0])
  const lateralBevel = plane([0.0165, 0.034, 0.06], [0.968, -0.25, 0])
  return envelope(hull(
    [side(2, 1), side(3, -1), tmtFront(3), plane([0, 0, 0.045], [0, 0, -1]), plane([0.01, 0.0462, 0.06], [0.2, 1, -0.1]), plane([0, 0.0185, 0.07], [0, -1, -0.25]), medialBevel, lateralBevel],
    0.0025,
    { min: [-0.002, 0.013, 0.043], max: [0.022, 0.05, 0.08] },
  ), [0.0098, 0.034, 0.06], [0.0135, 0.02, 0.023])
}

/**
 * Cuboid: the keystone of the lateral column. In an adult about 33 mm long medially, 20 mm laterally and
 * 26 mm tall, its facet for the calcaneus about 24 mm tall and 16 mm wide (Moitra 2021, 60 dry bones,
 * J Clin Diagn Res 15:AC01, doi:10.7860/JCDR/2021/47259.14447; figures copied into proportions.ts).
 * It sits on the slope of the lateral arch: tall at the back where the pitched calcaneus ends, low in
 * front at the 4th and 5th metatarsal bases. Seen from the front it is a wedge: its medial side (against
 * the lateral cuneiform) is tall, its short lateral border low, its dorsal surface turned up and out.
 * Underneath, the tuberosity is an oblique ridge ending laterally in a knob, and in front of it the
 * groove for peroneus longus runs from the notch of the lateral border forward and medially. Behind,
 * its calcaneal process juts back under the calcaneus's anterior process (the beak).
 */
function cuboidRaw(): Sdf {
  const block = hull(
    [
      side(3, 1),
      // The lateral border is short: the face turns forward to the notch for peroneus longus.
      plane([0.041, 0.02, 0.035], [1, -0.1, 0.2]),
      tmtFront(4),
      tmtFront(5),
      // The back reaches just into the calcaneus; the carve leaves the congruent (saddle) facet, no rim.
      plane([0.022, 0.036, 0.023], [0.22, -0.36, -1]),
      // The dorsal surface: down forwards with the arch, down laterally with the wedge.
      plane([0.026, 0.0478, 0.03], [0.3, 1, 0.55]),
      // The plantar surface rises backwards to the beak under the calcaneus; its lateral edge is bevelled up.
      plane([0.026, 0.0215, 0.028], [0, -1, -0.4]),
      plane([0.042, 0.016, 0.04], [0.75, -1, -0.3]),
    ],
    0.003,
    { min: [0.012, 0.004, 0.018], max: [0.05, 0.054, 0.07] },
  )
  const rounded = smoothIntersect(0.004, block, ellipsoidAlong([0.029, 0.03, 0.043], [0.15, -0.4, 1], [0, 1, 0.4], [0.0185, 0.0195, 0.032]))
  // The beak: the calcaneal process under the calcaneus's anterior process, at the inferomedial angle.
  const beak = ellipsoidAlong([0.021, 0.0215, 0.031], [0, 0.3, -1], [0, 1, 0.3], [0.0055, 0.004, 0.006])
  // The tuberosity: an oblique ridge on the plantar surface, its lateral end a knob (the facet for the
  // sesamoid of peroneus longus), behind the groove.
  const ridge = roundCone([0.0365, 0.0138, 0.0445], [0.0215, 0.0162, 0.0475], 0.0034, 0.0028)
  const groove = capsule([0.048, 0.0098, 0.0515], [0.0185, 0.0068, 0.0615], 0.0034)
  return smoothSubtract(0.0025, smoothUnion(0.004, rounded, beak, ridge), groove)
}

// ---------------------------------------------------------------------------------------------
// Final bones: each carved by its neighbours.

export function talus(): Sdf {
  // The talus rests on the posterior facet; behind it, the calcaneus's upper border must clear the posterior process.
  const behind = clipToBox(calcaneusRaw(), { min: [-0.03, 0, -0.07], max: [0.03, 0.06, -0.006] })
  // Between the malleoli (inner faces at ±MORTISE_HALF_WIDTH along the ankle axis) the body keeps a
  // joint space; below the malleolar tips the lateral process may jut out.
  const w = MORTISE_HALF_WIDTH - GAP
  const lateralWall = place(planeCut({ p: [w, 0, 0], n: [1, 0, 0] }, { min: [0, -0.016, -0.03], max: [0.03, 0.03, -0.001] }), ANKLE_FRAME)
  const medialWall = place(planeCut({ p: [-w, 0, 0], n: [-1, 0, 0] }, { min: [-0.03, -0.012, -0.03], max: [0, 0.03, 0.016] }), ANKLE_FRAME)
  return smoothSubtract(0.003, carve(0.002, GAP, talusRaw(), calcanealPosteriorFacet(), behind), lateralWall, medialWall)
}

/**
 * Room for the tip of the lateral malleolus (the fibula is another file; its tip is the shared fit
 * point): the calcaneus's upper lateral border is bevelled under it.
 */
function lateralMalleolusTip(): Sdf {
  const tip = toFoot(ANKLE_JOINT.lateralMalleolusTipL)
  return ellipsoid(v.add(tip, [0, 0.008, 0]), [0.0066, 0.009, 0.008])
}

export function calcaneus(): Sdf {
  return carve(0.003, GAP, calcaneusRaw(), talarHeadNeck(), lateralMalleolusTip())
}

export function navicular(): Sdf {
  const cut = hull([side(3, 1)], 0, { min: [0, 0, 0.02], max: [0.05, 0.07, 0.07] })
  return subtract(carve(0.002, GAP, navicularRaw(), talarHeadNeck()), cut)
}

export function cuboid(): Sdf {
  return carve(0.002, GAP, cuboidRaw(), calcaneusRaw(), navicularRaw(), fifthTuberosity())
}

export function cuneiformMedial(): Sdf {
  return carve(0.002, GAP, cuneiformMedialRaw(), navicularRaw())
}

export function cuneiformIntermediate(): Sdf {
  return carve(0.002, GAP, cuneiformIntermediateRaw(), navicularRaw())
}

export function cuneiformLateral(): Sdf {
  return carve(0.002, GAP, cuneiformLateralRaw(), navicularRaw(), cuboidRaw())
}

export const recipes: BoneRecipes = {
  talus_l: { sdf: () => inFoot(talus()), voxel: 0.0005, maxTriangles: 900 },
  calcaneus_l: { sdf: () => inFoot(calcaneus()), voxel: 0.0005, maxTriangles: 1200 },
  navicular_l: { sdf: () => inFoot(navicular()), voxel: 0.0005, maxTriangles: 400 },
  cuboid_l: { sdf: () => inFoot(cuboid()), voxel: 0.0005, maxTriangles: 400 },
  cuneiform_medial_l: { sdf: () => inFoot(cuneiformMedial()), voxel: 0.0005, maxTriangles: 400 },
  cuneiform_intermediate_l: { sdf: () => inFoot(cuneiformIntermediate()), voxel: 0.0005, maxTriangles: 400 },
  cuneiform_lateral_l: { sdf: () => inFoot(cuneiformLateral()), voxel: 0.0005, maxTriangles: 400 },
}
