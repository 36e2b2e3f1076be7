import { BufferAttribute, type BufferGeometry, type Mesh } from 'three'
import { computeBoundsTree } from 'three-mesh-bvh'
import { drainWhenIdle } from './idleWork'

/**
 * Smooth vertex normals (area-weighted, as three's computeVertexNormals) straight from the typed
 * arrays. The generated models store positions as normalized 16-bit integers with no normals; three's
 * own routine reads them one component at a time through getX/denormalize, which made it most of the
 * work before the first skeleton frame. Same result, a fraction of the time.
 */
export function addVertexNormals(geometry: BufferGeometry) {
  if (geometry.getAttribute('normal')) return
  const position = geometry.getAttribute('position')
  if (!position || position.itemSize !== 3) {
    geometry.computeVertexNormals()
    return
  }
  // The loader often hands positions over interleaved (quantized positions are padded to four
  // components): read each vertex at its stride and offset in the shared array.
  const interleaved = 'isInterleavedBufferAttribute' in position && position.isInterleavedBufferAttribute === true
  const source = (interleaved ? position.data.array : position.array) as ArrayLike<number>
  const stride = interleaved ? position.data.stride : 3
  const offset = interleaved ? position.offset : 0
  const count = position.count
  // Positions as doubles, as three reads them, dequantized once (integer normalisation is a uniform
  // scale: face normal directions are unchanged; the clamp at -1 is kept so sums match three's).
  const p = new Float64Array(count * 3)
  const scale = position.normalized ? normalizationScale(source) : 1
  for (let i = 0; i < count; i++) {
    for (let c = 0; c < 3; c++) {
      const raw = source[i * stride + offset + c]!
      p[i * 3 + c] = position.normalized ? Math.max(raw / scale, -1) : raw
    }
  }
  const n = new Float32Array(count * 3)
  const index = geometry.index?.array
  const faces = index ? index.length / 3 : count / 3
  for (let f = 0; f < faces; f++) {
    const a = 3 * (index ? index[3 * f]! : 3 * f)
    const b = 3 * (index ? index[3 * f + 1]! : 3 * f + 1)
    const c = 3 * (index ? index[3 * f + 2]! : 3 * f + 2)
    // (C − B) × (A − B), three's winding.
    const cbx = p[c]! - p[b]!, cby = p[c + 1]! - p[b + 1]!, cbz = p[c + 2]! - p[b + 2]!
    const abx = p[a]! - p[b]!, aby = p[a + 1]! - p[b + 1]!, abz = p[a + 2]! - p[b + 2]!
    const x = cby * abz - cbz * aby
    const y = cbz * abx - cbx * abz
    const z = cbx * aby - cby * abx
    n[a] = n[a]! + x
    n[a + 1] = n[a + 1]! + y
    n[a + 2] = n[a + 2]! + z
    n[b] = n[b]! + x
    n[b + 1] = n[b + 1]! + y
    n[b + 2] = n[b + 2]! + z
    n[c] = n[c]! + x
    n[c + 1] = n[c + 1]! + y
    n[c + 2] = n[c + 2]! + z
  }
  for (let i = 0; i < n.length; i += 3) {
    const length = Math.hypot(n[i]!, n[i + 1]!, n[i + 2]!) || 1
    n[i] = n[i]! / length
    n[i + 1] = n[i + 1]! / length
    n[i + 2] = n[i + 2]! / length
  }
  geometry.setAttribute('normal', new BufferAttribute(n, 3))
}

/** The divisor three uses to turn a normalized integer array into -1..1 (or 0..1). */
function normalizationScale(array: ArrayLike<number>): number {
  if (array instanceof Int16Array) return 32767
  if (array instanceof Uint16Array) return 65535
  if (array instanceof Int8Array) return 127
  if (array instanceof Uint8Array) return 255
  return 1
}

/**
 * Builds the picking trees (three-mesh-bvh) for these meshes in the browser's idle time, as many as
 * fit in each idle period (at least one), so the first skeleton frame, and later the swap to the full
 * model, never wait for them, and a playing walk's frames are not charged for them for long. Until
 * a bone has its tree, its mesh is picked by three's plain raycast (acceleratedRaycast falls back to
 * it). The geometries are the loader's cached ones: a tree is built once per file. Returns a cancel
 * function.
 */
export function buildBoundsTreesWhenIdle(meshes: readonly Mesh[]): () => void {
  const queue = meshes.map((m) => m.geometry).filter((g, i, all) => !g.boundsTree && all.indexOf(g) === i)
  return drainWhenIdle(
    queue,
    (geometry) => {
      if (!geometry.boundsTree) computeBoundsTree.call(geometry)
    },
    { sliceMs: 12, timeoutMs: 500 },
  )
}
