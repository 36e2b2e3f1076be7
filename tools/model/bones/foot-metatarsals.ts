/**
 * The five metatarsals of the left foot: base, shaft and head each. Authored in each ray's frame
 * (lib/foot-frame.ts: origin at the centre of the base's joint surface, +Z to the head, +Y dorsal),
 * then clipped in foot space by the tarsometatarsal planes and the column partitions so the bases
 * meet the cuneiforms, the cuboid and each other with a joint space.
 */
import type { BoneRecipes } from '../recipe'
import { capsule, ellipsoid, place, smoothPath, smoothRadii, smoothSubtract, smoothUnion, tube, v, type Frame, type Sdf, type V3 } from '../sdf/core'
import { GAP, PARTITIONS, RAYS, fifthTuberosity, inFoot, metatarsalHead, planeCut, shiftPlane, stretch, type Ray } from './lib/foot-frame'

interface Shape {
  /** Base half-sizes: width, height, and length of the block. */
  base: V3
  /** Shaft radii just beyond the base and at the neck (the shaft is 1.25× taller than wide). */
  shaft: [number, number]
  /** Dorsal bow of the shaft at its middle. */
  bow: number
}

const SHAPES: Record<number, Shape> = {
  1: { base: [0.0088, 0.0135, 0.0065], shaft: [0.0066, 0.0058], bow: 0.0012 },
  2: { base: [0.0062, 0.0095, 0.0065], shaft: [0.0038, 0.0034], bow: 0.0016 },
  3: { base: [0.0065, 0.009, 0.0065], shaft: [0.0037, 0.0033], bow: 0.0015 },
  4: { base: [0.006, 0.0085, 0.006], shaft: [0.0036, 0.0033], bow: 0.0014 },
  5: { base: [0.0062, 0.008, 0.006], shaft: [0.0039, 0.0034], bow: 0.0012 },
}

/** Field in the ray frame -> foot space. */
const inRay = (r: Ray, sdf: Sdf) => place(sdf, r.frame)

/** Field in foot space -> the ray frame (the inverse placement). */
function toRay(r: Ray, sdf: Sdf): Sdf {
  const f = r.frame
  const inv: Frame = {
    origin: [-v.dot(f.origin, f.x), -v.dot(f.origin, f.y), -v.dot(f.origin, f.z)],
    x: [f.x[0], f.y[0], f.z[0]],
    y: [f.x[1], f.y[1], f.z[1]],
    z: [f.x[2], f.y[2], f.z[2]],
  }
  return place(sdf, inv)
}

function metatarsal(n: number): Sdf {
  const r = RAYS[n - 1]!
  const s = SHAPES[n]!
  const L = r.length
  const [hw, hh, hl] = r.headR
  const [bw, bh, bl] = s.base

  // Base: a rounded block, cut flat behind by the tarsometatarsal plane and at the sides by its neighbours.
  const base = ellipsoid([0, 0, bl], [bw * 1.2, bh * 1.12, bl * 1.7])
  // Shaft: slender, bowed dorsally, tapering to the neck; flared into the base and the head by the blends.
  const z0 = bl * 1.4, z1 = L - hl * 0.6
  const pts: V3[] = smoothPath([[0, bh * 0.1, z0], [0, s.bow, (z0 + z1) / 2], [0, -hh * 0.15, z1]], 4)
  const shaft = stretch(tube(pts, smoothRadii([s.shaft[0], (s.shaft[0] + s.shaft[1]) / 2, s.shaft[1]], 4)), [1, 1.25, 1])
  // Head: the shared articular head (lib) in the ray frame; the neck is pinched dorsally.
  const head = metatarsalHead(n)
  let mt = smoothUnion(0.004, base, shaft)
  mt = smoothUnion(0.0065, mt, toRay(r, head))
  // The dorsal sulcus behind the head's articular surface, and the pits for the collateral ligaments.
  const neckDorsal = ellipsoid([0, hh * 0.95, L - hl * 1.05], [hw * 1.1, hh * 0.3, hl * 0.45])
  const pits = [-1, 1].map((k) => ellipsoid([k * hw * 1.05, hh * 0.3, L - hl * 0.3], [hw * 0.16, hh * 0.22, hl * 0.24]))
  mt = smoothSubtract(0.002, mt, neckDorsal, ...pits)
  if (n === 1) {
    // Grooves for the two sesamoids under the head, parted by a crest.
    const grooves = [-1, 1].map((k) => capsule([k * hw * 0.42, -hh * 1.1, L - hl * 0.9], [k * hw * 0.42, -hh * 1.0, L + hl * 0.1], hw * 0.3))
    // The plantar-lateral tubercle for peroneus longus on the base.
    const tubercle = ellipsoid([bw * 0.55, -bh * 0.8, bl * 0.9], [0.0042, 0.0042, 0.0055])
    mt = smoothUnion(0.003, smoothSubtract(0.0015, mt, ...grooves), tubercle)
  }
  let foot = inRay(r, mt)
  if (n === 5) foot = smoothUnion(0.006, foot, fifthTuberosity())
  return foot
}

/** Clips the base: behind its tarsometatarsal plane, and at the sides against the neighbouring bases. */
function clipBase(n: number, sdf: Sdf): Sdf {
  const r = RAYS[n - 1]!
  const lateral = n === 5 ? 0.043 : 0.05
  // The flat sides between neighbouring bases reach only as far as the bases themselves.
  const region = { min: [-0.04, 0, r.base[2] - 0.02] as V3, max: [lateral, 0.06, r.base[2] + 0.019] as V3 }
  const cuts: Sdf[] = [planeCut({ p: r.base, n: r.baseNormal }, { min: region.min, max: [n === 5 ? 0.041 : 0.05, 0.06, r.base[2] + 0.01] })]
  // Column partitions: metatarsal n lies between partitions n - 1 (medial) and n (lateral).
  if (PARTITIONS[n - 1]) cuts.push(planeCut({ p: shiftPlane(PARTITIONS[n - 1]!, GAP / 2).p, n: v.scale(PARTITIONS[n - 1]!.n, -1) }, region))
  if (PARTITIONS[n]) cuts.push(planeCut(shiftPlane(PARTITIONS[n]!, -GAP / 2), region))
  return smoothSubtract(0.0012, sdf, ...cuts)
}

export function metatarsalBone(n: number): Sdf {
  return clipBase(n, metatarsal(n))
}

export const recipes: BoneRecipes = Object.fromEntries(
  [1, 2, 3, 4, 5].map((n) => [`metatarsal_${n}_l`, { sdf: () => inFoot(metatarsalBone(n)), voxel: 0.0005, maxTriangles: 450, ...(n === 1 || n === 5 ? { error: 0.0004 } : {}) }]),
)
