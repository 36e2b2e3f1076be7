/**
 * Each region is a capsule anchored to joints, so its glow and its click target follow the joint
 * while the skeleton walks ("hip" is the hip joint, not the whole femur). A capsule's ends are given
 * as a joint plus an offset in that joint's rest frame (metres). Pure: no React, no three.
 */
import type { RegionKey } from './regions'
import { JOINT_POSITIONS, type Vec3 } from './skeletonLayout'

export interface Anchor {
  joint: string
  offset: Vec3
}

export interface RegionShape {
  key: RegionKey
  a: Anchor
  b: Anchor
  radius: number
  /** Where several shapes contain a point, the higher priority wins (small joints over big areas). */
  priority: number
}

const at = (joint: string, offset: Vec3 = [0, 0, 0]): Anchor => ({ joint, offset })

/** From the ankle joint forward past the toes: the ankle region includes the foot. */
function ankle(side: 'l' | 'r'): RegionShape {
  // The back of the capsule sits behind the joint so the heel is inside it.
  return {
    key: side === 'l' ? 'ankle-left' : 'ankle-right',
    a: at(`ankle_${side}`, [0, -0.01, -0.035]),
    b: at(`mtp_${side}`, [0, 0.0, 0.045]),
    radius: 0.052,
    priority: 3,
  }
}

export const REGION_SHAPES: readonly RegionShape[] = [
  // L1 to L5, its axis behind the bodies so the arches, transverse and spinous processes are inside;
  // the lower end stops above the sacral promontory.
  { key: 'lumbar', a: at('T12_L1', [0, -0.01, -0.035]), b: at('L5_S1', [0, 0.022, -0.035]), radius: 0.05, priority: 2 },
  // Across both hip bones and the sacrum, from crest to pubis.
  { key: 'pelvis', a: at('pelvis', [0.085, 0.045, -0.01]), b: at('pelvis', [-0.085, 0.045, -0.01]), radius: 0.1, priority: 1 },
  { key: 'hip-left', a: at('hip_l', [-0.005, 0, 0]), b: at('hip_l', [0.035, -0.012, -0.005]), radius: 0.045, priority: 3 },
  { key: 'hip-right', a: at('hip_r', [0.005, 0, 0]), b: at('hip_r', [-0.035, -0.012, -0.005]), radius: 0.045, priority: 3 },
  { key: 'knee-left', a: at('knee_l', [0, 0.03, 0.008]), b: at('knee_l', [0, -0.03, 0]), radius: 0.055, priority: 3 },
  { key: 'knee-right', a: at('knee_r', [0, 0.03, 0.008]), b: at('knee_r', [0, -0.03, 0]), radius: 0.055, priority: 3 },
  ankle('l'),
  ankle('r'),
]

/** Distance from p to the capsule a–b of radius r (negative inside). */
export function capsuleDistance(p: Vec3, a: Vec3, b: Vec3, r: number): number {
  const abx = b[0] - a[0], aby = b[1] - a[1], abz = b[2] - a[2]
  const apx = p[0] - a[0], apy = p[1] - a[1], apz = p[2] - a[2]
  const len2 = abx * abx + aby * aby + abz * abz
  const t = len2 > 0 ? Math.max(0, Math.min(1, (apx * abx + apy * aby + apz * abz) / len2)) : 0
  const dx = apx - abx * t, dy = apy - aby * t, dz = apz - abz * t
  return Math.sqrt(dx * dx + dy * dy + dz * dz) - r
}

export interface PlacedShape {
  key: RegionKey
  a: Vec3
  b: Vec3
  radius: number
  priority: number
}

/** How far outside every shape a click may land and still count (the bone surface is uneven). */
export const PICK_TOLERANCE = 0.02

/**
 * The region a point on a bone belongs to: the highest-priority shape that contains it, else the
 * nearest shape within PICK_TOLERANCE, else null (a bone outside every region, e.g. mid-thigh).
 */
export function regionAtPoint(p: Vec3, shapes: readonly PlacedShape[]): RegionKey | null {
  let best: PlacedShape | null = null
  let bestDistance = Infinity
  for (const s of shapes) {
    const d = capsuleDistance(p, s.a, s.b, s.radius)
    if (d <= 0) {
      if (!best || bestDistance > 0 || s.priority > best.priority || (s.priority === best.priority && d < bestDistance)) {
        best = s
        bestDistance = d
      }
    } else if (d <= PICK_TOLERANCE && (!best || (bestDistance > 0 && d < bestDistance))) {
      best = s
      bestDistance = d
    }
  }
  return best ? best.key : null
}

/** The shapes at rest (standing pose): joint rest position + offset. */
export function restShapes(): PlacedShape[] {
  return REGION_SHAPES.map((s) => ({
    key: s.key,
    radius: s.radius,
    priority: s.priority,
    a: addAnchor(s.a),
    b: addAnchor(s.b),
  }))
}

function addAnchor(anchor: Anchor): Vec3 {
  const j = JOINT_POSITIONS[anchor.joint]
  if (!j) throw new Error(`Unknown joint "${anchor.joint}" in a region shape`)
  return [j[0] + anchor.offset[0], j[1] + anchor.offset[1], j[2] + anchor.offset[2]]
}

/**
 * Where each region's name tag sits: a point on its bone (joint + offset in the joint's rest frame)
 * and the direction, in model space, its text leans away from the body, so tags of neighbouring
 * regions (both hips, the pelvis) spread apart instead of piling up.
 */
export interface LabelAnchor {
  key: RegionKey
  anchor: Anchor
  outward: 1 | -1
}

export const LABEL_ANCHORS: readonly LabelAnchor[] = [
  { key: 'lumbar', anchor: at('L2_L3', [0.035, 0, -0.01]), outward: 1 },
  { key: 'pelvis', anchor: at('pelvis', [-0.115, 0.125, -0.005]), outward: -1 },
  { key: 'hip-left', anchor: at('hip_l', [0.075, -0.01, 0]), outward: 1 },
  { key: 'hip-right', anchor: at('hip_r', [-0.075, -0.01, 0]), outward: -1 },
  { key: 'knee-left', anchor: at('knee_l', [0.045, 0.01, 0]), outward: 1 },
  { key: 'knee-right', anchor: at('knee_r', [-0.045, 0.01, 0]), outward: -1 },
  { key: 'ankle-left', anchor: at('ankle_l', [0.035, -0.02, 0.03]), outward: 1 },
  { key: 'ankle-right', anchor: at('ankle_r', [-0.035, -0.02, 0.03]), outward: -1 },
]
