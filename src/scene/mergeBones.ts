import { BufferAttribute, BufferGeometry, Matrix3, Mesh, Vector3, type Object3D } from 'three'
import { addVertexNormals } from './geometryPrep'

/** What a merged mesh keeps of its bones: the region and side (for "fade others") and their names. */
export interface MergedBoneData {
  region: string | null
  side: string | null
  bones: string[]
}

/** Merged geometries per model file: a model mounted again (after a quality change) reuses them. */
const mergedBySource = new WeakMap<object, Map<string, BufferGeometry>>()

const v = new Vector3()
const normalMatrix = new Matrix3()

/** One geometry from several bones (or one), each placed by its transform under their common joint. */
export function mergeGeometry(bones: readonly Mesh[]): BufferGeometry {
  const vertices = bones.reduce((n, b) => n + b.geometry.getAttribute('position').count, 0)
  const indices = bones.reduce((n, b) => n + (b.geometry.index?.count ?? b.geometry.getAttribute('position').count), 0)
  const position = new Float32Array(vertices * 3)
  const normal = new Float32Array(vertices * 3)
  const index = vertices > 65_535 ? new Uint32Array(indices) : new Uint16Array(indices)
  let base = 0
  let at = 0
  for (const bone of bones) {
    bone.updateMatrix()
    normalMatrix.getNormalMatrix(bone.matrix)
    const p = bone.geometry.getAttribute('position')
    const n = bone.geometry.getAttribute('normal')
    for (let i = 0; i < p.count; i++) {
      v.fromBufferAttribute(p, i).applyMatrix4(bone.matrix).toArray(position, (base + i) * 3)
      v.fromBufferAttribute(n, i).applyMatrix3(normalMatrix).normalize().toArray(normal, (base + i) * 3)
    }
    const own = bone.geometry.index
    if (own) for (let i = 0; i < own.count; i++) index[at++] = own.getX(i) + base
    else for (let i = 0; i < p.count; i++) index[at++] = base + i
    base += p.count
  }
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(position, 3))
  geometry.setAttribute('normal', new BufferAttribute(normal, 3))
  geometry.setIndex(new BufferAttribute(index, 1))
  geometry.computeBoundingSphere()
  return geometry
}

/**
 * Merges the bones that move together and look and fade alike (same joint, both bone or both disc,
 * same region and side) into one mesh each, in place under their joint. Only joints are posed, so nothing
 * moves differently; what changes is the number of draw calls: the full skeleton's 202 bones become
 * about 40 meshes, and under software rendering each draw call cost main-thread time every frame.
 * The bones need their normals already (addVertexNormals); a merged mesh takes its first bone's
 * material. `source` is the loaded file the bones were cloned from: its merged geometries are kept
 * and shared by later clones.
 * @returns the meshes now under the joints (merged ones and bones left alone)
 */
export function mergeBonesByJoint(root: Object3D, source: object): Mesh[] {
  const groups = new Map<string, { joint: Object3D; bones: Mesh[] }>()
  root.traverse((o) => {
    if (!(o instanceof Mesh) || !o.parent?.name.startsWith('joint_')) return
    const { region = null, side = null } = o.userData as { region?: string | null; side?: string | null }
    const key = `${o.parent.name}|${o.name.startsWith('disc_') ? 'disc' : 'bone'}|${region}|${side}`
    const group = groups.get(key) ?? { joint: o.parent, bones: [] }
    group.bones.push(o)
    groups.set(key, group)
  })
  let cache = mergedBySource.get(source)
  if (!cache) mergedBySource.set(source, (cache = new Map()))
  const meshes: Mesh[] = []
  for (const [key, { joint, bones }] of groups) {
    if (bones.length === 1) {
      meshes.push(bones[0]!)
      continue
    }
    let geometry = cache.get(key)
    if (!geometry) cache.set(key, (geometry = mergeGeometry(bones)))
    const first = bones[0]!
    const mesh = new Mesh(geometry, first.material)
    const data: MergedBoneData = {
      region: (first.userData as MergedBoneData).region ?? null,
      side: (first.userData as MergedBoneData).side ?? null,
      bones: bones.map((b) => b.name),
    }
    mesh.userData = data
    // "disc_" keeps the disc material when "fade others" restores it (FadeOthersController).
    mesh.name = `${first.name.startsWith('disc_') ? 'disc_' : 'bones_'}${joint.name.slice('joint_'.length)}_${data.region ?? 'other'}_${data.side ?? 'mid'}`
    for (const bone of bones) joint.remove(bone)
    joint.add(mesh)
    meshes.push(mesh)
  }
  return meshes
}

/**
 * A fresh clone of a loaded skeleton file, its bones given normals (in place, on the loader's shared
 * geometry: once per file) and merged per joint; `meshes` are all of its meshes afterwards.
 */
export function cloneMergedSkeleton(gltf: { scene: Object3D }): { root: Object3D; meshes: Mesh[] } {
  const root = gltf.scene.clone(true)
  root.traverse((o) => {
    if (o instanceof Mesh) addVertexNormals(o.geometry)
  })
  mergeBonesByJoint(root, gltf)
  const meshes: Mesh[] = []
  root.traverse((o) => {
    if (o instanceof Mesh) meshes.push(o)
  })
  return { root, meshes }
}

/** A skeleton's joint nodes by joint name (without `joint_`). */
export function jointsOf(root: Object3D): Map<string, Object3D> {
  const joints = new Map<string, Object3D>()
  root.traverse((o) => {
    if (o.name.startsWith('joint_')) joints.set(o.name.slice('joint_'.length), o)
  })
  return joints
}
