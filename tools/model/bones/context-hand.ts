/**
 * The left hand of the context skeleton: 8 carpals in two rows, 5 metacarpals, 14 phalanges.
 * Layout (anatomical position, palm forward, thumb out): lib/context-hand-geom.ts. Each bone ends
 * half a joint space short of its joint point, so neighbours never touch.
 */
import type { BoneRecipe, BoneRecipes } from '../recipe'
import { frameFromUp, offset, orientedEllipsoid, place, roundCone, smoothSubtract, smoothUnion, sphere, v, type Frame, type Sdf, type V3 } from '../sdf/core'
import { bandSegment, superEgg } from './lib/context-sdf'
import { CAPITATE_HEAD, CARPALS, fingerRay, HAMATE_HOOK, hand, HAND_AXES, JOINT_GAP, thumbRay, type Ray } from './lib/context-hand-geom'

type CarpalName = keyof typeof CARPALS

/** A carpal: a rounded block (superellipsoid) in hand axes, its long axis rolled by `tilt`. */
function carpalBlock(name: CarpalName, grow = 0): Sdf {
  const c = CARPALS[name] as { c: readonly number[]; radii: readonly number[]; tilt?: number }
  const t = ((c.tilt ?? 0) * Math.PI) / 180
  const { D, R, P } = HAND_AXES
  // Roll in the R–D plane: positive tilt turns the distal end towards the thumb.
  const x = v.add(v.scale(R, Math.cos(t)), v.scale(D, -Math.sin(t)))
  const y = v.add(v.scale(D, Math.cos(t)), v.scale(R, Math.sin(t)))
  const frame: Frame = { origin: hand(c.c[0]!, c.c[1]!, c.c[2]!), x, y, z: P }
  const [rx, ry, rz] = [c.radii[0]! + grow, c.radii[1]! + grow, c.radii[2]! + grow]
  return place(superEgg([0, 0, 0], rx, [ry, ry], [rz, rz], 2.5), frame)
}

const capitateHead = (grow = 0) => sphere(hand(...(CAPITATE_HEAD.c as [number, number, number])), CAPITATE_HEAD.r + grow)

function carpal(name: CarpalName): Sdf {
  let s = carpalBlock(name)
  if (name === 'capitate') s = smoothUnion(0.003, s, capitateHead())
  if (name === 'hamate') s = smoothUnion(0.003, s, sphere(hand(...(HAMATE_HOOK.c as [number, number, number])), HAMATE_HOOK.r), roundCone(hand(-0.006, 0.023, 0.004), hand(...(HAMATE_HOOK.c as [number, number, number])), 0.0035, 0.003))
  // The lunate (moon-shaped) and the scaphoid are hollowed where the capitate's head sits.
  if (name === 'lunate' || name === 'scaphoid') s = smoothSubtract(0.0015, s, capitateHead(JOINT_GAP + 0.0004))
  if (name === 'scaphoid') {
    // The waist of the scaphoid and its tubercle on the palmar side of the distal pole.
    s = smoothUnion(0.002, s, sphere(hand(0.0295, 0.0115, 0.0068), 0.0032))
  }
  return s
}

type Kind = 'mc' | 'phalanx' | 'distal'

/**
 * The parts of a tubular hand bone between two joint points: a base, a slim shaft flattened front
 * to back, and a head. `kind` shapes the ends: metacarpal (block base, round head), phalanx (broad
 * base, pulley head) or distal (tuft).
 */
function boneParts(a: V3, b: V3, palmar: V3, wBase: number, wHead: number, kind: Kind) {
  const dir = v.norm(v.sub(b, a))
  const frameAt = (c: V3): Frame => frameFromUp(c, dir, palmar)
  const block = (c: V3, rx: number, ry: number, rz: number, p: number) => place(superEgg([0, 0, 0], rx, [ry, ry], [rz, rz], p), frameAt(c))
  const g = JOINT_GAP / 2
  const lb = kind === 'mc' ? 0.0058 : 0.0036
  const lh = kind === 'mc' ? 0.0056 : kind === 'distal' ? 0.0026 : 0.0034
  // Phalangeal bases reach back past the joint point; the head before them is carved out of them.
  const baseC = v.add(a, v.scale(dir, kind === 'mc' ? g + lb : lb - 0.0016))
  const headC = v.sub(b, v.scale(dir, g + lh))
  const base = kind === 'mc' ? block(baseC, wBase, lb, wBase, 2.4) : block(baseC, wBase * 1.04, lb, wBase * 0.8, 2.3)
  const head =
    kind === 'mc'
      ? orientedEllipsoid(frameAt(v.add(headC, v.scale(palmar, 0.0008))), [wHead * 0.92, lh, wHead * 1.08])
      : kind === 'distal'
        ? block(headC, wHead, lh, wHead * 0.6, 2.2)
        : orientedEllipsoid(frameAt(headC), [wHead, lh, wHead * 0.76])
  const w = kind === 'mc' ? 1.25 * Math.min(wBase, wHead) : kind === 'distal' ? 1.1 * wHead : 1.45 * wHead
  const t = kind === 'mc' ? 0.85 * w : kind === 'distal' ? 0.75 * w : 0.68 * w
  // The shaft is a little nearer the back of the bone (palmar surfaces are flat or hollow).
  const back = v.scale(palmar, kind === 'mc' ? -0.0008 : -0.0004)
  const shaft = bandSegment(v.add(baseC, back), v.add(headC, back), palmar, [t * (kind === 'distal' ? 1.2 : 1.08), t], [w * (kind === 'distal' ? 1.3 : 1.1), w])
  return { base, shaft, head }
}

const KINDS: Kind[] = ['mc', 'phalanx', 'phalanx', 'distal']

function rayParts(ray: Ray, i: number, kind: Kind) {
  const [wb, wh] = ray.widths[i]!
  return boneParts(ray.joints[i]!, ray.joints[i + 1]!, ray.palmar, wb, wh, kind)
}

function rayBone(ray: Ray, i: number, kind: Kind): Sdf {
  const { base, shaft, head } = rayParts(ray, i, kind)
  let s = smoothUnion(kind === 'distal' ? 0.0022 : 0.003, base, shaft, head)
  if (i > 0) {
    // The cupped base: the previous bone's head, grown by the joint space, is hollowed out of it.
    const prevKind = KINDS[i - 1]!
    s = smoothSubtract(0.001, s, offset(rayParts(ray, i - 1, prevKind).head, JOINT_GAP))
  }
  return s
}

const small = (sdf: () => Sdf, maxTriangles: number): BoneRecipe => ({ sdf, voxel: 0.0006, maxTriangles })

const recipesList: [string, BoneRecipe][] = [
  ...(Object.keys(CARPALS) as CarpalName[]).map((n): [string, BoneRecipe] => [`${n}_l`, small(() => carpal(n), 110)]),
  ['metacarpal_1_l', small(() => rayBone(thumbRay(), 0, 'mc'), 170)],
  ['hand_proximal_phalanx_1_l', small(() => rayBone(thumbRay(), 1, 'phalanx'), 120)],
  ['hand_distal_phalanx_1_l', small(() => rayBone(thumbRay(), 2, 'distal'), 110)],
  ...[2, 3, 4, 5].flatMap((f): [string, BoneRecipe][] => [
    [`metacarpal_${f}_l`, small(() => rayBone(fingerRay(f), 0, 'mc'), 170)],
    [`hand_proximal_phalanx_${f}_l`, small(() => rayBone(fingerRay(f), 1, 'phalanx'), 120)],
    [`hand_middle_phalanx_${f}_l`, small(() => rayBone(fingerRay(f), 2, 'phalanx'), 110)],
    [`hand_distal_phalanx_${f}_l`, small(() => rayBone(fingerRay(f), 3, 'distal'), 100)],
  ]),
]

export const recipes: BoneRecipes = Object.fromEntries(recipesList)
