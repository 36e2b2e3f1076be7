import { describe, expect, it } from 'vitest'
import { Color, Matrix4, Mesh, MeshStandardMaterial, Raycaster, Vector3, type BatchedMesh, type Object3D } from 'three'
import { PICK_LAYER, createBoneBatch } from '../../src/scene/boneBatch'
import { addVertexNormals } from '../../src/scene/geometryPrep'
import { mergeBonesByJoint } from '../../src/scene/mergeBones'
import { loadGlb } from '../support/loadGlb'

const colourOf = (m: Mesh) => (m.name.startsWith('disc_') ? '#9db4c9' : '#e9dfca')
const bone = new MeshStandardMaterial()
const disc = new MeshStandardMaterial()

async function skeleton(file: string) {
  const gltf = await loadGlb(file)
  const root = gltf.scene.clone(true)
  root.traverse((o) => {
    if (o instanceof Mesh) addVertexNormals(o.geometry)
  })
  const meshes = mergeBonesByJoint(root, gltf)
  for (const m of meshes) m.material = m.name.startsWith('disc_') ? disc : bone
  return { root, meshes }
}

/** World points of one mesh drawn by itself, in vertex order. */
function meshPoints(mesh: Mesh): number[] {
  const p = mesh.geometry.getAttribute('position')
  const v = new Vector3()
  const out: number[] = []
  for (let i = 0; i < p.count; i++) out.push(...v.fromBufferAttribute(p, i).applyMatrix4(mesh.matrixWorld).toArray())
  return out
}

/** World points of one instance as the batch draws it (its matrix, then the batch's), in vertex order. */
function instancePoints(batch: BatchedMesh, instance: number): number[] {
  const range = batch.getGeometryRangeAt(batch.getGeometryIdAt(instance))
  const matrix = batch.getMatrixAt(instance, new Matrix4()).premultiply(batch.matrixWorld)
  const p = batch.geometry.getAttribute('position')
  const v = new Vector3()
  const out: number[] = []
  for (let i = range.vertexStart; i < range.vertexStart + range.vertexCount; i++) out.push(...v.fromBufferAttribute(p, i).applyMatrix4(matrix).toArray())
  return out
}

/** Largest distance along any axis between two point lists of the same length (metres). */
function largestGap(a: number[], b: number[]): number {
  expect(a.length).toBe(b.length)
  let gap = 0
  for (let i = 0; i < a.length; i++) gap = Math.max(gap, Math.abs(a[i]! - b[i]!))
  return gap
}

function pose(root: Object3D, angle: number) {
  for (const name of ['joint_hip_l', 'joint_knee_l', 'joint_ankle_r', 'joint_L4_L5', 'joint_elbow_r']) {
    const joint = root.getObjectByName(name)!
    joint.rotation.set(angle, angle * 0.5, -angle * 0.3)
  }
  root.position.set(0.4, 0, -0.2)
  root.updateMatrixWorld(true)
}

describe('the bone batch', () => {
  it.each(['public/models/skeleton.glb', 'public/models/skeleton-lite.glb'])('draws %s in one call per material, every vertex where its own mesh puts it, in any pose', async (file) => {
    const { root, meshes } = await skeleton(file)
    pose(root, 0.4)
    const batch = createBoneBatch(root, meshes)
    // The lite model has no discs.
    const materials = new Set(meshes.map((m) => m.material))
    expect(batch.meshes).toHaveLength(materials.size)
    expect(new Set(batch.meshes.map((b) => b.material))).toEqual(materials)
    expect(batch.meshes.reduce((n, b) => n + b.instanceCount, 0)).toBe(meshes.length)
    const check = () => {
      root.updateMatrixWorld(true)
      let instances = 0
      for (const b of batch.meshes) {
        const mine = meshes.filter((m) => m.material === b.material)
        mine.forEach((m, i) => {
          // Within a hundredth of a millimetre (the batch holds the points in single precision).
          expect(largestGap(instancePoints(b, i), meshPoints(m)), m.name).toBeLessThan(1e-5)
          instances++
        })
      }
      expect(instances).toBe(meshes.length)
    }
    check()
    // Another pose: the instances follow once updated.
    pose(root, -0.7)
    batch.update()
    check()
  })

  it('tinted: every bone and disc in one batch, each instance in its own colour', async () => {
    const { root, meshes } = await skeleton('public/models/skeleton.glb')
    const white = new MeshStandardMaterial({ vertexColors: true })
    const batch = createBoneBatch(root, meshes, { tinted: { material: white, colourOf } })
    expect(batch.meshes).toHaveLength(1)
    const b = batch.meshes[0]!
    expect(b.material).toBe(white)
    expect(b.instanceCount).toBe(meshes.length)
    expect(meshes.some((m) => m.name.startsWith('disc_'))).toBe(true)
    // Each instance's vertices carry its colour (linear, in bytes), and no per-instance colour texture is kept.
    const colours = b.geometry.getAttribute('color')
    const seen = new Color()
    meshes.forEach((m, i) => {
      const range = b.getGeometryRangeAt(b.getGeometryIdAt(i))!
      const want = new Color(colourOf(m))
      for (const v of [range.vertexStart, range.vertexStart + range.vertexCount - 1]) {
        seen.setRGB(colours.getX(v), colours.getY(v), colours.getZ(v))
        expect(Math.abs(seen.r - want.r) + Math.abs(seen.g - want.g) + Math.abs(seen.b - want.b), m.name).toBeLessThan(1.5 / 255)
      }
    })
    expect((b as unknown as { _colorsTexture: unknown })._colorsTexture).toBeNull()
    // Still where each mesh puts it.
    root.updateMatrixWorld(true)
    meshes.forEach((m, i) => expect(largestGap(instancePoints(b, i), meshPoints(m)), m.name).toBeLessThan(1e-5))
  })

  it('refuses a tinted batch whose material would not draw the vertex colours', async () => {
    const { root, meshes } = await skeleton('public/models/skeleton-lite.glb')
    expect(() => createBoneBatch(root, meshes, { tinted: { material: new MeshStandardMaterial(), colourOf } })).toThrow(/vertex colours/)
  })

  it('leaves the bone meshes to picking, out of the camera\'s layer; "fade others" draws a bone apart', async () => {
    const { root, meshes } = await skeleton('public/models/skeleton-lite.glb')
    const batch = createBoneBatch(root, meshes)
    const camera = { layers: new Raycaster().layers }
    for (const m of meshes) {
      expect(m.layers.test(camera.layers)).toBe(false)
      expect(m.layers.isEnabled(PICK_LAYER)).toBe(true)
    }
    // Nothing picks the batch itself.
    const hits: unknown[] = []
    batch.meshes[0]!.raycast(new Raycaster(new Vector3(0, 1, 5), new Vector3(0, 0, -1)), hits as never)
    expect(hits).toEqual([])
    const femur = meshes.find((m) => m.name.startsWith('femur') || m.name.includes('hip_l'))!
    const owner = batch.meshes.find((b) => b.material === femur.material)!
    const index = meshes.filter((m) => m.material === femur.material).indexOf(femur)
    batch.drawApart(femur, true)
    expect(owner.getVisibleAt(index)).toBe(false)
    expect(femur.layers.test(camera.layers)).toBe(true)
    batch.drawApart(femur, false)
    expect(owner.getVisibleAt(index)).toBe(true)
    expect(femur.layers.test(camera.layers)).toBe(false)
    batch.dispose()
    expect(root.children.filter((c) => (c as BatchedMesh).isBatchedMesh)).toEqual([])
    for (const m of meshes) expect(m.layers.test(camera.layers)).toBe(true)
  })
})
