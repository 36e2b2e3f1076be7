/**
 * The left femur. The head sits in the acetabulum (HIP_JOINT), the neck leaves it at the neck–shaft
 * angle and anteversion of the shared fit points, the shaft runs obliquely down and in (knees closer
 * than hips) with a slight forward bow, and the condyles rest on the tibial plateau
 * (KNEE_JOINT.plateauY + condyleGap) with the patella in front of the trochlea.
 */
import type { BoneRecipes } from '../recipe'
import {
  ellipsoid,
  orientedEllipsoid,
  roundBox,
  roundCone,
  smoothPath,
  smoothRadii,
  smoothSubtract,
  sphere,
  v,
  type Sdf,
  type V3,
} from '../sdf/core'
import { HIP_JOINT, KNEE_JOINT } from './lib/interfaces'
import { frameXY, ribbon, ridgeOn, smoothUnionIn, tubeIn, unionIn } from './lib/leg-sdf'

const H = HIP_JOINT.centreL
const HEAD_R = HIP_JOINT.femoralHeadRadius
const K = KNEE_JOINT.centreL
/** Lowest point of the condyles: on the plateau, with the cartilage gap. */
const CONDYLE_BOTTOM = KNEE_JOINT.plateauY + KNEE_JOINT.condyleGap

// The shaft axis, from the neck–shaft junction to the middle of the distal femur. Its top lies about
// 43 mm lateral of the head centre (the femoral offset), so it leans ~6° from the vertical.
const SHAFT_LOW: V3 = [K[0] + 0.001, K[1] + 0.032, K[2] + 0.006]
const SHAFT_TOP_GUESS: V3 = [H[0] + 0.038, H[1] - 0.034, H[2] - 0.008]
const SHAFT_DOWN = v.norm(v.sub(SHAFT_LOW, SHAFT_TOP_GUESS))

/** Neck axis toward the head: 125° from the shaft in the frontal plane, turned 12° forward. */
const NECK_DIR: V3 = (() => {
  const a = (HIP_JOINT.neckShaftAngle * Math.PI) / 180
  // Rotate the downward shaft direction by the neck–shaft angle toward the medial side.
  const dx = SHAFT_DOWN[0], dy = SHAFT_DOWN[1]
  const c = Math.cos(-a), s = Math.sin(-a)
  const fx = dx * c - dy * s, fy = dx * s + dy * c
  const av = (HIP_JOINT.anteversion * Math.PI) / 180
  const horiz = Math.abs(fx)
  return v.norm([-horiz * Math.cos(av), fy, horiz * Math.sin(av)])
})()
const NECK_LEN = 0.052
const NECK_BASE = v.sub(H, v.scale(NECK_DIR, NECK_LEN))

function proximal(): Sdf {
  const head = sphere(H, HEAD_R)
  // Neck: flattened front to back, narrowest just outside the head, flaring into the trochanters.
  const neckPts = [v.add(H, v.scale(NECK_DIR, -0.012)), v.add(H, v.scale(NECK_DIR, -0.028)), v.add(H, v.scale(NECK_DIR, -0.045)), v.add(NECK_BASE, [0.006, -0.008, 0])]
  const neck = ribbon(neckPts, [0.0172, 0.0165, 0.0185, 0.023], [0.0138, 0.013, 0.0148, 0.0175], [0, 0, 1])
  // Greater trochanter: a quadrangular mass above the neck–shaft junction, its tip near head-centre level.
  const gtTip: V3 = [H[0] + 0.049, H[1] - 0.004, H[2] - 0.014]
  const gt = smoothUnionIn(
    0.008,
    orientedEllipsoid(frameXY([H[0] + 0.05, H[1] - 0.03, H[2] - 0.006], [0.12, 1, -0.1], [1, 0, 0]), [0.032, 0.0155, 0.022]),
    orientedEllipsoid(frameXY(gtTip, [0.25, 1, -0.25], [1, 0, 0.2]), [0.012, 0.0105, 0.012]),
    // The intertrochanteric region: broad, between the trochanters and under the neck.
    orientedEllipsoid(frameXY([H[0] + 0.036, H[1] - 0.05, H[2] - 0.008], [0.45, 1, 0], [1, 0, 0]), [0.03, 0.017, 0.017]),
  )
  // Lesser trochanter: a conical knob on the posteromedial side, below the neck.
  const lt = smoothUnionIn(0.006, roundCone([H[0] + 0.032, H[1] - 0.066, H[2] - 0.012], [H[0] + 0.017, H[1] - 0.074, H[2] - 0.026], 0.011, 0.0062), sphere([H[0] + 0.028, H[1] - 0.07, H[2] - 0.018], 0.0085))
  // Intertrochanteric crest (behind) and line (in front), from the greater to the lesser trochanter.
  const crest = tubeIn(smoothPath([[H[0] + 0.046, H[1] - 0.006, H[2] - 0.027], [H[0] + 0.039, H[1] - 0.035, H[2] - 0.029], [H[0] + 0.027, H[1] - 0.066, H[2] - 0.024]], 3), smoothRadii([0.0045, 0.0052, 0.0045], 3))
  const line = tubeIn(smoothPath([[H[0] + 0.05, H[1] - 0.02, H[2] + 0.011], [H[0] + 0.042, H[1] - 0.048, H[2] + 0.01], [H[0] + 0.03, H[1] - 0.072, H[2] + 0.004]], 3), 0.0026)
  return smoothUnionIn(0.006, head, neck, gt, lt, crest, line)
}

/** Shaft centre line: a gentle forward bow (about 1 cm at mid-thigh). */
function shaftPath(): V3[] {
  const top: V3 = v.add(NECK_BASE, [0.004, -0.012, 0.0])
  const pts: V3[] = []
  for (let i = 0; i <= 6; i++) {
    const t = i / 6
    const p = v.lerp(top, SHAFT_LOW, t)
    pts.push([p[0], p[1], p[2] + 0.009 * Math.sin(Math.PI * t)])
  }
  return pts
}

function shaft(): Sdf {
  const pts = shaftPath()
  // Radii: broad under the trochanters, about 13 mm at mid-thigh, flaring again above the knee.
  const r = [0.0162, 0.0142, 0.0134, 0.0133, 0.0135, 0.0141, 0.015]
  return tubeIn(smoothPath(pts, 3), smoothRadii(r, 3))
}

/** The distal metaphysis: widens smoothly (quadratically) from the shaft to the condyles. */
function flareRibbon(xc: number, y0: number, z0: number): Sdf {
  const n = 10
  const pts: V3[] = [], w: number[] = [], th: number[] = []
  for (let i = 0; i <= n; i++) {
    const t = i / n
    pts.push([xc + 0.0135 * (1 - t), y0 + 0.145 - 0.105 * t, z0 + 0.0098 - 0.0118 * t])
    w.push(0.013 + (0.033 - 0.013) * t * t)
    th.push(0.013 + (0.021 - 0.013) * t * t)
  }
  return ribbon(pts, w, th, [0, 0, 1])
}

function distal(): Sdf {
  const xc = K[0]
  const y0 = CONDYLE_BOTTOM
  const z0 = K[2]
  // Metaphysis: widens from the shaft to the condyles, flat behind (the popliteal surface).
  const flare = ellipsoid([xc, y0 + 0.04, z0 - 0.003], [0.034, 0.026, 0.021])
  // Condyles: the medial one larger; both rest on the plateau. Each is a distal wheel plus a
  // rounder posterior part that stands out behind the shaft.
  const lateralC = orientedEllipsoid(frameXY([xc + 0.021, y0 + 0.0225, z0 - 0.004], [1, 0, 0.08], [0, 1, 0]), [0.013, 0.0225, 0.026])
  const medialC = orientedEllipsoid(frameXY([xc - 0.022, y0 + 0.0225, z0 - 0.006], [1, 0, -0.1], [0, 1, 0]), [0.014, 0.0225, 0.027])
  const lateralBack = ellipsoid([xc + 0.022, y0 + 0.024, z0 - 0.016], [0.0125, 0.02, 0.019])
  const medialBack = ellipsoid([xc - 0.023, y0 + 0.024, z0 - 0.018], [0.0135, 0.02, 0.019])
  // Patellar surface: the lateral lip stands higher and further forward than the medial.
  const trochlea = smoothUnionIn(
    0.01,
    ellipsoid([xc + 0.012, y0 + 0.042, z0 + 0.0155], [0.02, 0.027, 0.0225]),
    ellipsoid([xc - 0.012, y0 + 0.038, z0 + 0.0135], [0.019, 0.023, 0.0205]),
  )
  // Epicondyles: broad, low eminences on the flat sides (85 mm apart), and the adductor tubercle.
  const w = KNEE_JOINT.epicondylarWidth / 2
  const epicondyles = [
    ellipsoid([xc - w + 0.007, y0 + 0.03, z0 - 0.012], [0.007, 0.018, 0.018]),
    ellipsoid([xc + w - 0.0075, y0 + 0.028, z0 - 0.01], [0.0065, 0.017, 0.018]),
    ellipsoid([xc - 0.033, y0 + 0.05, z0 - 0.014], [0.004, 0.008, 0.006]),
  ]
  const block = smoothUnionIn(0.008, flare, lateralC, medialC, lateralBack, medialBack, trochlea, smoothUnionIn(0.01, flare, ...epicondyles))
  // Intercondylar notch: an arch open behind and below, roofed about 3 cm above the joint line.
  const notch = roundBox(frameXY([xc - 0.0005, y0 + 0.006, z0 - 0.022], [1, 0, 0], [0, 1, 0.25]), [0.0098, 0.024, 0.024], 0.0085)
  // Trochlear groove: down the front and into the notch, a little medial of centre.
  const groove = tubeIn(smoothPath([[xc - 0.002, y0 + 0.068, z0 + 0.041], [xc - 0.003, y0 + 0.046, z0 + 0.0455], [xc - 0.003, y0 + 0.026, z0 + 0.039], [xc - 0.002, y0 + 0.011, z0 + 0.026]], 3), 0.0135)
  return smoothSubtract(0.003, block, notch, groove)
}

function femur(): Sdf {
  // The shaft and the metaphyseal flare share their surface where they meet: a plain union there
  // (a smooth union of nearly coincident surfaces swells them by a quarter of the blend radius).
  const shaftAndFlare = unionIn(shaft(), flareRibbon(K[0], CONDYLE_BOTTOM, K[2]))
  const body = smoothUnionIn(0.012, proximal(), shaftAndFlare, distal())
  // Ridges on the back: linea aspera, splitting above (gluteal tuberosity, pectineal line) and
  // below (supracondylar lines).
  const fromBehind: V3 = [0, 0, 1]
  const mid = shaftPath()
  const at = (i: number, dx: number, dy = 0): V3 => [mid[i]![0] + dx, mid[i]![1] + dy, mid[i]![2] - 0.03]
  const ridges = [
    ridgeOn(body, [at(2, 0, 0.03), at(2, 0), at(3, 0), at(4, 0), at(4, 0, -0.03)], fromBehind, [0.0022, 0.0032, 0.0034, 0.003, 0.0022], -0.0012),
    ridgeOn(body, [at(2, 0.002, 0.03), at(1, 0.008, 0.01), at(1, 0.012, 0.05)], fromBehind, [0.0022, 0.0035, 0.0025], -0.001),
    ridgeOn(body, [at(2, -0.002, 0.03), at(1, -0.008, 0.02), at(1, -0.011, 0.06)], fromBehind, [0.0018, 0.0016, 0.0014], -0.001),
    ridgeOn(body, [at(4, 0.001, -0.03), at(5, 0.007, -0.01), at(6, 0.02, -0.012)], fromBehind, [0.0016, 0.0013, 0.0012], -0.0009),
    ridgeOn(body, [at(4, -0.001, -0.03), at(5, -0.008, -0.01), at(6, -0.024, -0.004)], fromBehind, [0.0016, 0.0013, 0.0012], -0.0009),
  ]
  const withRidges = smoothUnionIn(0.004, body, ...ridges)
  // Fovea capitis: a small pit on the medial head, facing the acetabular fossa.
  const fovea = sphere(v.add(H, v.scale(v.norm([-0.95, 0.2, -0.2]), HEAD_R + 0.0028)), 0.0055)
  // Trochanteric fossa: the pit on the medial side of the greater trochanter's tip, behind the neck.
  const trochantericFossa = sphere([H[0] + 0.037, H[1] - 0.014, H[2] - 0.02], 0.0065)
  return smoothSubtract(0.0015, withRidges, fovea, trochantericFossa)
}

export const recipes: BoneRecipes = {
  femur_l: { sdf: femur, voxel: 0.001, maxTriangles: 5000 },
}
