/**
 * Parts shared by the spine recipes: kidney-shaped vertebral bodies, the discs between them, and the
 * two halves of the lumbar-type facet joints. Millimetres, in the frames of `spine-levels.ts`.
 */
import { place, type Frame, type Sdf, type V3 } from '../../sdf/core'
import { curvedLobe, curvedZone, field, relFrame, roundedCombine, smax, smoothstep, toModel } from './spine-sdf'
import { discFrame, endplateOutline, endplatePlane, level, planeIn, sacrumFrame, vertebraFrame, type FacetJoint, type Outline } from './spine-levels'

/** Signed distance (mm, approximate) to a kidney outline in the (x, z) plane: a superellipse with a
 * shallow notch in the back. */
export function kidney(x: number, z: number, o: Outline): number {
  const a = o.w / 2, b = o.d / 2
  const n = z >= 0 ? o.front : o.back
  const ax = Math.abs(x) / a, az = Math.abs(z) / b
  const S = ax ** n + az ** n
  let d: number
  if (S < 1e-9) d = -Math.min(a, b)
  else {
    const c = S ** (1 / n - 1)
    const gx = (c * ax ** (n - 1)) / a, gz = (c * az ** (n - 1)) / b
    d = (S ** (1 / n) - 1) / Math.max(Math.hypot(gx, gz), 1e-9)
  }
  if (o.notch > 0) {
    const rc = 0.3 * o.w
    const dc = Math.hypot(x, z - (-b - rc + o.notch)) - rc
    d = smax(d, -dc, 3)
  }
  return d
}

function lerpOutline(a: Outline, b: Outline, t: number): Outline {
  const l = (p: number, q: number) => p + (q - p) * t
  return { w: l(a.w, b.w), d: l(a.d, b.d), notch: l(a.notch, b.notch), back: l(a.back, b.back), front: l(a.front, b.front) }
}

export interface BodyOptions {
  /** How far the waist of the body is drawn in at mid-height (mm), front and sides. */
  waist?: number
  /** Rounding of the endplate rims (mm). */
  rim?: number
  /** Outline overrides. */
  lower?: Outline
  upper?: Outline
}

/** A vertebral body in its vertebra frame (mm): kidney outline, concave waist, flared rims. */
export function vertebralBody(name: string, opts: BodyOptions = {}): Sdf {
  const f = vertebraFrame(name)
  const h = level(name).height * 1000
  const lo = opts.lower ?? endplateOutline(name, 'lower')
  const up = opts.upper ?? endplateOutline(name, 'upper')
  const pl = planeIn(f, endplatePlane(name, 'lower'))
  const pu = planeIn(f, endplatePlane(name, 'upper'))
  const waist = opts.waist ?? 1.6
  const rim = opts.rim ?? 1.5
  const hw = Math.max(lo.w, up.w) / 2 + 1, hd = Math.max(lo.d, up.d) / 2 + 1
  return field({ min: [-hw, -h / 2 - 3, -hd], max: [hw, h / 2 + 3, hd] }, (x, y, z) => {
    const t = Math.max(0, Math.min(1, (y + h / 2) / h))
    const o = lerpOutline(lo, up, t)
    // The waist is deepest at the front and sides; the back wall stays nearly straight.
    const wf = 0.35 + 0.65 * smoothstep(-o.d * 0.45, 0, z)
    const d2 = kidney(x, z, o) + waist * 4 * t * (1 - t) * wf
    const dl = (x - pl.point[0]) * pl.normal[0] + (y - pl.point[1]) * pl.normal[1] + (z - pl.point[2]) * pl.normal[2]
    const du = (x - pu.point[0]) * pu.normal[0] + (y - pu.point[1]) * pu.normal[1] + (z - pu.point[2]) * pu.normal[2]
    return roundedCombine(d2, Math.max(dl, du), rim)
  })
}

/**
 * An intervertebral disc (model space): fills the space between the endplate planes of its two
 * vertebrae exactly, its outline blending from one endplate's to the other's, the rim bulging a little.
 */
export function disc(name: string, bulge = 0.8, rim = 1, narrow = 0): Sdf {
  const [above, below] = name.split('_') as [string, string]
  const df = discFrame(name)
  const pa = planeIn(df, endplatePlane(above, 'lower'))
  const pb = planeIn(df, endplatePlane(below, 'upper'))
  // `narrow` leaves room at the sides (for the uncinate lips of the cervical bodies).
  const oa = { ...endplateOutline(above, 'lower') }
  const ob = { ...endplateOutline(below, 'upper') }
  oa.w -= narrow
  ob.w -= narrow
  // Each endplate outline is centred on its endplate centre, in its own vertebra's axes.
  const fa = relFrame(df, vertebraFrameOrSacrum(above))
  const fb = relFrame(df, vertebraFrameOrSacrum(below))
  const hw = Math.max(oa.w, ob.w) / 2 + bulge + 1, hd = Math.max(oa.d, ob.d) / 2 + bulge + 1
  const local = field({ min: [-hw, -14, -hd - 4], max: [hw, 14, hd + 4] }, (x, y, z) => {
    const sa = (x - pa.point[0]) * pa.normal[0] + (y - pa.point[1]) * pa.normal[1] + (z - pa.point[2]) * pa.normal[2]
    const sb = (x - pb.point[0]) * pb.normal[0] + (y - pb.point[1]) * pb.normal[1] + (z - pb.point[2]) * pb.normal[2]
    // sa, sb > 0 inside the disc (the planes' normals point out of the bodies, into the disc).
    const ia = Math.max(sa, 0), ib = Math.max(sb, 0)
    const t = ia + ib > 1e-9 ? ib / (ia + ib) : 0.5
    const [ax, , az] = toLocal(fa, x, y, z)
    const [bx, , bz] = toLocal(fb, x, y, z)
    const d2 = kidney(ax, az, oa) * t + kidney(bx, bz, ob) * (1 - t) - bulge * 4 * t * (1 - t)
    return roundedCombine(d2, Math.max(-sa, -sb), rim)
  })
  return toModel(local, df)
}

function toLocal(fr: Frame, x: number, y: number, z: number): [number, number, number] {
  const qx = x - fr.origin[0], qy = y - fr.origin[1], qz = z - fr.origin[2]
  return [qx * fr.x[0] + qy * fr.x[1] + qz * fr.x[2], qx * fr.y[0] + qy * fr.y[1] + qz * fr.y[2], qx * fr.z[0] + qy * fr.z[1] + qz * fr.z[2]]
}

function vertebraFrameOrSacrum(name: string): Frame {
  return name === 'S1' ? sacrumFrame() : vertebraFrame(name)
}

// ---------------------------------------------------------------------------------------------
// Facet joints (authored in the joint's disc frame, mm, left side)

/** The inferior articular process of the vertebra above: a convex lobe facing forward and outward. */
export function inferiorFacet(j: FacetJoint): Sdf {
  const R = j.radius - j.gap / 2
  return curvedLobe(j.axis, j.out, R - j.thick - 1.5, R, j.sHalf, j.centre[1] - 1, j.yHalf, Math.min(2.4, j.thick * 0.45), 0, 0.35)
}

/** The superior articular process of the vertebra below: a concave shell facing back and inward. */
export function superiorFacet(j: FacetJoint): Sdf {
  const R = j.radius + j.gap / 2
  return curvedLobe(j.axis, j.out, R, R + j.thick, j.sHalf + 2, j.centre[1] + 1, j.yHalf, Math.min(2.4, j.thick * 0.45), -0.5, -0.25, -0.1)
}

/** Where the vertebra above must leave room for the superior process below (cut it from that vertebra). */
export function clearForSuperior(j: FacetJoint): Sdf {
  return curvedZone(j.axis, j.out, j.radius - j.gap / 2, j.radius + j.thick + 2, j.sHalf + 4, j.centre[1] + 1, j.yHalf + 4)
}

/** Where the vertebra below must leave room for the inferior process above. */
export function clearForInferior(j: FacetJoint): Sdf {
  return curvedZone(j.axis, j.out, j.radius - j.thick - 3.5, j.radius + j.gap / 2, j.sHalf + 3, j.centre[1] - 1.5, j.yHalf + 3)
}

/** A point on a facet joint's arcs, in the disc frame (mm): radius offset dr from the joint surface,
 * arc position s (positive towards the front and the midline), height y above the joint centre. */
export function facetPoint(j: FacetJoint, dr: number, s: number, y: number): V3 {
  const r = j.radius + dr
  const phi = Math.atan2(j.out[1], j.out[0]) + s / r
  return [j.axis[0] + r * Math.cos(phi), j.centre[1] + y, j.axis[1] + r * Math.sin(phi)]
}

/** Moves a field authored in a facet joint's disc frame (mm) into a vertebra's frame (mm). */
export function jointToVertebra(sdf: Sdf, j: FacetJoint, vertebra: Frame): Sdf {
  return place(sdf, relFrame(vertebra, j.frame))
}
