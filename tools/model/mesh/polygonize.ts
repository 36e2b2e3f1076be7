/**
 * Turns a signed distance field into a closed triangle mesh with surface nets on a sparse grid.
 *
 * Only blocks of 8³ voxels that the surface can pass through are sampled: a block is skipped when
 * the field at its centre is farther than the block's half-diagonal (with margin), checked from
 * coarse to fine. Each vertex is then pulled onto the true surface along the field's gradient,
 * which keeps edges and ridges crisper than plain surface nets.
 */
import { expandBox, type Sdf } from '../sdf/core'

export interface RawMesh {
  positions: Float32Array
  indices: Uint32Array
}

export interface PolygonizeOptions {
  /** Voxel edge length in metres. */
  voxel: number
  /** Newton steps that pull each vertex onto the surface (0 = plain surface nets). */
  projectionSteps?: number
  /** Safety factor on the skip test, for fields that are not exact distances. */
  margin?: number
}

const B = 8 // cells per block edge
const S = B + 1 // samples per block edge

/** Offsets of corner c (bit 0 = x, bit 1 = y, bit 2 = z) of a cell. */
const cornerOffset = (c: number): [number, number, number] => [c & 1, (c >> 1) & 1, (c >> 2) & 1]

export function polygonize(sdf: Sdf, options: PolygonizeOptions): RawMesh {
  const h = options.voxel
  const margin = options.margin ?? 1.5
  const steps = options.projectionSteps ?? 2
  const bounds = expandBox(sdf.bounds, 3 * h)
  const ox = bounds.min[0], oy = bounds.min[1], oz = bounds.min[2]
  const nbx = Math.ceil((bounds.max[0] - ox) / (h * B)) + 1
  const nby = Math.ceil((bounds.max[1] - oy) / (h * B)) + 1
  const nbz = Math.ceil((bounds.max[2] - oz) / (h * B)) + 1
  const d = sdf.d

  // 1. Find active blocks, coarse to fine: a cube of 2^level blocks is visited only if the surface can reach it.
  const active: number[] = []
  const visit = (bx: number, by: number, bz: number, size: number) => {
    if (bx >= nbx || by >= nby || bz >= nbz) return
    const edge = size * B * h
    const cx = ox + bx * B * h + edge / 2, cy = oy + by * B * h + edge / 2, cz = oz + bz * B * h + edge / 2
    const reach = (edge * Math.sqrt(3)) / 2
    if (Math.abs(d(cx, cy, cz)) > reach * margin + h) return
    if (size === 1) {
      active.push(bx + nbx * (by + nby * bz))
      return
    }
    const half = size / 2
    for (let k = 0; k < 2; k++) for (let j = 0; j < 2; j++) for (let i = 0; i < 2; i++) visit(bx + i * half, by + j * half, bz + k * half, half)
  }
  let top = 1
  while (top < Math.max(nbx, nby, nbz)) top *= 2
  visit(0, 0, 0, top)

  // 2. Sample each active block's (B+1)³ corners.
  const samples = new Map<number, Float32Array>()
  for (const key of active) {
    const bx = key % nbx, by = Math.floor(key / nbx) % nby, bz = Math.floor(key / (nbx * nby))
    const arr = new Float32Array(S * S * S)
    const x0 = ox + bx * B * h, y0 = oy + by * B * h, z0 = oz + bz * B * h
    let n = 0
    for (let k = 0; k < S; k++) for (let j = 0; j < S; j++) for (let i = 0; i < S; i++) arr[n++] = d(x0 + i * h, y0 + j * h, z0 + k * h)
    samples.set(key, arr)
  }

  // 3. One vertex per cell whose corners change sign.
  const ncx = nbx * B, ncy = nby * B
  const cellIndex = (i: number, j: number, k: number) => i + ncx * (j + ncy * k)
  const vertexOfCell = new Map<number, number>()
  const pos: number[] = []
  const cellsWithVertex: [number, number, number][] = []
  const corner = new Float32Array(8)
  const EDGES = [
    [0, 1], [2, 3], [4, 5], [6, 7], // along x
    [0, 2], [1, 3], [4, 6], [5, 7], // along y
    [0, 4], [1, 5], [2, 6], [3, 7], // along z
  ] as const

  for (const key of active) {
    const arr = samples.get(key)!
    const bx = key % nbx, by = Math.floor(key / nbx) % nby, bz = Math.floor(key / (nbx * nby))
    for (let k = 0; k < B; k++)
      for (let j = 0; j < B; j++)
        for (let i = 0; i < B; i++) {
          let mask = 0
          for (let c = 0; c < 8; c++) {
            const [a, b, e] = cornerOffset(c)
            const val = arr[i + a + S * (j + b + S * (k + e))]!
            corner[c] = val
            if (val < 0) mask |= 1 << c
          }
          if (mask === 0 || mask === 255) continue
          // Surface nets: the mean of the edge crossings.
          let sx = 0, sy = 0, sz = 0, cnt = 0
          for (const [c0, c1] of EDGES) {
            const v0 = corner[c0]!, v1 = corner[c1]!
            if (v0 < 0 === v1 < 0) continue
            const t = v0 / (v0 - v1)
            const p0 = cornerOffset(c0), p1 = cornerOffset(c1)
            sx += p0[0] + (p1[0] - p0[0]) * t
            sy += p0[1] + (p1[1] - p0[1]) * t
            sz += p0[2] + (p1[2] - p0[2]) * t
            cnt++
          }
          const gi = bx * B + i, gj = by * B + j, gk = bz * B + k
          let px = ox + (gi + sx / cnt) * h, py = oy + (gj + sy / cnt) * h, pz = oz + (gk + sz / cnt) * h
          // Pull onto the surface along the gradient, but never out of the cell's neighbourhood.
          for (let s = 0; s < steps; s++) {
            const e = h * 0.25
            const dv = d(px, py, pz)
            const gx = d(px + e, py, pz) - d(px - e, py, pz)
            const gy = d(px, py + e, pz) - d(px, py - e, pz)
            const gz = d(px, py, pz + e) - d(px, py, pz - e)
            const gl = Math.sqrt(gx * gx + gy * gy + gz * gz)
            if (gl < 1e-12) break
            const f = dv / gl
            const qx = px - gx * f, qy = py - gy * f, qz = pz - gz * f
            const cx = ox + (gi + 0.5) * h, cy = oy + (gj + 0.5) * h, cz = oz + (gk + 0.5) * h
            if (Math.abs(qx - cx) > h || Math.abs(qy - cy) > h || Math.abs(qz - cz) > h) break
            px = qx
            py = qy
            pz = qz
          }
          vertexOfCell.set(cellIndex(gi, gj, gk), pos.length / 3)
          pos.push(px, py, pz)
          cellsWithVertex.push([gi, gj, gk])
        }
  }

  // 4. A quad across every grid edge with a sign change, joining the four cells around it.
  const sampleAt = (i: number, j: number, k: number): number | undefined => {
    const bx = Math.floor(i / B), by = Math.floor(j / B), bz = Math.floor(k / B)
    const arr = samples.get(bx + nbx * (by + nby * bz))
    return arr ? arr[i - bx * B + S * (j - by * B + S * (k - bz * B))] : undefined
  }
  const idx: number[] = []
  const quad = (a: number | undefined, b: number | undefined, c: number | undefined, e: number | undefined, flip: boolean) => {
    if (a === undefined || b === undefined || c === undefined || e === undefined) return
    // Split along the shorter diagonal for better-shaped triangles.
    const d1 = dist2(pos, a, c), d2 = dist2(pos, b, e)
    const tris = d1 <= d2 ? [a, b, c, a, c, e] : [a, b, e, b, c, e]
    if (flip) for (let t = 0; t < 6; t += 3) idx.push(tris[t]!, tris[t + 2]!, tris[t + 1]!)
    else idx.push(...tris)
  }
  for (const [i, j, k] of cellsWithVertex) {
    const v0 = sampleAt(i, j, k)
    if (v0 === undefined) continue
    const inside = v0 < 0
    // Edge along +x from corner (i,j,k): cells (i, j-1..j, k-1..k).
    const vx = sampleAt(i + 1, j, k)
    if (vx !== undefined && inside !== vx < 0 && j > 0 && k > 0)
      quad(cellAt(i, j - 1, k - 1), cellAt(i, j, k - 1), cellAt(i, j, k), cellAt(i, j - 1, k), !inside)
    const vy = sampleAt(i, j + 1, k)
    if (vy !== undefined && inside !== vy < 0 && i > 0 && k > 0)
      quad(cellAt(i - 1, j, k - 1), cellAt(i - 1, j, k), cellAt(i, j, k), cellAt(i, j, k - 1), !inside)
    const vz = sampleAt(i, j, k + 1)
    if (vz !== undefined && inside !== vz < 0 && i > 0 && j > 0)
      quad(cellAt(i - 1, j - 1, k), cellAt(i, j - 1, k), cellAt(i, j, k), cellAt(i - 1, j, k), !inside)
  }
  function cellAt(i: number, j: number, k: number) {
    return vertexOfCell.get(cellIndex(i, j, k))
  }

  return { positions: new Float32Array(pos), indices: new Uint32Array(idx) }
}

function dist2(p: number[], a: number, b: number) {
  const dx = p[a * 3]! - p[b * 3]!, dy = p[a * 3 + 1]! - p[b * 3 + 1]!, dz = p[a * 3 + 2]! - p[b * 3 + 2]!
  return dx * dx + dy * dy + dz * dz
}
