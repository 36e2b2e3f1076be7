/**
 * Simplification with meshoptimizer: as few triangles as keep the surface within `error` metres
 * of the dense mesh. The error is absolute so every bone is held to the same tolerance.
 */
import { MeshoptSimplifier } from 'meshoptimizer'
import type { RawMesh } from './polygonize'

export interface SimplifyOptions {
  /** Largest allowed deviation from the dense surface, metres. */
  error: number
  /** Optional hard cap on the triangle count. */
  maxTriangles?: number
}

export async function simplify(mesh: RawMesh, options: SimplifyOptions): Promise<RawMesh> {
  await MeshoptSimplifier.ready
  const welded = weld(mesh)
  // First as far as the error bound allows; if that still leaves more triangles than the cap,
  // again down to the cap, accepting whatever error that takes (the cap is the budget).
  let [indices] = MeshoptSimplifier.simplify(welded.indices, welded.positions, 3, 0, options.error, ['ErrorAbsolute'])
  if (options.maxTriangles && indices.length > options.maxTriangles * 3) {
    ;[indices] = MeshoptSimplifier.simplify(indices, welded.positions, 3, options.maxTriangles * 3, 1, ['ErrorAbsolute'])
  }
  return compact({ positions: welded.positions, indices })
}

/** Surface nets already shares vertices; this only drops unused ones and renumbers. */
export function compact(mesh: RawMesh): RawMesh {
  const remap = new Int32Array(mesh.positions.length / 3).fill(-1)
  const positions: number[] = []
  const indices = new Uint32Array(mesh.indices.length)
  for (let i = 0; i < mesh.indices.length; i++) {
    const v = mesh.indices[i]!
    if (remap[v] === -1) {
      remap[v] = positions.length / 3
      positions.push(mesh.positions[v * 3]!, mesh.positions[v * 3 + 1]!, mesh.positions[v * 3 + 2]!)
    }
    indices[i] = remap[v]!
  }
  return { positions: new Float32Array(positions), indices }
}

function weld(mesh: RawMesh): RawMesh {
  return compact(mesh)
}

/** Signed volume of a closed mesh: positive when its triangles face outward. */
export function signedVolume(mesh: RawMesh): number {
  const p = mesh.positions
  let vol = 0
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t]! * 3, b = mesh.indices[t + 1]! * 3, c = mesh.indices[t + 2]! * 3
    vol +=
      p[a]! * (p[b + 1]! * p[c + 2]! - p[b + 2]! * p[c + 1]!) -
      p[a + 1]! * (p[b]! * p[c + 2]! - p[b + 2]! * p[c]!) +
      p[a + 2]! * (p[b]! * p[c + 1]! - p[b + 1]! * p[c]!)
  }
  return vol / 6
}

/** Number of triangles whose area is (almost) zero. */
export function degenerateTriangles(mesh: RawMesh, minArea = 1e-12): number {
  const p = mesh.positions
  let n = 0
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = mesh.indices[t]! * 3, b = mesh.indices[t + 1]! * 3, c = mesh.indices[t + 2]! * 3
    const ux = p[b]! - p[a]!, uy = p[b + 1]! - p[a + 1]!, uz = p[b + 2]! - p[a + 2]!
    const vx = p[c]! - p[a]!, vy = p[c + 1]! - p[a + 1]!, vz = p[c + 2]! - p[a + 2]!
    const cx = uy * vz - uz * vy, cy = uz * vx - ux * vz, cz = ux * vy - uy * vx
    if (Math.sqrt(cx * cx + cy * cy + cz * cz) / 2 < minArea) n++
  }
  return n
}
