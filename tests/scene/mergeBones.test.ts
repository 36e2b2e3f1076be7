import { describe, expect, it } from 'vitest'
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, SphereGeometry, Vector3, type BufferGeometry } from 'three'
import { mergeBonesByJoint, type MergedBoneData } from '../../src/scene/mergeBones'
import { loadGlb } from '../support/loadGlb'
import { addVertexNormals } from '../../src/scene/geometryPrep'

function bone(name: string, geometry: BufferGeometry, region: string | null, side: string | null, at: [number, number, number], scale = 1) {
  const mesh = new Mesh(geometry, new MeshBasicMaterial())
  mesh.name = name
  mesh.userData = { region, side }
  mesh.position.set(...at)
  mesh.rotation.set(0.3, -0.7, 0.2)
  mesh.scale.setScalar(scale)
  return mesh
}

/** World positions of every vertex of the meshes under `root`, rounded, sorted: the same set when nothing moved. */
function worldPoints(root: Group): string[] {
  root.updateMatrixWorld(true)
  const out: string[] = []
  root.traverse((o) => {
    if (!(o instanceof Mesh)) return
    const p = o.geometry.getAttribute('position')
    for (let i = 0; i < p.count; i++) out.push(new Vector3().fromBufferAttribute(p, i).applyMatrix4(o.matrixWorld).toArray().map((x) => x.toFixed(4)).join(','))
  })
  return out.toSorted()
}

function skeleton() {
  const root = new Group()
  const joint = new Group()
  joint.name = 'joint_knee_l'
  joint.position.set(0.1, 0.5, 0)
  joint.rotation.set(0.4, 0, 0)
  root.add(joint)
  joint.add(bone('tibia_l', new BoxGeometry(0.05, 0.4, 0.05), 'knee', 'left', [0, -0.2, 0]))
  joint.add(bone('fibula_l', new BoxGeometry(0.02, 0.38, 0.02), 'knee', 'left', [0.03, -0.2, -0.01], 0.5))
  joint.add(bone('patella_l', new SphereGeometry(0.02, 8, 6), 'knee', 'left', [0, 0.02, 0.04]))
  joint.add(bone('disc_L4_L5', new SphereGeometry(0.02, 8, 6), 'lumbar', null, [0, 0.1, 0]))
  joint.add(bone('other_bone', new BoxGeometry(0.01, 0.01, 0.01), null, null, [0, 0.2, 0]))
  return root
}

describe('merging the bones that move together', () => {
  it('one mesh per joint, bone or disc, region and side; every vertex stays where it was', () => {
    const root = skeleton()
    const before = worldPoints(root)
    const meshes = mergeBonesByJoint(root, {})
    expect(meshes).toHaveLength(3)
    const merged = meshes.find((m) => (m.userData as MergedBoneData).bones?.length === 3)!
    expect(merged.userData).toEqual({ region: 'knee', side: 'left', bones: ['tibia_l', 'fibula_l', 'patella_l'] })
    expect(merged.name).toBe('bones_knee_l_knee_left')
    expect(merged.parent?.name).toBe('joint_knee_l')
    // The disc keeps its own mesh (and so its material); the bone of no region stays alone too.
    expect(meshes.map((m) => m.name).toSorted()).toEqual(['bones_knee_l_knee_left', 'disc_L4_L5', 'other_bone'])
    expect(worldPoints(root)).toEqual(before)
  })

  it('shares merged geometry between clones of the same file', () => {
    const source = {}
    const a = mergeBonesByJoint(skeleton(), source).find((m) => m.name === 'bones_knee_l_knee_left')!
    const b = mergeBonesByJoint(skeleton(), source).find((m) => m.name === 'bones_knee_l_knee_left')!
    expect(a.geometry).toBe(b.geometry)
  })

  it('turns the full skeleton’s 202 bones into far fewer meshes, keeping every vertex in place', async () => {
    const gltf = await loadGlb('public/models/skeleton.glb')
    const root = gltf.scene.clone(true)
    let bones = 0
    const original = new Map<string, { region?: string | null; side?: string | null }>()
    root.traverse((o) => {
      if (o instanceof Mesh) {
        bones++
        original.set(o.name, o.userData)
        addVertexNormals(o.geometry)
      }
    })
    const pointsBefore = worldPoints(root as never)
    const meshes = mergeBonesByJoint(root, gltf)
    console.info(`full skeleton: ${bones} bone meshes merged into ${meshes.length}`)
    expect(bones).toBe(202)
    expect(meshes.length).toBeLessThan(60)
    expect(worldPoints(root as never)).toEqual(pointsBefore)
    // Every merged mesh holds bones of one region and side only ("fade others" fades by region).
    let merged = 0
    for (const m of meshes) {
      const data = m.userData as MergedBoneData
      if (!data.bones) continue
      merged += data.bones.length
      for (const name of data.bones) expect({ name, region: original.get(name)?.region ?? null, side: original.get(name)?.side ?? null }).toEqual({ name, region: data.region, side: data.side })
    }
    expect(merged + meshes.filter((m) => !(m.userData as MergedBoneData).bones).length).toBe(202)
  })
})
