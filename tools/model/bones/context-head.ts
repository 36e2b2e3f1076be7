/**
 * Skull and mandible of the context skeleton. The skull is a smooth union of egg-shaped masses
 * (vault, cranial base, face) with the brow, cheek bones, zygomatic arches, nasal bones, mastoids,
 * occipital condyles and the upper teeth blended on, and the orbits, nasal aperture, temporal fossae,
 * foramen magnum and jaw-joint fossae cut away. Placement: lib/context-head-geom.ts.
 */
import type { BoneRecipes } from '../recipe'
import {
  ellipsoid,
  frameFromEuler,
  frameFromUp,
  orientedEllipsoid,
  roundBox,
  roundCone,
  smoothSubtract,
  smoothUnion,
  sphere,
  symmetricX,
  tube,
  union,
  v,
  type Sdf,
  type V3,
} from '../sdf/core'
import { band, egg, polygonPlate, superEgg, type BandSample } from './lib/context-sdf'
import { C0, CONDYLE_HEAD_R, LOWER_ARCH, LOWER_TEETH, OCCLUSAL_Y, TMJ_L, UPPER_ARCH, UPPER_TEETH, type Tooth } from './lib/context-head-geom'

/** A crown: an ellipsoid across the arch, its far half sunk in the alveolar bone. */
function tooth(t: Tooth, upper: boolean): Sdf {
  const sink = t.h * 0.55
  const c: V3 = v.add(t.centre, [0, upper ? sink / 2 : -sink / 2, 0])
  const frame = frameFromUp(c, [0, 1, 0], t.out)
  // Incisors are blades (thin front to back) with straight edges, canines a little pointed, molars blocks.
  const half: V3 = [t.w * 0.86, (t.h + sink) / 2, t.d]
  const crown = roundBox(frame, half, t.kind === 'incisor' ? 0.0013 : t.kind === 'canine' ? 0.0022 : 0.0018)
  return crown
}

const mirror = (p: V3): V3 => [-p[0], p[1], p[2]]
/** Height of the condyles' centres above the C0–C1 joint point (their surfaces clear the atlas by ≈ 1 mm). */
const CONDYLE_LIFT = 0.0030

function skull(): Sdf {
  // --- Cranium: two overlapping eggs (broad parietal-occipital, narrower frontal), their lower parts
  // trimmed by the sloping plane of the cranial base (foramen magnum up and back to the inion).
  const vaultBack = egg([0, 1.672, -0.01], 0.0725, [0.046, 0.073], [0.088, 0.07])
  const vaultFront = superEgg([0, 1.675, 0.018], 0.064, [0.042, 0.069], [0.06, 0.073], 2.5)
  const cranium = smoothUnion(0.03, vaultBack, vaultFront)
  // The facial skeleton: one mass from the brow to the alveolar process; orbits and nose are cut from it.
  const upperFace = egg([0, 1.632, 0.04], 0.058, [0.03, 0.032], [0.03, 0.054])
  const maxilla = egg([0, 1.598, 0.052], 0.045, [0.03, 0.03], [0.03, 0.04])
  const face = smoothUnion(0.012, upperFace, maxilla)
  const inion = ellipsoid([0, 1.668, -0.095], [0.012, 0.006, 0.006])
  // The glabella stands out above the nasion, where the profile dips in before the nasal bones.
  const glabella = ellipsoid([0, 1.6595, 0.093], [0.0125, 0.0075, 0.0065])
  const nasal = band(
    [
      { p: [0, 1.6495, 0.0925], n: v.norm([0, 0.1, 1]), th: 0.005, h: 0.009 },
      { p: [0, 1.638, 0.0985], n: v.norm([0, 0.35, 1]), th: 0.0045, h: 0.013 },
      { p: [0, 1.6275, 0.1005], n: v.norm([0, 0.6, 1]), th: 0.0048, h: 0.016 },
    ],
    0.002,
  )
  const ans = roundCone([0, 1.5935, 0.088], [0, 1.5925, 0.0955], 0.0032, 0.0018)
  // The alveolar process and hard palate that carry the upper teeth.
  const alveolarY = OCCLUSAL_Y + 0.0125
  const alveolus = tube(UPPER_ARCH.map(([x, z]) => [x, alveolarY, z - 0.001] as V3), 0.0068, 0.003)
  const palate = egg([0, alveolarY + 0.003, 0.057], 0.029, [0.004, 0.004], [0.038, 0.034])

  // --- Left-side parts (mirrored).
  const brow = tube(
    [
      [0.006, 1.6555, 0.0945],
      [0.02, 1.657, 0.0905],
      [0.036, 1.6575, 0.0835],
    ],
    [0.0046, 0.0042, 0.0032],
    0.004,
  )
  // Zygomatic bone: a plate facing forward and out (cheek), with its frontal process rising to the
  // brow as the lateral orbital rim and its temporal process running back into the arch.
  const zygoma = polygonPlate(
    frameFromUp([0.0495, 1.625, 0.0625], [0, 1, 0], v.norm([0.75, 0, 0.65])),
    [
      [-0.005, 0.0295],
      [0.0055, 0.0295],
      [0.0065, 0.012],
      [0.016, 0.0025],
      [0.0235, -0.0015],
      [0.0225, -0.009],
      [0.013, -0.0135],
      [0.0, -0.0185],
      [-0.015, -0.0135],
      [-0.019, -0.003],
      [-0.01, 0.008],
    ],
    0.0085,
    0.0035,
  )
  // The zygomatic buttress: from the cheek down to the alveolus over the first molar.
  const buttress = roundCone([0.047, 1.615, 0.06], [0.032, alveolarY + 0.002, 0.05], 0.0065, 0.0055)
  const archPts: V3[] = [
    [0.0545, 1.619, 0.056],
    [0.0615, 1.618, 0.043],
    [0.0655, 1.618, 0.028],
    [0.0648, 1.6205, 0.013],
    [0.059, 1.624, 0.001],
  ]
  const arch = band(
    archPts.map((p): BandSample => ({ p, n: [1, 0, 0], th: 0.005, h: 0.0102 })),
    0.002,
  )
  // Temporal bone: the squama and the mastoid part carry the side wall down to the ear.
  const temporal = egg([0.05, 1.638, -0.006], 0.0175, [0.018, 0.03], [0.032, 0.03])
  const mastoid = roundCone([0.0535, 1.632, -0.014], [0.0505, 1.611, -0.0085], 0.0098, 0.0058)
  // Occipital condyles: long ovals converging forward, their joint surfaces facing down and out into
  // the atlas's cupped facets (which in this layout also rise towards the front).
  const condyle = orientedEllipsoid(frameFromEuler([0.0136, C0[1] + CONDYLE_LIFT, C0[2] - 0.0005], -22, -20, 22), [0.0048, 0.0046, 0.0105])
  const left = union(zygoma, buttress, temporal, mastoid)

  let solid = smoothUnion(0.014, cranium, face)
  solid = smoothUnion(0.008, solid, symmetricX(brow))
  solid = smoothUnion(0.005, solid, inion, glabella, nasal, ans, alveolus, palate, symmetricX(left))

  // --- Cuts. The orbit: a rounded box (the opening is a rounded square, its lateral side lower)
  // funnelling back into a narrower cone.
  const orbitFrame = frameFromEuler([0.0345, 1.6385, 0.083], -6, 14, -8)
  // The walls funnel steeply back towards the optic canal, so the socket reads dark under the lights.
  const orbit = union(
    roundBox(orbitFrame, [0.0195, 0.0172, 0.012], 0.0095),
    roundCone([0.0335, 1.638, 0.074], [0.022, 1.636, 0.036], 0.0165, 0.004),
  )
  const temporalFossa = ellipsoid([0.08, 1.645, 0.022], [0.027, 0.029, 0.033])
  const under = ellipsoid([0.064, 1.598, 0.02], [0.02, 0.017, 0.026]) // the infratemporal fossa under the arch
  const jawFossa = orientedEllipsoid(frameFromEuler(TMJ_L, 0, -15, 0), v.add(CONDYLE_HEAD_R, [0.0022, 0.0022, 0.0022]))
  const meatus = roundCone([0.068, 1.624, -0.002], [0.052, 1.625, -0.002], 0.0042, 0.0032)
  const nasalAperture = union(ellipsoid([0, 1.6055, 0.095], [0.0118, 0.0125, 0.026]), ellipsoid([0, 1.619, 0.095], [0.0075, 0.0105, 0.026]))
  const nasalCavity = ellipsoid([0, 1.612, 0.062], [0.0115, 0.021, 0.03])
  const foramen = union(ellipsoid([0, 1.645, -0.013], [0.0135, 0.009, 0.0175]), ellipsoid([0, 1.658, -0.013], [0.012, 0.018, 0.015]))
  // The recess under the occiput where the atlas sits between the mastoids (see the geometry notes).
  const atlasRecess = union(ellipsoid([0, 1.611, -0.006], [0.043, 0.025, 0.034]), symmetricX(ellipsoid([0.039, 1.622, -0.001], [0.009, 0.0075, 0.009])), roundBox(frameFromEuler([0, 1.621, 0.001], 0, 0, 0), [0.031, 0.02, 0.024], 0.01))
  solid = smoothSubtract(0.01, solid, symmetricX(union(temporalFossa, under)), atlasRecess)
  solid = smoothSubtract(0.006, solid, symmetricX(orbit))
  // The nasion: a shallow saddle across the bridge between the glabella and the nasal bones.
  const nasion = ellipsoid([0, 1.6505, 0.0995], [0.011, 0.0035, 0.0055])
  solid = smoothSubtract(0.004, solid, symmetricX(union(jawFossa, meatus)), nasalAperture, nasalCavity, foramen, nasion)
  // The zygomatic arches bridge the temporal fossae: added after the fossae are cut.
  solid = smoothUnion(0.004, solid, symmetricX(union(arch, condyle)))
  // Upper teeth (crowns only show).
  const teeth = UPPER_TEETH.flatMap((t) => [tooth(t, true), tooth({ ...t, centre: mirror(t.centre), along: mirror(t.along), out: mirror(t.out) }, true)])
  return smoothUnion(0.0012, solid, ...teeth)
}

// The ramus is not flat: its mid-surface flares out (laterally) at the angle, where the masseter pulls
// the border outwards, and sinks in a little above it, so the lateral face is a shallow masseteric
// fossa between the flared angle and the thick posterior border. Sizes are judgements from atlas views.
const ramusMid = (x: number, y: number) =>
  0.0035 * Math.exp(-((x + 0.0175) ** 2 + (y - 1.543) ** 2) / 0.009 ** 2) - 0.0013 * Math.exp(-((x + 0.027) ** 2 + (y - 1.566) ** 2) / 0.011 ** 2)

function mandible(): Sdf {
  // Body (left half): a tall band under the teeth, its lower border rising towards the angle.
  const path: [number, number, number, number][] = [
    // x, z, lower border y, thickness
    [0, 0.0862, 1.5225, 0.0135],
    [0.012, 0.0826, 1.523, 0.012],
    [0.022, 0.0738, 1.5245, 0.0112],
    [0.029, 0.063, 1.526, 0.011],
    [0.035, 0.0495, 1.528, 0.0112],
    [0.0405, 0.037, 1.531, 0.0115],
    [0.0445, 0.028, 1.5345, 0.0115],
    [0.047, 0.021, 1.539, 0.0105],
  ]
  const topY = OCCLUSAL_Y - 0.0095 + 0.0025
  const samples: BandSample[] = path.map(([x, z, bot, th], i) => {
    const a = path[Math.max(0, i - 1)]!, b = path[Math.min(path.length - 1, i + 1)]!
    const t = v.norm([b[0] - a[0], 0, b[1] - a[1]])
    return { p: [x, (topY + bot) / 2, z], n: [-t[2], 0, t[0]], th, h: topY - bot }
  })
  const body = band(samples, 0.003)
  // Ramus: a plate in a near-sagittal plane (local x = backwards, y = up, z = lateral).
  const ramusFrame = frameFromUp([0.0475, 0, 0], [0, 1, 0], [1, 0, 0])
  const outline: [number, number][] = (
    [
      // (z forward, y up.) Posterior border, from the angle up to the condylar neck and condyle.
      [0.019, 1.5405],
      [0.0155, 1.552],
      [0.0125, 1.572],
      [0.0105, 1.59],
      [0.0085, 1.6065],
      [0.0105, 1.6085],
      // The mandibular notch: a deep U between the condyle and the coronoid process.
      [0.0155, 1.598],
      [0.02, 1.5885],
      [0.0255, 1.5905],
      [0.03, 1.598],
      // The pointed coronoid process, then the anterior border down into the body.
      [0.0325, 1.6045],
      [0.0355, 1.6105],
      [0.0385, 1.6075],
      [0.0398, 1.595],
      [0.0388, 1.578],
      [0.0398, 1.56],
      [0.0388, 1.547],
      [0.035, 1.539],
      [0.0275, 1.5355],
    ] as [number, number][]
  ).map(([z, y]) => [-z, y])
  const ramus = polygonPlate(
    ramusFrame,
    outline,
    0.0072,
    0.0026,
    (x, y) => {
      // Thick posterior border and condylar neck, thin in the middle of the ramus.
      const post = Math.max(0, 1 - Math.abs(x + 0.0175 - (y - 1.54) * 0.16) / 0.008)
      return 0.0046 + 0.0026 * post
    },
    { f: ramusMid, range: [-0.002, 0.004], maxSlope: 0.35 },
  )
  // The posterior border: a rounded bar from the angle up to the condylar neck.
  const borderPts: V3[] = (
    [
      [0.0188, 1.5445],
      [0.0158, 1.5555],
      [0.013, 1.5725],
      [0.011, 1.59],
      [0.0096, 1.6015],
    ] as [number, number][]
  ).map(([z, y]) => [0.0475 + ramusMid(-z, y), y, z])
  const posteriorBorder = tube(borderPts, [0.0033, 0.0036, 0.0035, 0.0032, 0.003], 0.002)
  const head = orientedEllipsoid(frameFromEuler(TMJ_L, 0, -15, 0), CONDYLE_HEAD_R)
  const neck = roundCone([TMJ_L[0] - 0.001, TMJ_L[1] - 0.004, TMJ_L[2] - 0.001], [0.0478, 1.594, 0.0118], 0.0048, 0.0045)
  const chin = egg([0, 1.5285, 0.0885], 0.0135, [0.0055, 0.009], [0.006, 0.0045])
  const tubercle = ellipsoid([0.012, 1.5265, 0.0855], [0.006, 0.005, 0.004])
  const alveolus = tube(LOWER_ARCH.map(([x, z]) => [x, topY - 0.004, z] as V3), 0.0055, 0.003)
  const half = smoothUnion(0.004, body, ramus, posteriorBorder, head, neck, chin, tubercle, alveolus)
  let m = symmetricX(half)
  const mental = sphere([0.0245, 1.5375, 0.0785], 0.0024)
  m = smoothSubtract(0.0015, m, symmetricX(mental))
  const teeth = LOWER_TEETH.flatMap((t) => [tooth(t, false), tooth({ ...t, centre: mirror(t.centre), along: mirror(t.along), out: mirror(t.out) }, false)])
  return smoothUnion(0.0012, m, ...teeth)
}

export const recipes: BoneRecipes = {
  skull: { sdf: skull, voxel: 0.0009, maxTriangles: 8000 },
  mandible: { sdf: mandible, voxel: 0.0008, maxTriangles: 1500 },
}
