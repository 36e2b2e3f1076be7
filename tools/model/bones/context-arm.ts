/**
 * Shoulder girdle and arm of the context skeleton, left side: clavicle, scapula, humerus, radius, ulna.
 * Frames and fit points: lib/context-arm-geom.ts. The scapula's blade follows the back of the rib cage
 * (lib/context-thorax-geom.ts) 5–10 mm behind the rib angles, concave in front.
 */
import type { BoneRecipes } from '../recipe'
import { cylinder, ellipsoid, frameFromUp, orientedEllipsoid, place, roundCone, smoothPath, smoothRadii, smoothSubtract, smoothUnion, sphere, torus, translate, tube, union, v, type Frame, type Sdf, type V3 } from '../sdf/core'
import { band, egg, polygon2, polygonPlate, type BandSample } from './lib/context-sdf'
import {
  CAPITULUM,
  FOREARM,
  GLENOID_AXIS,
  HEAD_R,
  HUMERUS,
  RADIAL_HEAD,
  SHOULDER,
  STERNOCLAVICULAR,
  TROCHLEA,
  ULNAR_HEAD,
} from './lib/context-arm-geom'

const IDENTITY: Frame = { origin: [0, 0, 0], x: [1, 0, 0], y: [0, 1, 0], z: [0, 0, 1] }

// ---------------------------------------------------------------------------------------------
// Clavicle: an S in top view (convex forward medially, concave laterally), round and thick at the
// sternal end, flattened top-to-bottom at the acromial end.

/**
 * Lateral (acromial) end of the clavicle, riding a little above the acromion's facet. With the sternal
 * end this gives an adult's 149 mm clavicle (Bernat 2014) swept back about 17° (under the 20° of
 * proportions.ts CLAVICLE) and rising 2–3° laterally.
 */
const AC_END: V3 = v.add(SHOULDER, [-0.027, 0.048, 0.029])
const STERNAL_END: V3 = [STERNOCLAVICULAR[0] + 0.009, STERNOCLAVICULAR[1] + 0.007, STERNOCLAVICULAR[2] - 0.002]

function clavicle(): Sdf {
  const chord = v.sub(AC_END, STERNAL_END)
  const dir = v.norm(chord)
  const fwd = v.norm(v.cross([0, -1, 0], dir)) // horizontal, perpendicular to the chord, forward
  const n = 40
  const samples: BandSample[] = []
  for (let i = 0; i <= n; i++) {
    const t = i / n
    const bow = t < 0.68 ? 0.013 * Math.sin((Math.PI * t) / 0.68) : -0.006 * Math.sin((Math.PI * (t - 0.68)) / 0.32)
    const p = v.add(v.add(STERNAL_END, v.scale(chord, t)), v.add(v.scale(fwd, bow), [0, 0.005 * Math.sin(Math.PI * t), 0]))
    // Faces turn from front/back (medial, round) to up/down (lateral, flat).
    const flat = Math.max(0, Math.min(1, (t - 0.55) / 0.35))
    const nrm = v.norm(v.add(v.scale(fwd, 1 - flat), [0, flat * 1.2, 0]))
    const h = t < 0.15 ? 0.0165 - 0.03 * t : t < 0.6 ? 0.012 : 0.012 + (t - 0.6) * 0.03
    const th = t < 0.15 ? 0.0135 - 0.02 * t : t < 0.6 ? 0.0105 : 0.0105 - (t - 0.6) * 0.008
    samples.push({ p, n: nrm, th: Math.min(th, h), h })
  }
  const shaft = band(samples, 0.003)
  const sternalEnd = ellipsoid(STERNAL_END, [0.0085, 0.0095, 0.0095])
  // Conoid tubercle under the lateral third (the coracoclavicular ligament's attachment).
  const conoid = ellipsoid(v.add(v.lerp(STERNAL_END, AC_END, 0.78), [0, -0.006, -0.006]), [0.005, 0.004, 0.005])
  return smoothUnion(0.004, shaft, sternalEnd, conoid)
}

// ---------------------------------------------------------------------------------------------
// Scapula.
//
// The blade (borders, spine, coracoid, glenoid) is authored on the back of the rib cage where it was first
// fitted, around the old glenohumeral centre BLADE_SHOULDER, then turned 20° about a vertical axis through
// that centre and carried onto the layout's shoulder: the lateral angle comes forward with the joint
// (the scapular plane then lies ≈ 45° from the coronal plane, within the 30–45° of internal rotation
// reported at rest), while the medial border still rests 5–10 mm behind the ribs. The acromion is
// authored afterwards in model space over the humeral head, its facet meeting the clavicle.

/** Where the blade was authored (model space of the first fit); only used to place it. */
const BLADE_SHOULDER: V3 = [0.185, 1.405, -0.03]
const BLADE_TURN = (20 * Math.PI) / 180
const BLADE_GLENOID: V3 = v.sub(BLADE_SHOULDER, v.scale(GLENOID_AXIS, HEAD_R + 0.002))
/** The blade's frame: its authoring space turned about a vertical axis (lateral parts forward). */
const BLADE_FRAME: Frame = { origin: SHOULDER, x: [Math.cos(BLADE_TURN), 0, Math.sin(BLADE_TURN)], y: [0, 1, 0], z: [-Math.sin(BLADE_TURN), 0, Math.cos(BLADE_TURN)] }
/** A point of the blade's authoring space in model space. */
const fromBlade = (p: V3): V3 => {
  const q = v.sub(p, BLADE_SHOULDER)
  return v.add(SHOULDER, v.add(v.scale(BLADE_FRAME.x, q[0]), v.add(v.scale(BLADE_FRAME.y, q[1]), v.scale(BLADE_FRAME.z, q[2]))))
}
/** Offsets from the glenohumeral centre, model space. */
const atShoulder = (dx: number, dy: number, dz: number): V3 => v.add(SHOULDER, [dx, dy, dz])

/** Mid-surface of the blade, z as a function of (x, y): a plane through the root of the spine, the
 * inferior angle and the glenoid, pushed back in the middle (the costal surface is concave). */
const bladeZ = (x: number, y: number) => 0.489 * x + 0.2435 * y - 0.4589 - 0.004 - 0.006 * Math.exp(-((x - 0.095) ** 2 + (y - 1.39) ** 2) / 0.035 ** 2)
const onBlade = (x: number, y: number): V3 => [x, y, bladeZ(x, y)]
/** Unit normal of the blade's back (posterior) surface. */
const BACK: V3 = v.norm([0.489, 0.2435, -1])

/** The blade with its spine, coracoid, neck and glenoid, in its authoring space. */
function scapularBlade(): { sdf: Sdf; crestEnd: V3 } {
  const outline: [number, number][] = [
    [0.071, 1.481],
    [0.09, 1.4775],
    [0.108, 1.4705],
    [0.12, 1.4625],
    [0.127, 1.4625],
    [0.137, 1.4565],
    [0.147, 1.4405],
    [0.153, 1.424],
    [0.154, 1.392],
    [0.149, 1.382],
    [0.134, 1.369],
    [0.117, 1.355],
    [0.1, 1.344],
    [0.09, 1.337],
    [0.083, 1.34],
    [0.077, 1.365],
    [0.071, 1.405],
    [0.067, 1.445],
    [0.066, 1.462],
  ]
  // Thin in the fossae, thicker towards the borders.
  const inside = polygon2(outline)
  const blade = polygonPlate(IDENTITY, outline, 0.0046, 0.0015, (x, y) => 0.0026 + 0.002 * Math.exp(inside(x, y) / 0.006), { f: bladeZ, range: [-0.11, -0.03], maxSlope: 0.55 })
  // Thick lateral (axillary) border, slightly thickened medial border.
  const lateral = tube(
    [onBlade(0.149, 1.383), onBlade(0.134, 1.37), onBlade(0.117, 1.356), onBlade(0.1, 1.345), onBlade(0.09, 1.339)],
    [0.0052, 0.0048, 0.0042, 0.0036, 0.003],
    0.002,
  )
  const medial = tube([onBlade(0.09, 1.338), onBlade(0.0775, 1.365), onBlade(0.0715, 1.405), onBlade(0.0675, 1.445), onBlade(0.067, 1.462), onBlade(0.0715, 1.48)], 0.0024, 0.002)
  // Spine of the scapula: a plate standing out of the back of the blade, rising from the medial
  // border to the acromion, its free edge a thick crest.
  const spineBase: V3[] = [onBlade(0.068, 1.439), onBlade(0.09, 1.438), onBlade(0.115, 1.4375), onBlade(0.135, 1.436), onBlade(0.148, 1.4345)]
  const heights = [0.008, 0.014, 0.018, 0.022, 0.025]
  // The crest rises laterally towards the acromion while the base runs level along the blade.
  const rise = [0, 0.001, 0.003, 0.007, 0.0125]
  const crestPt = (i: number) => v.add(v.add(spineBase[i]!, v.scale(BACK, heights[i]!)), [0, rise[i]!, 0])
  const spineSamples: BandSample[] = spineBase.map((p, i) => ({ p: v.lerp(p, crestPt(i), 0.5), n: v.norm(v.cross(v.sub(crestPt(i), p), [1, 0, 0])), th: 0.005, h: v.len(v.sub(crestPt(i), p)) + 0.003 }))
  const spine = band(spineSamples, 0.002)
  const crest = tube(
    spineBase.map((_, i) => crestPt(i)),
    [0.0036, 0.0042, 0.0046, 0.005, 0.0052],
    0.002,
  )
  // A rounded superior border: with the spine it walls in the supraspinous fossa.
  const superior = tube([onBlade(0.072, 1.479), onBlade(0.09, 1.476), onBlade(0.108, 1.469), onBlade(0.119, 1.4615)], [0.0026, 0.0024, 0.0022, 0.002], 0.002)
  // Coracoid: up and forward from the neck, then bent out and forward to a blunt tip.
  const coracoid = tube(
    smoothPath([onBlade(0.137, 1.447), [0.139, 1.449, -0.032], [0.143, 1.445, -0.016], [0.148, 1.437, -0.003], [0.151, 1.429, 0.004]], 3),
    smoothRadii([0.0062, 0.0058, 0.0054, 0.005, 0.0046], 3),
    0.002,
  )
  // Neck and glenoid: a pear-shaped pad facing the humeral head, hollowed to the head's curve.
  const gFrame = frameFromUp(v.sub(BLADE_GLENOID, v.scale(GLENOID_AXIS, 0.0045)), [0, 1, 0], GLENOID_AXIS)
  const glenoid = union(orientedEllipsoid(gFrame, [0.0128, 0.0175, 0.0062]), orientedEllipsoid({ ...gFrame, origin: v.add(gFrame.origin, [0, -0.006, 0]) }, [0.0135, 0.012, 0.0062]))
  const neck = roundCone(onBlade(0.146, 1.405), v.sub(BLADE_GLENOID, v.scale(GLENOID_AXIS, 0.009)), 0.0125, 0.0115)
  let s = smoothUnion(0.004, blade, lateral, medial, superior, spine, crest, coracoid)
  // A wide blend merges the neck into the lateral angle, so the glenoid does not read as a knob stuck on.
  s = smoothUnion(0.008, s, smoothUnion(0.003, neck, glenoid))
  // Suprascapular notch.
  s = smoothSubtract(0.002, s, sphere(onBlade(0.1235, 1.4645), 0.005))
  return { sdf: s, crestEnd: crestPt(4) }
}

/** Height of the acromion's mid-surface above the joint centre: it slopes down laterally. */
const acromionLift = (x: number) => 0.039 - 0.2 * x

function scapula(): Sdf {
  const { sdf: blade, crestEnd } = scapularBlade()
  const placed = place(translate(blade, v.scale(BLADE_SHOULDER, -1)), BLADE_FRAME)
  // Acromion: a flat plate over the humeral head, longer front to back than across, continuing the
  // crest of the spine at its back (the acromial angle) and sloping down laterally; the small facet
  // for the clavicle is on its medial border near the front. Outline from above, (lateral, back) from
  // the joint centre; sizes are judgements from atlas views (about 45 × 35 mm).
  const outline: [number, number][] = [
    [-0.018, 0.044],
    [0.006, 0.036],
    [0.017, 0.018],
    [0.018, 0],
    [0.012, -0.016],
    [0.002, -0.028],
    [-0.012, -0.036],
    [-0.0205, -0.029],
    [-0.0205, -0.01],
    [-0.028, 0.022],
  ]
  // Local x lateral, y backwards, z up: a horizontal plate at the joint, lifted by `lift`.
  const acromionFrame: Frame = { origin: SHOULDER, x: [1, 0, 0], y: [0, 0, -1], z: [0, 1, 0] }
  const acromion = polygonPlate(acromionFrame, outline, 0.007, 0.0025, undefined, { f: acromionLift, range: [0.03, 0.045], maxSlope: 0.2 })
  // The crest of the spine runs on into the acromion's back edge.
  const crestRun = tube([fromBlade(crestEnd), atShoulder(-0.006, 0.043, -0.038), atShoulder(0.006, 0.041, -0.034)], [0.0048, 0.0042, 0.0036], 0.002)
  const s = smoothUnion(0.004, placed, acromion, crestRun)
  return smoothSubtract(0.002, s, sphere(SHOULDER, HEAD_R + 0.002))
}


// ---------------------------------------------------------------------------------------------
// Humerus (humerus frame: lateral, up the shaft from the elbow, forward).

const H = HUMERUS.at

function humerus(): Sdf {
  const headC = SHOULDER
  const head = sphere(headC, HEAD_R)
  // The head faces the glenoid (medial, up, back); the tubercles sit lateral and in front of it.
  const anatNeck = roundCone(v.add(headC, v.scale(GLENOID_AXIS, 0.006)), H(0.0, 0.265, 0.0), 0.019, 0.0145)
  const greater = egg(v.add(headC, [0.0175, -0.004, 0.002]), 0.0105, [0.02, 0.011], [0.012, 0.011])
  const lesser = ellipsoid(v.add(headC, [0.006, -0.01, 0.018]), [0.0055, 0.008, 0.006])
  const shaft = tube([H(0.0, 0.265, 0.0), H(0.0005, 0.22, 0.0), H(0.0, 0.16, 0.0), H(-0.0005, 0.12, 0.0)], [0.0145, 0.0122, 0.0112, 0.0108], 0.004)
  const deltoid = ellipsoid(H(0.0105, 0.17, 0.002), [0.0035, 0.022, 0.006])
  // Lower third: the shaft flattens front to back and widens into the epicondylar block.
  const lower: BandSample[] = (
    [
      [-0.0005, 0.125, 0.0, 0.0205, 0.0215],
      [-0.001, 0.09, -0.0005, 0.0185, 0.026],
      [-0.0015, 0.06, -0.0015, 0.0165, 0.034],
      [-0.002, 0.035, -0.002, 0.0155, 0.046],
      [-0.0025, 0.016, -0.002, 0.0155, 0.052],
    ] as const
  ).map(([lat, up, fwd, th, h]) => ({ p: H(lat, up, fwd), n: HUMERUS.z, th, h }))
  const distal = band(lower, 0.004)
  const medEpi = egg(H(-0.029, 0.012, -0.004), 0.0085, [0.009, 0.011], [0.0075, 0.0065])
  const latEpi = ellipsoid(H(0.025, 0.013, -0.003), [0.006, 0.0095, 0.0068])
  const medRidge = roundCone(H(-0.026, 0.02, -0.004), H(-0.012, 0.07, -0.002), 0.0035, 0.003)
  const latRidge = roundCone(H(0.022, 0.022, -0.003), H(0.01, 0.085, -0.001), 0.0032, 0.003)
  // Trochlea: a spool along the flexion axis with a central groove; capitulum: a ball in front.
  const axisFrame = (lat: number) => frameFromUp(H(lat, 0, 0), HUMERUS.x, HUMERUS.z)
  const trochlea = cylinder(axisFrame(TROCHLEA.lat), TROCHLEA.r, TROCHLEA.halfWidth, 0.004)
  const trochleaFlare = cylinder(axisFrame(TROCHLEA.lat - 0.0085), TROCHLEA.r + 0.001, 0.0025, 0.002)
  const capitulum = sphere(H(CAPITULUM.lat, 0, 0.001), CAPITULUM.r)
  let s = smoothUnion(0.005, head, anatNeck, greater, lesser, shaft, deltoid, distal, medEpi, latEpi, medRidge, latRidge)
  s = smoothUnion(0.0035, s, trochlea, trochleaFlare, capitulum)
  const groove = torus(axisFrame(TROCHLEA.lat + 0.001), TROCHLEA.r + 0.0015, 0.0028)
  const olecranonFossa = ellipsoid(H(-0.005, 0.022, -0.0115), [0.0105, 0.0125, 0.006])
  const coronoidFossa = ellipsoid(H(-0.007, 0.019, 0.0095), [0.007, 0.0075, 0.0045])
  const radialFossa = ellipsoid(H(0.011, 0.017, 0.009), [0.005, 0.006, 0.0035])
  const intertubercular = roundCone(v.add(headC, [0.013, -0.006, 0.02]), H(0.004, 0.23, 0.013), 0.003, 0.0025)
  return smoothSubtract(0.002, s, groove, olecranonFossa, coronoidFossa, radialFossa, intertubercular)
}

// ---------------------------------------------------------------------------------------------
// Forearm (forearm frame: lateral, t = distance down from the elbow, forward).

const F = FOREARM.at
/** The trochlea and capitulum as cut tools, with joint space. */
const trochleaCut = (gap: number) => cylinder(frameFromUp(H(TROCHLEA.lat, 0, 0), HUMERUS.x, HUMERUS.z), TROCHLEA.r + gap, TROCHLEA.halfWidth + 0.003, 0.002)

function ulna(): Sdf {
  // Proximal end: olecranon behind and above the trochlea, coronoid in front and below, the
  // trochlear notch between them hugging the trochlea.
  const body = egg(F(-0.0085, 0.012, -0.005), 0.0105, [0.022, 0.022], [0.016, 0.012])
  const olecranon = roundCone(F(-0.0085, 0.008, -0.016), F(-0.0085, -0.014, -0.0175), 0.0095, 0.0085)
  const coronoid = roundCone(F(-0.0085, 0.022, 0.0), F(-0.0085, 0.0155, 0.0135), 0.0065, 0.004)
  const shaft = tube(
    [F(-0.009, 0.03, -0.004), F(-0.011, 0.08, -0.004), F(-0.013, 0.15, -0.002), F(-0.0155, 0.21, 0.0), F(ULNAR_HEAD.lat, ULNAR_HEAD.t - 0.006, ULNAR_HEAD.fwd)],
    [0.0085, 0.0068, 0.0058, 0.0052, 0.006],
    0.004,
  )
  const interosseous = tube([F(-0.004, 0.06, -0.002), F(-0.006, 0.15, 0.0)], 0.0025, 0)
  const headU = sphere(F(ULNAR_HEAD.lat, ULNAR_HEAD.t, ULNAR_HEAD.fwd), ULNAR_HEAD.r)
  const styloid = roundCone(F(ULNAR_HEAD.lat - 0.003, ULNAR_HEAD.t + 0.002, ULNAR_HEAD.fwd - 0.004), F(ULNAR_HEAD.lat - 0.004, ULNAR_HEAD.t + 0.011, ULNAR_HEAD.fwd - 0.004), 0.003, 0.0018)
  let s = smoothUnion(0.005, body, olecranon, coronoid, shaft, interosseous, headU, styloid)
  // The notch: the trochlea plus 1.5 mm joint space; the radial notch holds the radial head.
  const radialNotch = cylinder(frameFromUp(F(RADIAL_HEAD.lat, RADIAL_HEAD.t, 0), v.scale(FOREARM.y, -1)), RADIAL_HEAD.r + 0.0015, RADIAL_HEAD.halfHeight + 0.002, 0.001)
  s = smoothSubtract(0.0015, s, trochleaCut(0.0022), radialNotch)
  return s
}

function radius(): Sdf {
  const headFrame = frameFromUp(F(RADIAL_HEAD.lat, RADIAL_HEAD.t, 0), v.scale(FOREARM.y, -1))
  const head = cylinder(headFrame, RADIAL_HEAD.r, RADIAL_HEAD.halfHeight, 0.0025)
  const neck = roundCone(F(RADIAL_HEAD.lat, RADIAL_HEAD.t + 0.004, 0), F(0.0115, 0.04, 0), 0.0068, 0.0065)
  const tuberosity = ellipsoid(F(0.008, 0.045, 0.0035), [0.0048, 0.009, 0.0052])
  // Shaft bowed out (laterally) and thickening to the broad distal end.
  const shaft = tube([F(0.0115, 0.04, 0), F(0.0165, 0.11, 0.0), F(0.0195, 0.18, 0.0), F(0.0205, 0.215, 0.0)], [0.0068, 0.0074, 0.0086, 0.0105], 0.005)
  const interosseous = tube([F(0.006, 0.07, 0.0), F(0.011, 0.17, 0.0)], 0.0028, 0)
  // The distal end flares over its last few centimetres into a broad block.
  const distal = egg(F(0.0205, 0.24, 0.0015), 0.0168, [0.013, 0.026], [0.0105, 0.0112])
  const styloid = roundCone(F(0.031, 0.238, 0.001), F(0.0375, 0.2535, 0.0015), 0.0062, 0.0032)
  const lister = ellipsoid(F(0.022, 0.232, -0.0105), [0.003, 0.006, 0.0025])
  let s = smoothUnion(0.005, head, neck, tuberosity, shaft, interosseous, distal, styloid, lister)
  // Concave top of the head for the capitulum, ulnar notch for the ulnar head, carpal surface.
  const capCut = sphere(H(CAPITULUM.lat, 0, 0.001), CAPITULUM.r + 0.002)
  const ulnarNotch = sphere(F(ULNAR_HEAD.lat, ULNAR_HEAD.t, ULNAR_HEAD.fwd), ULNAR_HEAD.r + 0.0015)
  const carpal = egg(F(0.019, 0.2565, 0.0015), 0.016, [0.006, 0.0058], [0.009, 0.009])
  s = smoothSubtract(0.0015, s, capCut, ulnarNotch, carpal)
  return s
}

export const recipes: BoneRecipes = {
  clavicle_l: { sdf: clavicle, voxel: 0.0008, maxTriangles: 500 },
  scapula_l: { sdf: scapula, voxel: 0.0008, maxTriangles: 1500 },
  humerus_l: { sdf: humerus, voxel: 0.001, maxTriangles: 1800 },
  radius_l: { sdf: radius, voxel: 0.0008, maxTriangles: 900 },
  ulna_l: { sdf: ulna, voxel: 0.0008, maxTriangles: 900 },
}
