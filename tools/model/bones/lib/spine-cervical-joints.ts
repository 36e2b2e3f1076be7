/**
 * Cervical facet joints (C2–C3 to C7–T1): flat, round facets on the articular pillars, inclined about
 * 45° (facing up and back on the vertebra below), 1.5 mm apart. Each joint is a plane in its disc
 * frame; the pillar of the vertebra below stops g/2 under it, the pillar above starts g/2 over it.
 */
import { roundCone, v, type Frame, type Sdf, type V3 } from '../../sdf/core'
import { discFrame, endplateOutline, fromFrame } from './spine-levels'
import { dirIn, field, pointIn, smax } from './spine-sdf'

export interface CervicalJoint {
  disc: string
  frame: Frame
  /** Joint centre, left side, mm in the disc frame. */
  centre: V3
  /** Unit normal of the joint plane (the facet of the vertebra below faces this way: up and back). */
  normal: V3
  gap: number
}

/** Inclination of the facets from the horizontal (degrees): ≈ 45° in the neck, steeper at C7–T1. */
const INCLINE: Record<string, number> = { C2_C3: 40, C3_C4: 44, C4_C5: 45, C5_C6: 46, C6_C7: 50, C7_T1: 58 }

export function cervicalJoint(disc: string): CervicalJoint {
  const inc = INCLINE[disc]
  if (inc === undefined) throw new Error(`no cervical joint ${disc}`)
  const [above, below] = disc.split('_') as [string, string]
  const depth = (endplateOutline(above, 'lower').d + endplateOutline(below, 'upper').d) / 2
  const n = Number(above.slice(1))
  // The pillars sit lateral to the canal, behind the pedicles (≈ 40–45 mm apart at their outer edges).
  const x = disc === 'C7_T1' ? 16 : 16.5 + 0.3 * (n - 2)
  const a = (inc * Math.PI) / 180
  return { disc, frame: discFrame(disc), centre: [x, 2, -(depth / 2 + 8.5)], normal: [0, Math.cos(a), -Math.sin(a)], gap: 1.5 }
}

/** The joint's centre and normal in a vertebra's frame (mm). */
export function jointIn(j: CervicalJoint, frame: Frame): { c: V3; n: V3 } {
  const c = pointIn(frame, fromFrame(j.frame, j.centre))
  const nModel: V3 = v.add(v.add(v.scale(j.frame.x, j.normal[0]), v.scale(j.frame.y, j.normal[1])), v.scale(j.frame.z, j.normal[2]))
  return { c, n: dirIn(frame, nModel) }
}

/** Keeps the part of `sdf` on one side of a joint plane, `gap/2` away from it (side +1: above). */
export function trimAtJoint(sdf: Sdf, j: CervicalJoint, frame: Frame, side: 1 | -1, round = 1): Sdf {
  const { c, n } = jointIn(j, frame)
  const { d } = sdf
  return field(sdf.bounds, (x, y, z) => {
    const s = ((x - c[0]) * n[0] + (y - c[1]) * n[1] + (z - c[2]) * n[2]) * side
    return smax(d(x, y, z), j.gap / 2 - s, round)
  })
}

/** The superior articular part of the vertebra below a joint: a short column from `from` (mm, this
 * vertebra's frame) up to the joint, its top cut flat by the joint plane (the facet). */
export function pillarBelowJoint(j: CervicalJoint, frame: Frame, from: V3, r = 5.5): Sdf {
  const { c, n } = jointIn(j, frame)
  return trimAtJoint(roundCone(from, v.add(c, v.scale(n, 2)), r, r), j, frame, -1)
}

/** The inferior articular part of the vertebra above a joint: from `from` down to the plane. */
export function pillarAboveJoint(j: CervicalJoint, frame: Frame, from: V3, r = 5.5): Sdf {
  const { c, n } = jointIn(j, frame)
  return trimAtJoint(roundCone(from, v.sub(c, v.scale(n, 2)), r, r), j, frame, 1)
}

/** The region a vertebra must keep clear next to a joint: the other side of the plane (within g/2),
 * near the joint (side −1: this is the vertebra below). Subtract it after all unions. */
export function clearAtJoint(j: CervicalJoint, frame: Frame, side: 1 | -1, radius = 11): Sdf {
  const { c, n } = jointIn(j, frame)
  return field({ min: v.sub(c, [radius, radius, radius]), max: v.add(c, [radius, radius, radius]) }, (x, y, z) => {
    const s = (x - c[0]) * n[0] + (y - c[1]) * n[1] + (z - c[2]) * n[2]
    const ball = Math.hypot(x - c[0], y - c[1], z - c[2]) - radius
    return Math.max(ball, side * s - j.gap / 2)
  })
}
