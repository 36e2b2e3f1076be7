/**
 * Measurements of bones on the generated mesh, the way a radiologist or an anatomist takes them:
 * angles from landmark points, joint spaces as distances between two bones' surfaces, bone lengths.
 * Pure functions over world-space vertex arrays (from worldPositions).
 */

export type Points = ArrayLike<number>

/** Indices of the vertices that pass a test. */
function select(p: Points, keep: (x: number, y: number, z: number) => boolean): number[] {
  const out: number[] = []
  for (let i = 0; i < p.length; i += 3) if (keep(p[i]!, p[i + 1]!, p[i + 2]!)) out.push(i)
  return out
}

/**
 * Lateral centre-edge angle (Wiberg), degrees, as taken on a coronal CT slice through the femoral head's
 * centre: the angle between the vertical through the centre and the line to the lateral edge of the
 * acetabular roof. The edge is the hip bone's vertex, within a slab `slab` thick about the centre and
 * `reach` of it, furthest round from the vertical on the lateral side. `lateral` is +1 for the left hip.
 */
export function centreEdgeAngle(hipBone: Points, centre: readonly number[], reach: number, slab = 0.004, lateral = 1): number {
  const [cx, cy, cz] = centre as [number, number, number]
  let best = -Infinity
  for (const i of select(hipBone, (x, y, z) => Math.abs(z - cz) < slab / 2 && Math.hypot(x - cx, y - cy) < reach)) {
    const dx = (hipBone[i]! - cx) * lateral, dy = hipBone[i + 1]! - cy
    if (dx <= 0 || dy <= 0) continue
    best = Math.max(best, (Math.atan2(dx, dy) * 180) / Math.PI)
  }
  return best
}

/** A mesh's world-space vertices with its triangle indices. */
export interface Surface {
  p: Points
  idx: ArrayLike<number>
}

const sub = (u: number[], w: number[]) => [u[0]! - w[0]!, u[1]! - w[1]!, u[2]! - w[2]!]
const dot = (u: number[], w: number[]) => u[0]! * w[0]! + u[1]! * w[1]! + u[2]! * w[2]!
const lerp = (u: number[], w: number[], t: number) => [u[0]! + (w[0]! - u[0]!) * t, u[1]! + (w[1]! - u[1]!) * t, u[2]! + (w[2]! - u[2]!) * t]

/** Distance from point q to triangle abc (Ericson, Real-Time Collision Detection 5.1.5). */
function pointTriangle(q: number[], a: number[], b: number[], c: number[]): number {
  const ab = sub(b, a), ac = sub(c, a), ap = sub(q, a)
  const d1 = dot(ab, ap), d2 = dot(ac, ap)
  let closest: number[]
  if (d1 <= 0 && d2 <= 0) closest = a
  else {
    const bp = sub(q, b), d3 = dot(ab, bp), d4 = dot(ac, bp)
    const cp = sub(q, c), d5 = dot(ab, cp), d6 = dot(ac, cp)
    const vc = d1 * d4 - d3 * d2, vb = d5 * d2 - d1 * d6, va = d3 * d6 - d5 * d4
    if (d3 >= 0 && d4 <= d3) closest = b
    else if (vc <= 0 && d1 >= 0 && d3 <= 0) closest = lerp(a, b, d1 / (d1 - d3))
    else if (d6 >= 0 && d5 <= d6) closest = c
    else if (vb <= 0 && d2 >= 0 && d6 <= 0) closest = lerp(a, c, d2 / (d2 - d6))
    else if (va <= 0 && d4 - d3 >= 0 && d5 - d6 >= 0) closest = lerp(b, c, (d4 - d3) / (d4 - d3 + (d5 - d6)))
    else {
      const den = 1 / (va + vb + vc)
      const v = vb * den, w = vc * den
      closest = [a[0]! + ab[0]! * v + ac[0]! * w, a[1]! + ab[1]! * v + ac[1]! * w, a[2]! + ab[2]! * v + ac[2]! * w]
    }
  }
  return Math.hypot(q[0]! - closest[0]!, q[1]! - closest[1]!, q[2]! - closest[2]!)
}

/** The smallest distance from a vertex of `a` to a triangle of `b`, both limited to the region `where`. */
function oneWay(a: Surface, b: Surface, where: (x: number, y: number, z: number) => boolean): number {
  const vert = (s: Surface, i: number) => [s.p[i * 3]!, s.p[i * 3 + 1]!, s.p[i * 3 + 2]!]
  const tris: number[][][] = []
  for (let t = 0; t < b.idx.length; t += 3) {
    const tri = [vert(b, b.idx[t]!), vert(b, b.idx[t + 1]!), vert(b, b.idx[t + 2]!)]
    if (tri.some((q) => where(q[0]!, q[1]!, q[2]!))) tris.push(tri)
  }
  let best = Infinity
  for (const i of select(a.p, where)) {
    const q = [a.p[i]!, a.p[i + 1]!, a.p[i + 2]!]
    for (const [u, v, w] of tris) {
      // Cheap reject: a triangle whose first corner is far off cannot be the nearest (edges are < 1 cm).
      if (Math.abs(u![0]! - q[0]!) > best + 0.01 || Math.abs(u![1]! - q[1]!) > best + 0.01 || Math.abs(u![2]! - q[2]!) > best + 0.01) continue
      best = Math.min(best, pointTriangle(q, u!, v!, w!))
    }
  }
  return best
}

/**
 * The joint space between two bones where they face each other: the smallest distance between their
 * surfaces inside the region `where`, vertex to triangle both ways (exact for these triangle meshes).
 */
export function gapBetween(a: Surface, b: Surface, where: (x: number, y: number, z: number) => boolean): number {
  return Math.min(oneWay(a, b, where), oneWay(b, a, where))
}

/** The longest distance between two vertices (the bone's greatest length), metres. */
export function greatestLength(p: Points): number {
  let best = 0
  // Convex-hull candidates are enough: keep the extreme vertices along many directions first.
  const idx = new Set<number>()
  for (let a = 0; a < 24; a++)
    for (let b = 0; b < 12; b++) {
      const th = (a / 24) * Math.PI * 2, ph = (b / 12) * Math.PI
      const d = [Math.cos(th) * Math.sin(ph), Math.cos(ph), Math.sin(th) * Math.sin(ph)]
      let m = -Infinity, arg = 0
      for (let i = 0; i < p.length; i += 3) {
        const s = p[i]! * d[0]! + p[i + 1]! * d[1]! + p[i + 2]! * d[2]!
        if (s > m) {
          m = s
          arg = i
        }
      }
      idx.add(arg)
    }
  const list = [...idx]
  for (const i of list) for (const j of list) best = Math.max(best, Math.hypot(p[i]! - p[j]!, p[i + 1]! - p[j + 1]!, p[i + 2]! - p[j + 2]!))
  return best
}

/**
 * Calcaneal pitch (inclination), degrees, from the side: the line from the lowest point of the tuberosity
 * to the lowest point of the front of the bone, tangent to the sole, against the floor. `forward` is the
 * foot's long axis in the horizontal plane.
 */
export function calcanealPitch(calcaneus: Points, forward: readonly [number, number]): number {
  const [fx, fz] = forward
  const along: number[] = [], up: number[] = []
  for (let i = 0; i < calcaneus.length; i += 3) {
    along.push(calcaneus[i]! * fx + calcaneus[i + 2]! * fz)
    up.push(calcaneus[i + 1]!)
  }
  const lo = Math.min(...along), hi = Math.max(...along), len = hi - lo
  // The tuberosity's plantar point: the lowest in the back third.
  let t = -1
  for (let k = 0; k < along.length; k++) if (along[k]! < lo + len / 3 && (t < 0 || up[k]! < up[t]!)) t = k
  // The front point: the tangent from it to the sole of the front third (the line every other point is above).
  let angle = Infinity
  for (let k = 0; k < along.length; k++) {
    if (along[k]! < hi - len / 3) continue
    angle = Math.min(angle, Math.atan2(up[k]! - up[t]!, along[k]! - along[t]!))
  }
  return (angle * 180) / Math.PI
}

/**
 * Greatest length on a lateral view (as on a lateral radiograph or an osteometric board): the longest
 * distance between two vertices after projecting them onto the vertical plane along `forward`.
 */
export function lateralViewLength(p: Points, forward: readonly [number, number]): number {
  const [fx, fz] = forward
  const flat: number[] = []
  for (let i = 0; i < p.length; i += 3) flat.push(p[i]! * fx + p[i + 2]! * fz, p[i + 1]!, 0)
  return greatestLength(flat)
}

/** Centroid of the vertices within `reach` of the extreme of axis `k` (0 x, 1 y, 2 z), at its low or high end. */
function endCentroid(p: Points, k: number, high: boolean, reach: number): number[] {
  let ext = high ? -Infinity : Infinity
  for (let i = k; i < p.length; i += 3) ext = high ? Math.max(ext, p[i]!) : Math.min(ext, p[i]!)
  const c = [0, 0, 0]
  let n = 0
  for (let i = 0; i < p.length; i += 3) {
    if (Math.abs(p[i + k]! - ext) > reach) continue
    c[0]! += p[i]!
    c[1]! += p[i + 1]!
    c[2]! += p[i + 2]!
    n++
  }
  return c.map((s) => s / n)
}

/**
 * Backward sweep of a clavicle seen from above, degrees: the angle between the line joining its two
 * ends (centroids of the last 8 mm at either end) and the coronal plane; positive when the lateral end
 * lies behind the sternal end. `lateral` is +1 for a left bone (+X).
 */
export function topViewSweep(p: Points, lateral = 1): number {
  const med = endCentroid(p, 0, lateral < 0, 0.008), lat = endCentroid(p, 0, lateral > 0, 0.008)
  return (Math.atan2(med[2]! - lat[2]!, Math.abs(lat[0]! - med[0]!)) * 180) / Math.PI
}

/**
 * Dorsal over plantar width of a tarsal bone, as on a coronal CT slice of the midfoot: its medio-lateral
 * extent in the top band (80–95 % of its height) over that in the bottom band (5–20 %). `toLocal` maps
 * a model-space point into a frame whose X is medio-lateral and Y up (the foot's frame).
 */
export function dorsalPlantarWidthRatio(p: Points, toLocal: (q: [number, number, number]) => readonly number[]): number {
  const q: (readonly number[])[] = []
  for (let i = 0; i < p.length; i += 3) q.push(toLocal([p[i]!, p[i + 1]!, p[i + 2]!]))
  let lo = Infinity, hi = -Infinity
  for (const r of q) {
    lo = Math.min(lo, r[1]!)
    hi = Math.max(hi, r[1]!)
  }
  const width = (a: number, b: number) => {
    let min = Infinity, max = -Infinity
    for (const r of q)
      if (r[1]! >= lo + a * (hi - lo) && r[1]! <= lo + b * (hi - lo)) {
        min = Math.min(min, r[0]!)
        max = Math.max(max, r[0]!)
      }
    return max - min
  }
  return width(0.8, 0.95) / width(0.05, 0.2)
}

/** Points mapped into a local frame (X medio-lateral, Y up, Z forward: the foot's frame). */
function localPoints(p: Points, toLocal: (q: [number, number, number]) => readonly number[]): (readonly number[])[] {
  const q: (readonly number[])[] = []
  for (let i = 0; i < p.length; i += 3) q.push(toLocal([p[i]!, p[i + 1]!, p[i + 2]!]))
  return q
}

/**
 * Height of a bone at its medial and at its lateral side, as read on a coronal CT slice `slab` thick
 * through the middle of its length (local Z): the vertical extent of the slice's vertices in the medial
 * and in the lateral fifth of the slice's medio-lateral extent. `lateral` is the sign of local X on the
 * lateral side.
 */
export function sideHeights(p: Points, toLocal: (q: [number, number, number]) => readonly number[], slab = 0.008, lateral = 1): { medial: number; lateral: number } {
  const all = localPoints(p, toLocal)
  const zs = all.map((r) => r[2]!)
  const mid = (Math.min(...zs) + Math.max(...zs)) / 2
  const q = all.filter((r) => Math.abs(r[2]! - mid) <= slab / 2)
  const xs = q.map((r) => r[0]! * lateral)
  const lo = Math.min(...xs), hi = Math.max(...xs), band = (hi - lo) / 5
  const height = (keep: (x: number) => boolean) => {
    const ys = q.filter((_, k) => keep(xs[k]!)).map((r) => r[1]!)
    return Math.max(...ys) - Math.min(...ys)
  }
  return { medial: height((x) => x <= lo + band), lateral: height((x) => x >= hi - band) }
}

/**
 * Depth of a groove across the sole of a bone, as on a sagittal slice through local x = `x`: the underside
 * profile (the lowest point of the surface on vertical lines 0.5 mm apart along Z) rises into the groove
 * between two lips; the depth is how far the groove's floor lies above the higher of the two lips.
 * 0 when the underside has no such hollow.
 */
export function plantarGrooveDepth(s: Surface, toLocal: (q: [number, number, number]) => readonly number[], x: number): number {
  const q = localPoints(s.p, toLocal)
  const step = 0.0005
  const low = new Map<number, number>()
  for (let t = 0; t < s.idx.length; t += 3) {
    const [a, b, c] = [q[s.idx[t]!]!, q[s.idx[t + 1]!]!, q[s.idx[t + 2]!]!]
    if (Math.min(a[0]!, b[0]!, c[0]!) > x || Math.max(a[0]!, b[0]!, c[0]!) < x) continue
    const z0 = Math.ceil(Math.min(a[2]!, b[2]!, c[2]!) / step), z1 = Math.floor(Math.max(a[2]!, b[2]!, c[2]!) / step)
    for (let k = z0; k <= z1; k++) {
      // Barycentric coordinates of (x, k·step) in the triangle's projection onto the horizontal plane.
      const z = k * step
      const det = (b[0]! - a[0]!) * (c[2]! - a[2]!) - (c[0]! - a[0]!) * (b[2]! - a[2]!)
      if (Math.abs(det) < 1e-14) continue
      const u = ((x - a[0]!) * (c[2]! - a[2]!) - (c[0]! - a[0]!) * (z - a[2]!)) / det
      const w = ((b[0]! - a[0]!) * (z - a[2]!) - (x - a[0]!) * (b[2]! - a[2]!)) / det
      if (u < 0 || w < 0 || u + w > 1) continue
      const y = a[1]! + u * (b[1]! - a[1]!) + w * (c[1]! - a[1]!)
      low.set(k, Math.min(low.get(k) ?? Infinity, y))
    }
  }
  const keys = [...low.keys()].toSorted((m, n) => m - n)
  const y = keys.map((k) => low.get(k)!)
  let best = 0
  for (let i = 1; i < y.length - 1; i++) {
    const behind = Math.min(...y.slice(0, i)), ahead = Math.min(...y.slice(i + 1))
    best = Math.max(best, y[i]! - Math.max(behind, ahead))
  }
  return best
}

/**
 * Where two bones meet: the vertices of `a` within `reach` of a triangle of `b` (across the joint space),
 * as arrays [x, y, z]. Their extent is the size of the articulation.
 */
export function facingVertices(a: Surface, b: Surface, reach: number): number[][] {
  const vert = (s: Surface, i: number) => [s.p[i * 3]!, s.p[i * 3 + 1]!, s.p[i * 3 + 2]!]
  const tris: number[][][] = []
  for (let t = 0; t < b.idx.length; t += 3) tris.push([vert(b, b.idx[t]!), vert(b, b.idx[t + 1]!), vert(b, b.idx[t + 2]!)])
  const out: number[][] = []
  for (let i = 0; i < a.p.length; i += 3) {
    const q = [a.p[i]!, a.p[i + 1]!, a.p[i + 2]!]
    const near = tris.some(([u, v, w]) => {
      if (Math.abs(u![0]! - q[0]!) > reach + 0.01 || Math.abs(u![1]! - q[1]!) > reach + 0.01 || Math.abs(u![2]! - q[2]!) > reach + 0.01) return false
      return pointTriangle(q, u!, v!, w!) < reach
    })
    if (near) out.push(q)
  }
  return out
}
