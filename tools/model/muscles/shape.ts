/**
 * The shape of one muscle at rest, as a signed distance field: each strand is a chain of round cones
 * along its path (origin -> via points -> insertion) whose radius swells from tendon to belly and back;
 * a fan gets extra strands interpolated between its neighbours so it closes into one sheet. The path is
 * pushed off the bones so the belly lies on them instead of through them, and what still overlaps a
 * bone is cut away.
 */
import { JOINT_POSITIONS } from '../../../src/anatomy/skeletonLayout'
import { muscleStrands, type MuscleDef } from '../../../src/anatomy/muscles'
import { offset, roundCone, smoothPath, smoothSubtract, smoothUnion, union, v, type Sdf, type V3 } from '../sdf/core'

/** Samples of one strand's centre line with the radius there and the share of its length (0..1). */
export interface StrandSample {
  p: V3
  r: number
  t: number
}

/** Rest positions of a strand's landmarks (model space, left side). */
export function restPoints(m: MuscleDef): V3[][] {
  return muscleStrands(m, 'left').map((s) =>
    s.points.map((p) => {
      const j = JOINT_POSITIONS[p.joint]!
      return [j[0] + p.offset[0], j[1] + p.offset[1], j[2] + p.offset[2]] as V3
    }),
  )
}

const smoothstep = (a: number, b: number, x: number) => {
  const t = Math.max(0, Math.min(1, (x - a) / (b - a)))
  return t * t * (3 - 2 * t)
}

/** Radius along a strand: tendon at both ends, a belly between, swelling and tapering smoothly. */
export function radiusAt(m: MuscleDef, t: number, bellyScale = 1): number {
  const a = m.tendon.origin, b = 1 - m.tendon.insertion
  if (t <= a || t >= b) return m.tendonRadius
  const u = (t - a) / (b - a)
  // Fuller toward the origin side for most leg muscles: the belly peaks at 40 % of its length.
  const s = u < 0.4 ? Math.sin((u / 0.4) * (Math.PI / 2)) : Math.cos(((u - 0.4) / 0.6) * (Math.PI / 2))
  return m.tendonRadius + (m.bellyRadius * bellyScale - m.tendonRadius) * Math.pow(s, 0.8)
}

/** How much of a point is tendon (1) rather than belly (0), by its share of the strand's length. */
export function tendonWeight(m: MuscleDef, t: number): number {
  const a = m.tendon.origin, b = 1 - m.tendon.insertion
  const ramp = 0.05
  return Math.max(1 - smoothstep(a - ramp / 2, a + ramp, t), smoothstep(b - ramp, b + ramp / 2, t))
}

function resample(points: V3[], n: number): { p: V3; t: number }[] {
  const dense = smoothPath(points, 8)
  const cum = [0]
  for (let i = 1; i < dense.length; i++) cum.push(cum[i - 1]! + v.len(v.sub(dense[i]!, dense[i - 1]!)))
  const L = cum[cum.length - 1]!
  const out: { p: V3; t: number }[] = []
  let k = 0
  for (let i = 0; i <= n; i++) {
    const s = (L * i) / n
    while (k < dense.length - 2 && cum[k + 1]! < s) k++
    const f = (s - cum[k]!) / Math.max(1e-9, cum[k + 1]! - cum[k]!)
    out.push({ p: v.lerp(dense[k]!, dense[k + 1]!, Math.min(1, Math.max(0, f))), t: i / n })
  }
  return out
}

const SAMPLES = 32

/** The strands' centre lines, fan strands interpolated, pushed off the bones. */
export function strandSamples(m: MuscleDef, bones: Sdf): StrandSample[][] {
  const base = restPoints(m).map((pts) => resample(pts, SAMPLES))
  const lines: { p: V3; t: number }[][] = []
  const between = m.shape === 'fan' ? 2 : m.shape === 'sheet' ? 3 : 0
  for (let s = 0; s < base.length; s++) {
    lines.push(base[s]!)
    if (s + 1 < base.length)
      for (let k = 1; k <= between; k++) {
        const f = k / (between + 1)
        lines.push(base[s]!.map((a, i) => ({ p: v.lerp(a.p, base[s + 1]![i]!.p, f), t: a.t })))
      }
  }
  const scale = between > 0 ? 0.8 : 1
  return lines.map((line) =>
    line.map(({ p, t }) => {
      const r = radiusAt(m, t, scale)
      // Push the centre line out of the bone so the belly rests on it; not at the ends, which must reach the bone.
      const w = smoothstep(0, 0.12, t) * smoothstep(1, 0.88, t)
      let q = p
      const need = r * 0.85 + 0.001
      for (let it = 0; it < (w > 0 ? 6 : 0); it++) {
        const d = bones.d(...q)
        if (d >= need) break
        q = v.add(q, v.scale(gradient(bones, q), Math.min(0.006, (need - d) * w)))
      }
      return { p: q, r, t }
    }),
  )
}

export function gradient(f: Sdf, p: V3): V3 {
  const e = 0.0003
  return v.norm([
    f.d(p[0] + e, p[1], p[2]) - f.d(p[0] - e, p[1], p[2]),
    f.d(p[0], p[1] + e, p[2]) - f.d(p[0], p[1] - e, p[2]),
    f.d(p[0], p[1], p[2] + e) - f.d(p[0], p[1], p[2] - e),
  ])
}

/** The muscle's field: strands blended into one body, minus the bones it lies on. */
export function muscleField(m: MuscleDef, samples: StrandSample[][], bones: Sdf): Sdf {
  const strands = samples.map((line) => {
    const cones: Sdf[] = []
    for (let i = 0; i + 1 < line.length; i++) cones.push(roundCone(line[i]!.p, line[i + 1]!.p, line[i]!.r, line[i + 1]!.r))
    return union(...cones)
  })
  const body = smoothUnion(m.shape === 'fusiform' ? 0.006 : 0.01, ...strands)
  return smoothSubtract(0.0015, body, offset(bones, 0.0004))
}
