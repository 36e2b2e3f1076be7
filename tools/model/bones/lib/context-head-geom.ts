/**
 * Shared geometry of the skull and the mandible: where the jaw joints, the occlusal plane and the
 * dental arches are, so the two bones meet without touching.
 *
 * The face is placed from LANDMARKS (eye, chin, vertex) and the occipital condyles from
 * JOINT_POSITIONS.C0_C1. In the layout the C0–C1 joint sits only 4 mm below the eye, where an adult
 * skull has it ≈ 4 cm lower; the face, ear, mastoid and jaw joint follow the face (so the profile reads
 * true) and the occipital condyles and foramen magnum are raised into the cranial base to meet C1.
 */
import { v, type V3 } from '../../sdf/core'
import { JOINT_POSITIONS, LANDMARKS } from '../../../../src/anatomy/skeletonLayout'
import { arcParams } from './context-sdf'

export const EYE = LANDMARKS.eye
export const CHIN = LANDMARKS.chin
export const C0 = JOINT_POSITIONS.C0_C1!
export const VERTEX_Y = 1.745

/** Occlusal plane (where upper and lower crowns meet, 1 mm apart). */
export const OCCLUSAL_Y = 1.5565
/** Centre of the left mandibular condyle's head (the jaw joint); the skull's fossa clears it by 1.5 mm. */
export const TMJ_L: V3 = [0.05, 1.613, 0.011]
export const CONDYLE_HEAD_R: V3 = [0.0095, 0.0052, 0.0046]

/** Mid-crown line of the upper dental arch, left half, from the midline back (x, z). */
const UPPER_ARCH: [number, number][] = [
  [0, 0.0915],
  [0.008, 0.0902],
  [0.0145, 0.0865],
  [0.019, 0.0805],
  [0.022, 0.072],
  [0.0245, 0.062],
  [0.0268, 0.052],
  [0.029, 0.042],
  [0.031, 0.032],
  [0.0325, 0.024],
]

export interface Tooth {
  centre: V3
  /** Unit tangent of the arch (mesiodistal direction) and the labial (outward) direction. */
  along: V3
  out: V3
  /** Half mesiodistal width, half labiolingual depth, crown height. */
  w: number
  d: number
  h: number
  kind: 'incisor' | 'canine' | 'premolar' | 'molar'
}

/** Point and tangent at arc length s (metres) along an arch polyline (x, z). */
function archAt(arch: [number, number][], s: number): { p: [number, number]; t: [number, number] } {
  const pts = arch.map(([x, z]) => [x, 0, z] as V3)
  const u = arcParams(pts)
  let L = 0
  for (let i = 1; i < pts.length; i++) L += v.len(v.sub(pts[i]!, pts[i - 1]!))
  const f = s / L
  for (let i = 1; i < u.length; i++) {
    if (f <= u[i]! || i === u.length - 1) {
      const g = (f - u[i - 1]!) / (u[i]! - u[i - 1]!)
      const a = arch[i - 1]!, b = arch[i]!
      const tx = b[0] - a[0], tz = b[1] - a[1], tl = Math.hypot(tx, tz)
      return { p: [a[0] + tx * g, a[1] + tz * g], t: [tx / tl, tz / tl] }
    }
  }
  return { p: arch[0]!, t: [1, 0] }
}

const KINDS: Tooth['kind'][] = ['incisor', 'incisor', 'canine', 'premolar', 'premolar', 'molar', 'molar', 'molar']

/** The eight teeth of the left half of an arch. Widths from textbook mean crown sizes (mm). */
function teeth(arch: [number, number][], widthsMm: number[], crownTop: number, crownBottom: number): Tooth[] {
  const out: Tooth[] = []
  let s = 0
  widthsMm.forEach((wmm, i) => {
    const w = wmm / 1000
    const { p, t } = archAt(arch, s + w / 2)
    s += w
    const kind = KINDS[i]!
    const along: V3 = [t[0], 0, t[1]]
    const outDir: V3 = [-t[1], 0, t[0]]
    const d = kind === 'molar' ? 0.0052 : kind === 'premolar' ? 0.0045 : kind === 'canine' ? 0.0042 : 0.0032
    out.push({ centre: [p[0], (crownTop + crownBottom) / 2, p[1]], along, out: outDir, w: w / 2, d, h: crownTop - crownBottom, kind })
  })
  return out
}

/** Upper crowns from the occlusal plane + 0.5 mm up to the alveolar margin. */
export const UPPER_TEETH = teeth(UPPER_ARCH, [8.5, 6.5, 7.5, 7, 6.5, 10, 9, 8.5], OCCLUSAL_Y + 0.0095, OCCLUSAL_Y + 0.0005)
/** Lower arch: a little inside the upper one (the upper incisors overlap the lower in front). */
const LOWER_ARCH: [number, number][] = UPPER_ARCH.map(([x, z]) => [x * 0.95, z - 0.0028])
export const LOWER_TEETH = teeth(LOWER_ARCH, [5.4, 5.9, 6.8, 7, 7, 11, 10.2, 9.6], OCCLUSAL_Y - 0.0005, OCCLUSAL_Y - 0.0095)
export { UPPER_ARCH, LOWER_ARCH }
