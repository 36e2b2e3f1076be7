/**
 * Layout of the left hand in the anatomical position: hanging, palm forward (+Z), thumb out (+X).
 *
 * Hand coordinates (r, d, p) around the wrist joint centre: r towards the thumb (radial), d down the
 * hand (distal), p towards the palm. Carpals in two rows (proximal row under the radius, distal row
 * carrying the metacarpals), metacarpals fanning out to the knuckle arc, fingers with a slight natural
 * curl (5°, 12°, 8° of flexion at the three joints). Lengths are textbook means scaled to a 0.189 m
 * hand (Winter: hand = 0.108 × stature), so the middle fingertip lands at LANDMARKS.fingertipL.
 * Neighbouring bones keep 1–1.5 mm apart (joint spaces).
 */
import { v, type V3 } from '../../sdf/core'
import { WRIST } from './context-arm-geom'

/** Hand axes in model space: distal (down the hand), radial (+x), palmar (+z). */
const D: V3 = v.norm([0.002, -1, 0.0])
const R: V3 = v.norm(v.sub([1, 0, 0], v.scale(D, D[0])))
const P: V3 = v.cross(D, R)
export const HAND_AXES = { D, R, P }

/** Model-space point from hand coordinates. */
export const hand = (r: number, d: number, p: number): V3 => v.add(WRIST, v.add(v.scale(R, r), v.add(v.scale(D, d), v.scale(P, p))))
/** Model-space direction from hand coordinates. */
export const handDir = (r: number, d: number, p: number): V3 => v.norm(v.add(v.scale(R, r), v.add(v.scale(D, d), v.scale(P, p))))

export const JOINT_GAP = 0.0014

export interface Carpal {
  centre: V3
  /** Semi-axes along (radial, distal, palmar), and a roll of the long axis (degrees, towards radial). */
  radii: V3
  tilt?: number
}

/** Carpals (hand coordinates of centres). Sizes are textbook-order (scaphoid ≈ 25 mm long, capitate ≈ 22). */
export const CARPALS = {
  scaphoid: { c: [0.0269, 0.0036, 0.0015], radii: [0.0066, 0.0098, 0.0066], tilt: 26 },
  lunate: { c: [0.0118, 0.0018, 0.0], radii: [0.0066, 0.0078, 0.0092] },
  triquetrum: { c: [-0.0026, 0.0036, -0.001], radii: [0.0064, 0.0074, 0.007], tilt: -15 },
  pisiform: { c: [-0.0052, 0.0085, 0.0104], radii: [0.0044, 0.0047, 0.004] },
  trapezium: { c: [0.0344, 0.0232, 0.0045], radii: [0.0068, 0.0076, 0.0074], tilt: 20 },
  trapezoid: { c: [0.0215, 0.0225, 0.0], radii: [0.0048, 0.0074, 0.0068] },
  capitate: { c: [0.0095, 0.0205, 0.0], radii: [0.0064, 0.0095, 0.0086] },
  hamate: { c: [-0.0057, 0.021, 0.0], radii: [0.0073, 0.009, 0.0084] },
} as const
/** The capitate's head rises into the concavity of the lunate and scaphoid. */
export const CAPITATE_HEAD = { c: [0.01, 0.0115, 0.0] as V3, r: 0.0058 }
export const HAMATE_HOOK = { c: [-0.0075, 0.026, 0.0092] as V3, r: 0.0032 }

export interface Ray {
  /** Proximal and distal joint points (surface contact points, model space) and the palmar direction. */
  joints: V3[]
  palmar: V3
  /** Half widths at base and head of each bone along the ray (metacarpal first for fingers). */
  widths: [number, number][]
}

// Metacarpal bases (CMC joints) and heads (MCP joints) in hand coordinates, fanning out.
const MC: Record<number, { base: [number, number, number]; head: [number, number, number]; w: [number, number] }> = {
  2: { base: [0.02, 0.0305, 0.0], head: [0.0265, 0.0985, -0.001], w: [0.0056, 0.0054] },
  3: { base: [0.0085, 0.0302, -0.0005], head: [0.0075, 0.0955, -0.0015], w: [0.0056, 0.0054] },
  4: { base: [-0.0035, 0.0304, 0.0], head: [-0.0115, 0.0895, 0.0], w: [0.0046, 0.0048] },
  5: { base: [-0.0134, 0.0298, 0.0015], head: [-0.0275, 0.0835, 0.004], w: [0.0048, 0.0046] },
}

/** Phalanx lengths (proximal, middle, distal), metres, and the ray's spread (degrees, + = radial). */
const FINGERS: Record<number, { len: number[]; spread: number }> = {
  2: { len: [0.0415, 0.0245, 0.0175], spread: 5 },
  3: { len: [0.0465, 0.0285, 0.0192], spread: 0 },
  4: { len: [0.043, 0.0275, 0.0185], spread: -5 },
  5: { len: [0.0345, 0.0195, 0.0165], spread: -11 },
}
const CURL = [5, 17, 25]

/** Fingers 2–5: joints from the CMC to the tip; [0] is the metacarpal base, [1] its head, … */
export function fingerRay(f: number): Ray {
  const mc = MC[f]!
  const joints: V3[] = [hand(...mc.base), hand(...mc.head)]
  const spread = (FINGERS[f]!.spread * Math.PI) / 180
  FINGERS[f]!.len.forEach((L, i) => {
    const a = (CURL[i]! * Math.PI) / 180
    const dir = handDir(Math.sin(spread) * Math.cos(a), Math.cos(spread) * Math.cos(a), Math.sin(a))
    joints.push(v.add(joints[joints.length - 1]!, v.scale(dir, L + JOINT_GAP)))
  })
  const s = f === 5 ? 0.88 : f === 4 ? 0.94 : f === 2 ? 0.97 : 1
  const widths: [number, number][] = [mc.w, [0.0056 * s, 0.0046 * s], [0.0047 * s, 0.0039 * s], [0.0039 * s, 0.003 * s]]
  return { joints, palmar: P, widths }
}

/** Thumb: metacarpal from the trapezium, pointing down, out and forward; two phalanges. */
export function thumbRay(): Ray {
  const base = hand(0.0368, 0.0298, 0.0092)
  const dirs: V3[] = [handDir(0.3, 0.85, 0.43), handDir(0.13, 0.92, 0.37), handDir(0.05, 0.95, 0.3)]
  const lens = [0.0455, 0.0315, 0.0225]
  const joints: V3[] = [base]
  lens.forEach((L, i) => joints.push(v.add(joints[joints.length - 1]!, v.scale(dirs[i]!, L + JOINT_GAP))))
  // The thumb is turned ≈ 90° relative to the fingers: its nail faces out (radially), its pad inward.
  const palmar = handDir(-0.8, 0, 0.6)
  return { joints, palmar, widths: [[0.0075, 0.0065], [0.0062, 0.005], [0.0052, 0.0038]] }
}
