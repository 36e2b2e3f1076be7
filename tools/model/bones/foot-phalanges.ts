/**
 * The 14 phalanges of the left foot: two in the big toe, three in each of the others. Each toe is a
 * chain from its metatarsal head: the proximal phalanx is carved around the head's ellipsoid (the
 * shared MTP surface from lib/foot-frame.ts), each further phalanx around the head before it.
 * Toes 2–5 are gently flexed at the interphalangeal joints so their tips come down to the floor.
 */
import type { BoneRecipes } from '../recipe'
import { capsule, ellipsoid, place, smoothPath, smoothRadii, smoothSubtract, smoothUnion, tube, v, type Frame, type Sdf, type V3 } from '../sdf/core'
import { GAP, RAYS, axisFrame, carve, inFoot, metatarsalHead, stretch } from './lib/foot-frame'

type Kind = 'proximal' | 'middle' | 'distal'

interface PhalanxSize {
  length: number
  /** Base half-sizes: width, height. */
  base: [number, number]
  /** Shaft radius (the shaft is flattened: 1.3× wider than tall). */
  shaft: number
  /** Head (or, for a distal phalanx, tuft) half-sizes: width, height, length. */
  head: V3
}

/** Toe direction per phalanx: yaw (degrees, + lateral) and pitch (degrees, + up), foot space. */
interface Toe {
  yaw: number
  pitch: number[]
  bones: PhalanxSize[]
}

const P = (length: number, base: [number, number], shaft: number, head: V3): PhalanxSize => ({ length, base, shaft, head })

/**
 * Lengths (mm): proximal 30, 26, 23, 21, 19; middle 11, 9.5, 8.5, 7.5; distal 21 (hallux), 9, 8.5, 8, 7.5.
 * The hallux angles 7° laterally on the 1st metatarsal (normal valgus); the small toes turn in a little.
 */
const TOES: Record<number, Toe> = {
  1: {
    yaw: 7,
    pitch: [-1, -7],
    bones: [P(0.03, [0.0092, 0.0072], 0.0048, [0.0072, 0.0052, 0.0048]), P(0.021, [0.0082, 0.006], 0.004, [0.0068, 0.0031, 0.0045])],
  },
  2: {
    yaw: 2,
    pitch: [3, -14, -22],
    bones: [P(0.0275, [0.005, 0.0046], 0.0027, [0.0037, 0.003, 0.003]), P(0.0112, [0.0041, 0.0036], 0.0027, [0.0033, 0.0027, 0.0024]), P(0.0095, [0.0036, 0.0031], 0.0022, [0.0028, 0.0016, 0.002])],
  },
  3: {
    yaw: -1,
    pitch: [3, -14, -22],
    bones: [P(0.023, [0.0048, 0.0044], 0.0026, [0.0036, 0.0029, 0.0029]), P(0.0095, [0.004, 0.0035], 0.0026, [0.0032, 0.0026, 0.0023]), P(0.0085, [0.0035, 0.003], 0.0021, [0.0027, 0.0016, 0.0019])],
  },
  4: {
    yaw: -4,
    pitch: [3, -14, -22],
    bones: [P(0.021, [0.0047, 0.0043], 0.0026, [0.0035, 0.0028, 0.0028]), P(0.0085, [0.0039, 0.0034], 0.0026, [0.0031, 0.0025, 0.0022]), P(0.008, [0.0034, 0.0029], 0.0021, [0.0026, 0.0015, 0.0018])],
  },
  5: {
    yaw: -8,
    pitch: [2, -14, -22],
    bones: [P(0.019, [0.0047, 0.0042], 0.0026, [0.0035, 0.0028, 0.0027]), P(0.0075, [0.0039, 0.0033], 0.0026, [0.003, 0.0024, 0.0021]), P(0.0075, [0.0034, 0.0028], 0.0021, [0.0026, 0.0015, 0.0017])],
  },
}

/** Interphalangeal joint space: a little narrower than the rest, these joints are small. */
const TOE_GAP = 0.0016

const deg = Math.PI / 180
function direction(yaw: number, pitch: number): V3 {
  return [Math.sin(yaw * deg) * Math.cos(pitch * deg), Math.sin(pitch * deg), Math.cos(yaw * deg) * Math.cos(pitch * deg)]
}

/** Distance from an ellipsoid's centre to its surface along unit direction u (given in its frame's axes). */
function ellipsoidReach(f: Frame, r: V3, u: V3): number {
  const a = v.dot(u, f.x) / r[0], b = v.dot(u, f.y) / r[1], c = v.dot(u, f.z) / r[2]
  return 1 / Math.hypot(a, b, c)
}

interface Placed {
  kind: Kind
  size: PhalanxSize
  /** Frame: origin at the centre of the base's joint surface, +Z along the bone. */
  frame: Frame
  /** The articular head (or tuft) in foot space, for carving the next base. */
  head: Sdf
}

/** Places the phalanges of toe n, head to tip. */
function chain(n: number): Placed[] {
  const toe = TOES[n]!
  const ray = RAYS[n - 1]!
  const kinds: Kind[] = toe.bones.length === 2 ? ['proximal', 'distal'] : ['proximal', 'middle', 'distal']
  const out: Placed[] = []
  // The first base sits on the metatarsal head where the toe's direction leaves it.
  let u = direction(toe.yaw, toe.pitch[0]!)
  let origin = v.add(ray.head, v.scale(u, ellipsoidReach(ray.frame, ray.headR, u) + GAP))
  for (let i = 0; i < kinds.length; i++) {
    const size = toe.bones[i]!
    u = direction(toe.yaw, toe.pitch[i]!)
    const frame = axisFrame(origin, u)
    const h = size.head
    const headCentre = v.add(origin, v.scale(u, size.length - h[2]))
    // The articular head as built below: two condyles side by side (a pulley); for carving the next base.
    const head = place(smoothUnion(0.0025, ...[-1, 1].map((k) => ellipsoid([k * h[0] * 0.38, -h[1] * 0.05, 0], [h[0] * 0.62, h[1], h[2]]))), { ...frame, origin: headCentre })
    out.push({ kind: kinds[i]!, size, frame, head })
    // The next base begins GAP beyond this head's tip, along the next bone's direction.
    const next = direction(toe.yaw, toe.pitch[i + 1] ?? toe.pitch[i]!)
    origin = v.add(headCentre, v.scale(next, ellipsoidReach(frame, h, next) + TOE_GAP))
  }
  return out
}

/** One phalanx in its own frame (origin at the base's joint surface, +Z distal, +Y dorsal). */
function phalanxLocal(p: Placed): Sdf {
  const { length: L, base: [bw, bh], shaft, head: [hw, hh, hl] } = p.size
  const bl = Math.min(bh * 1.1, L * 0.28)
  // The base reaches back past the joint surface so the carve leaves a cupped facet.
  const base = ellipsoid([0, 0, bl * 0.55], [bw, bh, bl * 1.25])
  if (p.kind === 'distal') {
    // Distal phalanx: a broad base, a short waist, and the flat spade-like tuft.
    const waist = stretch(tube(smoothPath([[0, 0, bl], [0, -hh * 0.2, L * 0.62]], 2), [shaft, shaft * 0.85]), [1.3, 1, 1])
    // The tuft (ungual tuberosity): a flat, rounded spade, its rim turned down a little.
    const tuft = ellipsoid([0, -hh * 0.3, L - hl * 1.05], [hw, hh, hl * 1.05])
    const tuftRim = ellipsoid([0, -hh * 0.6, L - hl * 1.6], [hw * 0.8, hh * 0.55, hl * 0.7])
    return smoothUnion(0.002, base, waist, tuft, tuftRim)
  }
  // Proximal and middle: a concave-waisted shaft, flat below, and a pulley-shaped head.
  const pts: V3[] = smoothPath([[0, 0, bl], [0, 0.0004, L / 2], [0, 0, L - hl]], 3)
  const mid = shaft * (p.kind === 'middle' ? 1.05 : 0.92)
  const body = stretch(tube(pts, smoothRadii([shaft * 1.1, mid, shaft * 1.05], 3)), [1.3, 1, 1])
  const condyles = [-1, 1].map((k) => ellipsoid([k * hw * 0.38, -hh * 0.05, L - hl], [hw * 0.62, hh, hl]))
  let b = smoothUnion(0.0025, base, body, ...condyles)
  // Shallow groove between the condyles, facing the next base.
  b = smoothSubtract(0.0012, b, capsule([0, hh * 1.2, L + hl * 0.25], [0, -hh * 1.2, L + hl * 0.25], hw * 0.16))
  return b
}

function phalanx(n: number, index: number): Sdf {
  const bones = chain(n)
  const p = bones[index]!
  const bone = place(phalanxLocal(p), p.frame)
  const proximal = index === 0 ? metatarsalHead(n) : bones[index - 1]!.head
  return carve(0.0012, index === 0 ? GAP : TOE_GAP, bone, proximal)
}

/** Triangles per phalanx (the foot's budget is about 9,000). */
const BUDGET: Record<string, number> = { proximal1: 250, distal1: 220, proximal: 180, middle: 140, distal: 130 }

const recipes0: BoneRecipes = {}
for (const n of [1, 2, 3, 4, 5]) {
  const kinds = n === 1 ? ['proximal', 'distal'] : ['proximal', 'middle', 'distal']
  kinds.forEach((kind, i) => {
    recipes0[`${kind}_phalanx_${n}_l`] = { sdf: () => inFoot(phalanx(n, i)), voxel: 0.0004, maxTriangles: BUDGET[n === 1 ? `${kind}1` : kind]!, ...(n === 1 ? { error: 0.00045 } : {}) }
  })
}
export const recipes: BoneRecipes = recipes0

/** For checks: where each toe's phalanges sit (foot space). */
export const TOE_CHAINS = [1, 2, 3, 4, 5].map((n) => chain(n).map((p) => ({ kind: p.kind, origin: p.frame.origin, axis: p.frame.z, length: p.size.length })))
