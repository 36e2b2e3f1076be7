/**
 * Where the ribs, their costal cartilages and the sternum run, in model space. Shared by the thorax
 * recipes and by the shoulder girdle (the scapula lies on the back of the cage).
 *
 * Each rib is a band: head on its vertebral body (THORACIC[level].ribHeadL), neck running back and
 * out to the tubercle at the transverse process tip, a short straight run out to the angle (the most
 * posterior point), then two elliptical quarters in top view (round the back, then forward to the
 * costochondral junction), and the cartilage on to the sternum or to the cartilage above.
 *
 * Sizes are textbook-order judgements tuned to the fit points: the cage is ≈ 0.29 m wide at ribs 7–8
 * (outer surface), ≈ 0.20 m deep from the rib angles to the sternum; the sternum is ≈ 17 cm long
 * (manubrium 5, body 10, xiphoid 3.5) and leans forward ≈ 19° from vertical; the xiphisternal joint is
 * level with T9–T10.
 */
import { v, type V3 } from '../../sdf/core'
import { THORACIC } from './interfaces'
import { arcParams, profile, resample, smoothstep, type BandSample } from './context-sdf'

/** Thoracic level data by rib number (rib n meets vertebra Tn). */
export const thoracicLevel = (n: number) => THORACIC.find((t) => t.name === `T${n}`)!

// -----------------------------------------------------------------------------------------------
// Sternum: its mid-thickness centreline, top to bottom, and its half width at a height.

export const STERNUM = {
  /** Jugular notch (top of the manubrium, mid-thickness). */
  top: [0, 1.457, 0.07] as V3,
  /** Sternal angle (manubriosternal joint), level with the 2nd costal cartilages. */
  angle: [0, 1.408, 0.085] as V3,
  /** Xiphisternal joint, level with T9–T10 and the 7th cartilages. */
  xiphisternal: [0, 1.311, 0.118] as V3,
  xiphoidTip: [0, 1.279, 0.12] as V3,
  /** Heights of the costal notches of ribs 1–7. */
  notchY: [1.4355, 1.408, 1.386, 1.365, 1.346, 1.328, 1.313],
}

/** The centreline point of the sternum at height y (linear between the landmarks). */
export function sternumAt(y: number): V3 {
  const pts = [STERNUM.top, STERNUM.angle, STERNUM.xiphisternal, STERNUM.xiphoidTip]
  for (let i = 1; i < pts.length; i++) {
    const a = pts[i - 1]!, b = pts[i]!
    if (y >= b[1] || i === pts.length - 1) {
      const f = Math.max(0, Math.min(1, (a[1] - y) / (a[1] - b[1])))
      return v.lerp(a, b, f)
    }
  }
  return STERNUM.top
}

/** Half width of the sternum at height y (manubrium broad above, body widest near the 5th notch). */
export function sternumHalfWidth(y: number): number {
  return profile(
    [
      [1.276, 0.0032],
      [1.29, 0.0062],
      [1.306, 0.0075],
      [1.312, 0.0102],
      [1.318, 0.0135],
      [1.326, 0.0152],
      [1.342, 0.0168],
      [1.365, 0.0158],
      [1.392, 0.0138],
      [1.408, 0.0142],
      [1.42, 0.019],
      [1.438, 0.0255],
      [1.457, 0.027],
    ],
    y,
  )
}

/** Thickness (front to back) of the sternum at height y. */
export function sternumThickness(y: number): number {
  return profile(
    [
      [1.274, 0.0035],
      [1.306, 0.005],
      [1.316, 0.009],
      [1.4, 0.01],
      [1.415, 0.012],
      [1.457, 0.014],
    ],
    y,
  )
}

// -----------------------------------------------------------------------------------------------
// Ribs.

interface RibSpec {
  /** Angle relative to the transverse process tip (lateral, vertical, forward). */
  angle: V3
  /** Half width of the rib's path at its most lateral point, and the z there. */
  A: number
  lz: number
  /** Costochondral junction (front end of the bone) or, for ribs 11–12, the tip. */
  end: V3
  /** Tilt of the flat faces from vertical (degrees, + = the outer face looks up). */
  tilt: number
  /** Height (the band's broad dimension) of the shaft and its thickness, metres. */
  h: number
  th: number
}

// Judged from atlas figures and fitted to the cage sizes above.
const RIBS: Record<number, RibSpec> = {
  1: { angle: [0.004, -0.002, -0.002], A: 0.058, lz: 0.008, end: [0.046, 1.445, 0.055], tilt: 62, h: 0.016, th: 0.0048 },
  2: { angle: [0.012, -0.004, -0.008], A: 0.086, lz: 0.006, end: [0.056, 1.413, 0.08], tilt: 38, h: 0.0135, th: 0.0052 },
  3: { angle: [0.018, -0.006, -0.012], A: 0.105, lz: 0.004, end: [0.066, 1.376, 0.091], tilt: 24, h: 0.0135, th: 0.0055 },
  4: { angle: [0.024, -0.008, -0.015], A: 0.119, lz: 0.002, end: [0.076, 1.34, 0.098], tilt: 14, h: 0.014, th: 0.0055 },
  5: { angle: [0.028, -0.01, -0.017], A: 0.129, lz: 0.0, end: [0.086, 1.304, 0.101], tilt: 8, h: 0.014, th: 0.0055 },
  6: { angle: [0.032, -0.011, -0.018], A: 0.136, lz: -0.002, end: [0.096, 1.27, 0.1], tilt: 3, h: 0.014, th: 0.0055 },
  7: { angle: [0.036, -0.012, -0.018], A: 0.14, lz: -0.004, end: [0.105, 1.24, 0.096], tilt: 0, h: 0.014, th: 0.0055 },
  8: { angle: [0.038, -0.012, -0.018], A: 0.142, lz: -0.006, end: [0.114, 1.212, 0.086], tilt: -4, h: 0.0135, th: 0.0055 },
  9: { angle: [0.038, -0.012, -0.017], A: 0.1395, lz: -0.008, end: [0.12, 1.188, 0.072], tilt: -8, h: 0.013, th: 0.0055 },
  10: { angle: [0.036, -0.012, -0.016], A: 0.1345, lz: -0.01, end: [0.122, 1.168, 0.054], tilt: -12, h: 0.0125, th: 0.0055 },
  11: { angle: [0.032, -0.012, -0.014], A: 0.125, lz: -0.012, end: [0.118, 1.18, 0.018], tilt: -12, h: 0.011, th: 0.0055 },
  12: { angle: [0.026, -0.012, -0.01], A: 0.11, lz: -0.016, end: [0.094, 1.196, -0.046], tilt: -8, h: 0.0095, th: 0.005 },
}

export interface RibPath {
  n: number
  /** Samples of the bone (head to costochondral junction or tip). */
  bone: BandSample[]
  /** Samples of the costal cartilage (junction onwards), empty for ribs 11–12. */
  cartilage: BandSample[]
  head: V3
  tubercle: V3
  angle: V3
}

const STEP = 0.004

/** Top-view outward normal of a path at sample i, tilted up by `tilt` degrees, made normal to the path. */
function normalsFor(points: V3[], tilt: number | ((i: number) => number)): V3[] {
  return points.map((p, i) => {
    const a = points[Math.max(0, i - 1)]!, b = points[Math.min(points.length - 1, i + 1)]!
    const t = v.norm(v.sub(b, a))
    const hz = Math.hypot(t[0], t[2]) || 1
    const out: V3 = [t[2] / hz, 0, -t[0] / hz]
    const deg = typeof tilt === 'number' ? tilt : tilt(i)
    const r = (deg * Math.PI) / 180
    const n: V3 = [out[0] * Math.cos(r), Math.sin(r), out[2] * Math.cos(r)]
    return v.norm(v.sub(n, v.scale(t, v.dot(n, t))))
  })
}

function ribBonePoints(n: number): { points: V3[]; head: V3; tubercle: V3; angle: V3 } {
  const lvl = thoracicLevel(n)
  const s = RIBS[n]!
  const tip = lvl.transverseTipL
  const head: V3 = [lvl.ribHeadL[0] + 0.0042, lvl.ribHeadL[1], lvl.ribHeadL[2] - 0.001]
  // The tubercle lies against the front of the transverse process tip; ribs 11-12 pass in front of it.
  const tubercle: V3 = n <= 10 ? [tip[0] + 0.001, tip[1] - 0.003, tip[2] + 0.0062] : [tip[0] - 0.002, tip[1] - 0.004, tip[2] + 0.012]
  const angle: V3 = v.add(tubercle, s.angle)
  const neckMid: V3 = v.add(v.lerp(head, tubercle, 0.5), [0, 0.0015, 0.002])
  const pts: V3[] = [head, neckMid, tubercle]
  if (n > 1) pts.push(v.lerp(tubercle, angle, 0.5))
  // Back quarter: from the angle (tangent lateral) round to the lateral point (tangent forward).
  const gx = angle[0], gz = angle[2]
  const flat: [number, number][] = []
  const back = (th: number) => [gx + (s.A - gx) * Math.cos(th), s.lz + (s.lz - gz) * Math.sin(th)] as [number, number]
  const endOnBack = s.end[2] < s.lz
  for (let i = 0; i <= 24; i++) {
    const th = -Math.PI / 2 + (i / 24) * (Math.PI / 2)
    const p = back(th)
    if (endOnBack && p[0] > s.end[0]) break
    flat.push(p)
  }
  if (!endOnBack) {
    // Front quarter: an ellipse centred on the midline through the lateral point and the junction.
    const c = Math.min(0.999, s.end[0] / s.A)
    const phiEnd = Math.acos(c)
    const Zf = (s.end[2] - s.lz) / Math.sin(phiEnd)
    for (let i = 1; i <= 24; i++) {
      const ph = (i / 24) * phiEnd
      flat.push([s.A * Math.cos(ph), s.lz + Zf * Math.sin(ph)])
    }
  } else flat.push([s.end[0], s.end[2]])
  // Heights: the shaft falls slowly at the back, fastest at the side, and levels off in front.
  const lengths = arcParams(flat.map(([x, z]) => [x, 0, z] as V3))
  for (let i = 1; i < flat.length; i++) {
    const u = lengths[i]!
    const e = 0.45 * u + 0.55 * u * u * (3 - 2 * u)
    pts.push([flat[i]![0], angle[1] + (s.end[1] - angle[1]) * e, flat[i]![1]])
  }
  return { points: resample(pts, STEP), head, tubercle, angle }
}

const cache = new Map<number, RibPath>()

/** The path, sizes and face normals of rib n (1–12), left side. */
export function ribPath(n: number): RibPath {
  const hit = cache.get(n)
  if (hit) return hit
  const s = RIBS[n]!
  const { points, head, tubercle, angle } = ribBonePoints(n)
  const u = arcParams(points)
  // Where along the bone the tubercle and the angle fall.
  const near = (p: V3) => {
    let best = 0, bd = Infinity
    points.forEach((q, i) => {
      const d = v.len(v.sub(p, q))
      if (d < bd) {
        bd = d
        best = i
      }
    })
    return u[best]!
  }
  const uT = near(tubercle), uA = Math.max(near(angle), uT + 0.02)
  const floating = n >= 11
  const hShaft = s.h, thShaft = s.th
  const heightAt = (x: number) =>
    profile(
      [
        [0, 0.0095],
        [uT * 0.35, 0.0078],
        [uT, 0.0095],
        [uA, hShaft * 0.9],
        [Math.min(0.98, uA + 0.15), hShaft],
        [0.8, hShaft],
        [1, floating ? 0.005 : hShaft * 0.85],
      ],
      x,
    )
  const thickAt = (x: number) =>
    profile(
      [
        [0, 0.0095],
        [uT * 0.35, 0.0066],
        [uT, 0.0082],
        [uA, thShaft + 0.0005],
        [Math.min(0.98, uA + 0.15), thShaft],
        [0.85, thShaft],
        [1, floating ? 0.0035 : thShaft + 0.0008],
      ],
      x,
    )
  // The face tilt fades in from the angle: the neck and the back of the cage face backwards.
  const tiltAt = (i: number) => s.tilt * smoothstep(uT, uA + 0.1, u[i]!) + (n === 1 ? 25 : 0) * (1 - smoothstep(uT, uA + 0.1, u[i]!))
  const normals = normalsFor(points, tiltAt)
  const bone: BandSample[] = points.map((p, i) => ({ p, n: normals[i]!, th: Math.min(thickAt(u[i]!), heightAt(u[i]!)), h: heightAt(u[i]!) }))
  const cartilage = floating ? [] : cartilagePath(n, points, normals[normals.length - 1]!, s)
  const out = { n, bone, cartilage, head, tubercle, angle }
  cache.set(n, out)
  return out
}

/** Cartilage of rib n from its junction: to the sternum (1–7) or up into the cartilage above (8–10). */
function cartilagePath(n: number, bone: V3[], lastNormal: V3, s: RibSpec): BandSample[] {
  const C = bone[bone.length - 1]!
  const dir = v.norm(v.sub(C, bone[bone.length - 3]!))
  let ctrl: V3[]
  let end: V3
  if (n <= 7) {
    const y = STERNUM.notchY[n - 1]!
    const c = sternumAt(y)
    end = [sternumHalfWidth(y) + (n === 1 ? 0.0066 : n >= 6 ? 0.0058 : 0.005), y, c[2] - 0.001]
    const lead = v.add(C, v.scale(dir, n <= 4 ? 0.008 : 0.014))
    if (n <= 4) ctrl = [C, lead, v.add(v.lerp(lead, end, 0.55), [0, 0, 0.003]), end]
    else {
      // The lower true-rib cartilages run on down and in, then turn up to the sternum.
      const low: V3 = [end[0] + 0.018 + (n - 5) * 0.008, Math.min(C[1], end[1]) - 0.002 - (n - 5) * 0.004, end[2] + 0.004 - (n - 5) * 0.002]
      ctrl = [C, lead, low, [end[0] + 0.007, end[1] - 0.004, end[2] + 0.001], end]
    }
  } else {
    // Ribs 8–10: up and in to meet the lower border of the cartilage above (the costal margin).
    const above = ribPath(n - 1).cartilage
    // Rib 8 meets the lowest point of the 7th cartilage; 9 and 10 the outer third of theirs.
    let j = Math.round(above.length * 0.3)
    if (n === 8) above.forEach((a, i) => (j = a.p[1] < above[j]!.p[1] ? i : j))
    const target = above[Math.min(j, above.length - 1)]!
    end = v.add(target.p, [0.001, -(target.h / 2 + 0.0052), 0.001])
    const lead = v.add(C, v.scale(dir, 0.01))
    ctrl = [C, lead, v.add(v.lerp(lead, end, 0.5), [0.004, -0.004, 0.004]), end]
  }
  const pts = resample(smoothCR(ctrl, 6), STEP)
  const u = arcParams(pts)
  const normals = normalsFor(pts, (i) => s.tilt * (1 - u[i]!) + (n <= 7 ? 10 : -20) * u[i]!)
  // Cartilages are rounder and slimmer than the bone; they swell a little where they meet the bone.
  return pts.map((p, i) => {
    const uu = u[i]!
    const h = n === 1 ? profile([[0, 0.015], [1, 0.013]], uu) : profile([[0, s.h * 0.85], [0.2, 0.0098], [1, n <= 7 ? 0.0085 : 0.0065]], uu)
    const th = n === 1 ? 0.0065 : profile([[0, s.th + 0.0008], [0.2, 0.0062], [1, 0.0055]], uu)
    return { p, n: i === 0 ? lastNormal : normals[i]!, th: Math.min(th, h), h }
  })
}

function smoothCR(points: V3[], per: number): V3[] {
  if (points.length < 3) return points
  const out: V3[] = []
  const P = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!
  for (let i = 0; i + 1 < points.length; i++) {
    const p0 = P(i - 1), p1 = P(i), p2 = P(i + 1), p3 = P(i + 2)
    for (let k = 0; k < per; k++) {
      const t = k / per, t2 = t * t, t3 = t2 * t
      const c = (j: 0 | 1 | 2) => 0.5 * (2 * p1[j] + (-p0[j] + p2[j]) * t + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2 + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3)
      out.push([c(0), c(1), c(2)])
    }
  }
  out.push(points[points.length - 1]!)
  return out
}
