/**
 * Where each spine level sits and what its endplates look like, shared by the vertebra, disc and
 * sacrum recipes so that discs fill exactly the space between bodies and facet joints interlock.
 *
 * Frames are in model space (metres). A vertebra's frame: origin halfway between its endplate centres,
 * +Y from the lower to the upper endplate centre, +Z forward. A disc's frame: its centre, +Y along
 * `sagittalAxis(tilt)` (the layout's disc axis), +Z forward.
 */
import { frameFromUp, v, type Frame, type V3 } from '../../sdf/core'
import { SPINE, sagittalAxis, type DiscLevel, type SpineLevel } from '../../../../src/anatomy/skeletonLayout'
import { LUMBAR } from '../../../../src/anatomy/proportions'
import { THORACIC } from './interfaces'
import { deg, dirIn, pointIn } from './spine-sdf'

const ALL = [...SPINE.lumbar, ...SPINE.thoracic, ...SPINE.cervical]

export function level(name: string): SpineLevel {
  const l = ALL.find((x) => x.name === name)
  if (!l) throw new Error(`no spine level ${name}`)
  return l
}

export function discLevel(name: string): DiscLevel {
  const d = SPINE.discs.find((x) => x.name === name)
  if (!d) throw new Error(`no disc ${name}`)
  return d
}

export function vertebraFrame(name: string): Frame {
  const l = level(name)
  return frameFromUp(v.lerp(l.lower, l.upper, 0.5), v.sub(l.upper, l.lower), [0, 0, 1])
}

export function discFrame(name: string): Frame {
  const d = discLevel(name)
  return frameFromUp(d.centre, sagittalAxis(d.tilt), [0, 0, 1])
}

/** The sacrum's frame: origin at the S1 upper endplate centre, +Y its normal (tilted 40° forward). */
export function sacrumFrame(): Frame {
  return frameFromUp(SPINE.sacrum.s1Midpoint, sagittalAxis(SPINE.sacrum.s1Tilt), [0, 0, 1])
}

// ---------------------------------------------------------------------------------------------
// Endplates

/** Kidney outline of an endplate (mm): half width, half depth, depth of the posterior concavity. */
export interface Outline {
  w: number
  d: number
  /** Depth of the notch in the back of the body (lumbar ≈ 3 mm, thoracic less). */
  notch: number
  /** Superellipse exponent of the back half (2 = elliptic, larger = squarer corners). */
  back: number
  /** Same for the front half. */
  front: number
}

/** A plane in model space: a point and its outward normal (pointing away from the bone it bounds). */
export interface Plane {
  point: V3
  normal: V3
}

const lumbarNames = ['L1', 'L2', 'L3', 'L4', 'L5'] as const

/**
 * Endplate outlines per vertebra (mm, full width and depth). Lumbar from LUMBAR.body; the lower
 * endplate of L5 is narrower so the L5–S1 disc can meet the smaller S1 endplate (judgement).
 */
export function endplateOutline(vertebra: string, which: 'upper' | 'lower'): Outline {
  if ((lumbarNames as readonly string[]).includes(vertebra)) {
    const b = LUMBAR.body[vertebra as (typeof lumbarNames)[number]]
    let w = b.width * 1000, d = b.depth * 1000
    if (vertebra === 'L5' && which === 'lower') {
      w = 46
      d = 33
    } else if (which === 'upper') {
      w -= 1
      d -= 0.5
    }
    return { w, d, notch: vertebra === 'L5' ? 2 : 3, back: 2.6, front: 2.1 }
  }
  if (vertebra === 'S1') return { w: 42, d: 31, notch: 1.5, back: 2.6, front: 2.1 }
  if (vertebra.startsWith('T')) {
    const t = THORACIC.find((x) => x.name === vertebra)!
    const n = Number(vertebra.slice(1))
    // Upper thoracic bodies are heart-shaped (deeper than wide at the front); lower ones turn lumbar.
    return { w: t.width * 1000, d: t.depth * 1000, notch: n >= 11 ? 2 : 1.2, back: n >= 10 ? 2.4 : 2.2, front: n >= 10 ? 2.0 : 1.7 }
  }
  // Cervical: small, broad, rectangular-ish bodies (≈ 17 × 15 mm at C3 to 22 × 16 at C7).
  const n = Number(vertebra.slice(1))
  const w = 15 + (n - 3) * 1.6
  const d = 15 + (n - 3) * 0.4
  return { w, d, notch: 0.5, back: 2.8, front: 2.4 }
}

/** Tilt of L5's lower endplate relative to its body (degrees, front lower): the body is wedged, so the
 * L5–S1 disc keeps the measured anterior and posterior heights (18.7 and 8.5 mm, LUMBAR). */
export const L5_WEDGE = 5

/** Upper or lower endplate plane of a vertebra (model space, normal pointing out of the body). */
export function endplatePlane(vertebra: string, which: 'upper' | 'lower'): Plane {
  if (vertebra === 'S1') return { point: SPINE.sacrum.s1Midpoint, normal: sagittalAxis(SPINE.sacrum.s1Tilt) }
  const l = level(vertebra)
  const f = vertebraFrame(vertebra)
  if (which === 'upper') return { point: l.upper, normal: f.y }
  if (vertebra === 'L5') {
    const a = L5_WEDGE * deg
    return { point: l.lower, normal: v.norm(v.add(v.scale(f.y, -Math.cos(a)), v.scale(f.z, -Math.sin(a)))) }
  }
  return { point: l.lower, normal: v.scale(f.y, -1) }
}

/** A plane in the millimetre coordinates of a frame. */
export function planeIn(frame: Frame, p: Plane): { point: V3; normal: V3 } {
  return { point: pointIn(frame, p.point), normal: dirIn(frame, p.normal) }
}

/** The disc between two vertebrae, by disc name ('L4_L5' -> above L4, below L5). */
export function discNeighbours(disc: string): { above: string; below: string } {
  const [above, below] = disc.split('_') as [string, string]
  return { above, below }
}

// ---------------------------------------------------------------------------------------------
// Facet joints of the thoracic and lumbar spine (T1–T2 to L5–S1)

/**
 * A facet joint in its disc's frame (mm, left side). The two joint surfaces are coaxial arcs about a
 * vertical axis K that lies posteromedial to the joint: the superior process of the vertebra below
 * is the outer, concave shell (facing back and inward), the inferior process of the vertebra above
 * the inner, convex lobe (facing forward and outward). They are `gap` apart.
 */
export interface FacetJoint {
  disc: string
  frame: Frame
  /** Joint centre (mm in the disc frame, left side). */
  centre: V3
  /** Angle of the joint from the sagittal plane, degrees. */
  theta: number
  /** Radius of the arcs (mm). */
  radius: number
  gap: number
  /** Axis K of the arcs (x, z) in the disc frame. */
  axis: readonly [number, number]
  /** Unit xz direction from K to the joint centre (anterolateral). */
  out: readonly [number, number]
  sHalf: number
  yHalf: number
  thick: number
}

// Orientation from the sagittal plane rises down the lumbar spine (≈ 25° at L1–L2 to ≈ 50° at L5–S1;
// lumbar facets are near-sagittal above and turn towards the coronal plane below). Thoracic facets
// are nearly coronal and flat (θ > 90°: they face back and a little outward). Judgement values.
interface FacetSpec {
  x: number
  theta: number
  back: number
  /** Height of the joint centre above the disc centre (mm). */
  y?: number
  radius?: number
  /** Half width (along the surface), half height and thickness of the two processes. */
  sHalf?: number
  yHalf?: number
  thick?: number
}
const FACETS: Record<string, FacetSpec> = {
  T12_L1: { x: 10.5, theta: 18, back: 12 },
  L1_L2: { x: 12, theta: 25, back: 12.5 },
  L2_L3: { x: 13, theta: 30, back: 13 },
  L3_L4: { x: 14.5, theta: 37, back: 13 },
  L4_L5: { x: 16, theta: 43, back: 13 },
  L5_S1: { x: 18, theta: 50, back: 12.5 },
}
for (let n = 1; n <= 11; n++) {
  const t = (n - 1) / 10
  FACETS[`T${n}_T${n + 1}`] = { x: 10 + 1 * t, theta: 105 - 10 * t, back: 7.5, y: 4, radius: 60, sHalf: 5.5, yHalf: 6, thick: 4 }
}

export function facetJoint(disc: string): FacetJoint {
  const f = FACETS[disc]
  if (!f) throw new Error(`no facet joint ${disc}`)
  const { above, below } = discNeighbours(disc)
  const dAbove = endplateOutline(above, 'lower').d
  const dBelow = endplateOutline(below, 'upper').d
  const depth = (dAbove + dBelow) / 2
  const centre: V3 = [f.x, f.y ?? 2, -(depth / 2 + f.back)]
  const radius = f.radius ?? 14
  const t = f.theta * deg
  // The superior facet faces back and inward: (-cos θ, -sin θ) in (x, z); K lies that way.
  const nx = -Math.cos(t), nz = -Math.sin(t)
  return {
    disc,
    frame: discFrame(disc),
    centre,
    theta: f.theta,
    radius,
    gap: 1.5,
    axis: [centre[0] + nx * radius, centre[2] + nz * radius],
    out: [-nx, -nz],
    sHalf: f.sHalf ?? 7,
    yHalf: f.yHalf ?? 6.5,
    thick: f.thick ?? 6,
  }
}

/** A point given in a frame's millimetre coordinates, in model space (metres). */
export function fromFrame(frame: Frame, p: V3): V3 {
  const s = 0.001
  return [
    frame.origin[0] + (p[0] * frame.x[0] + p[1] * frame.y[0] + p[2] * frame.z[0]) * s,
    frame.origin[1] + (p[0] * frame.x[1] + p[1] * frame.y[1] + p[2] * frame.z[1]) * s,
    frame.origin[2] + (p[0] * frame.x[2] + p[1] * frame.y[2] + p[2] * frame.z[2]) * s,
  ]
}
