import { describe, expect, it } from 'vitest'
import { BufferAttribute, BufferGeometry, Mesh, MeshBasicMaterial, Raycaster, SphereGeometry, TorusKnotGeometry, Vector3 } from 'three'
import { acceleratedRaycast } from 'three-mesh-bvh'
import { addVertexNormals, buildBoundsTreesWhenIdle } from '../../src/scene/geometryPrep'
import { loadGlb } from '../support/loadGlb'

/** A shape stored as the generated models store it: normalized 16-bit positions, an index, no normals. */
function quantized(source: BufferGeometry): BufferGeometry {
  const from = source.getAttribute('position').array as Float32Array
  source.computeBoundingBox()
  const extent = Math.max(...source.boundingBox!.max.toArray().map(Math.abs), ...source.boundingBox!.min.toArray().map(Math.abs))
  const ints = Int16Array.from(from, (v) => Math.round((v / extent) * 32767))
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(ints, 3, true))
  geometry.setIndex(source.index)
  return geometry
}

/** Largest difference of any normal component (degenerate faces at a sphere's poles give zero normals in both). */
function largestDifference(a: BufferGeometry, b: BufferGeometry): number {
  const na = a.getAttribute('normal').array
  const nb = b.getAttribute('normal').array
  expect(na.length).toBe(nb.length)
  let worst = 0
  for (let i = 0; i < na.length; i++) worst = Math.max(worst, Math.abs(na[i]! - nb[i]!))
  return worst
}

describe('vertex normals from the typed arrays', () => {
  it('match three’s computeVertexNormals on quantized positions', () => {
    const fast = quantized(new TorusKnotGeometry(1, 0.3, 96, 12))
    const three = fast.clone()
    three.computeVertexNormals()
    addVertexNormals(fast)
    expect(fast.getAttribute('normal').count).toBe(fast.getAttribute('position').count)
    expect(largestDifference(fast, three)).toBeLessThan(1e-5)
  })

  it('match on float positions, and on a geometry without an index', () => {
    const indexed = new SphereGeometry(1, 24, 16)
    indexed.deleteAttribute('normal')
    const plain = indexed.toNonIndexed()
    for (const fast of [indexed, plain]) {
      const three = fast.clone()
      three.computeVertexNormals()
      addVertexNormals(fast)
      expect(largestDifference(fast, three)).toBeLessThan(1e-5)
    }
  })

  it('match three’s on every bone of both generated models, as the loader hands them over (interleaved, quantized)', async () => {
    for (const file of ['public/models/skeleton-lite.glb', 'public/models/skeleton.glb']) {
      const gltf = await loadGlb(file)
      let meshes = 0
      let interleaved = 0
      gltf.scene.traverse((o) => {
        if (!(o instanceof Mesh)) return
        meshes++
        const fast = o.geometry as BufferGeometry
        if ((fast.getAttribute('position') as { isInterleavedBufferAttribute?: boolean }).isInterleavedBufferAttribute) interleaved++
        const three = fast.clone()
        three.computeVertexNormals()
        addVertexNormals(fast)
        expect(largestDifference(fast, three), `${file} ${o.name}`).toBeLessThan(1e-5)
      })
      expect(meshes).toBeGreaterThan(20)
      // The case that broke the first version of this routine (every bone shaded with noise).
      expect(interleaved).toBe(meshes)
    }
  })

  it('leaves normals that are already there alone', () => {
    const sphere = new SphereGeometry(1, 8, 6)
    const before = sphere.getAttribute('normal')
    addVertexNormals(sphere)
    expect(sphere.getAttribute('normal')).toBe(before)
  })
})

const meshes = () =>
    [0, 1, 2].map((i) => {
      const mesh = new Mesh(quantized(new SphereGeometry(1, 16, 12)), new MeshBasicMaterial())
      addVertexNormals(mesh.geometry)
      mesh.raycast = acceleratedRaycast
      mesh.position.x = i * 3
      mesh.updateMatrixWorld()
      return mesh
    })
const hits = (mesh: Mesh) => new Raycaster(new Vector3(mesh.position.x, 0, 5), new Vector3(0, 0, -1)).intersectObject(mesh).length

describe('picking trees built when idle', () => {

  it('picks before a tree exists, then builds one per geometry, after the caller returns', async () => {
    const list = meshes()
    buildBoundsTreesWhenIdle(list)
    // Nothing is built in the caller's task: the first frame does not wait for it.
    expect(list.every((m) => !m.geometry.boundsTree)).toBe(true)
    expect(hits(list[0]!)).toBeGreaterThan(0)
    await expect.poll(() => list.every((m) => m.geometry.boundsTree), { timeout: 2000 }).toBe(true)
    expect(hits(list[2]!)).toBeGreaterThan(0)
  })

  it('stops when cancelled (the model left the screen)', async () => {
    const list = meshes()
    const cancel = buildBoundsTreesWhenIdle(list)
    cancel()
    await new Promise((r) => setTimeout(r, 200))
    expect(list.some((m) => m.geometry.boundsTree)).toBe(false)
  })
})
