import { statSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { BufferAttribute, BufferGeometry, DoubleSide, Ray, Vector3, type Mesh } from 'three'
import { MeshBVH } from 'three-mesh-bvh'
import type { GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { BONE_BY_NAME } from '../../src/anatomy/bones'
import { STRAND_ATTACHMENTS } from '../../src/anatomy/muscleAttachments'
import { MUSCLES, muscleNodeName, muscleStrands } from '../../src/anatomy/muscles'
import { REGIONS } from '../../src/anatomy/regions'
import { JOINT_POSITIONS } from '../../src/anatomy/skeletonLayout'
import { loadGlb, meshesByName, triangleIndices, worldPositions } from '../support/loadGlb'

const FILE = 'public/models/muscles.glb'
const SIDES = ['left', 'right'] as const
let muscles: GLTF
let skeleton: GLTF

/** A BVH over a mesh in world (= model) space, for closest-point queries. */
function worldBvh(mesh: Mesh): { bvh: MeshBVH; geometry: BufferGeometry } {
  const geometry = new BufferGeometry()
  geometry.setAttribute('position', new BufferAttribute(worldPositions(mesh), 3))
  geometry.setIndex(new BufferAttribute(new Uint32Array(triangleIndices(mesh)), 1))
  return { bvh: new MeshBVH(geometry), geometry }
}

const bvhCache = new Map<string, ReturnType<typeof worldBvh>>()
function bvhOf(gltf: GLTF, name: string) {
  let b = bvhCache.get(name)
  if (!b) {
    const mesh = meshesByName(gltf.scene).get(name)
    if (!mesh) throw new Error(`${name} missing`)
    b = worldBvh(mesh)
    bvhCache.set(name, b)
  }
  return b
}

/**
 * Whether a point is inside a closed bone mesh, by the parity of surface crossings along three rays
 * (the majority, so a ray grazing an edge cannot decide alone). The nearest face's normal alone
 * misjudges points near thin parts (a transverse process's edge can face away from a point outside).
 */
const RAY_DIRECTIONS = [new Vector3(1, 0.1, 0.2), new Vector3(-0.3, 1, 0.1), new Vector3(0.2, -0.1, -1)].map((d) => d.normalize())
function insideByParity(bvh: MeshBVH, q: Vector3): boolean {
  const odd = RAY_DIRECTIONS.filter((d) => bvh.raycast(new Ray(q.clone(), d), DoubleSide).length % 2 === 1).length
  return odd >= 2
}

const landmark = (joint: string, offset: readonly number[]) => {
  const j = JOINT_POSITIONS[joint]!
  return new Vector3(j[0] + offset[0]!, j[1] + offset[1]!, j[2] + offset[2]!)
}

beforeAll(async () => {
  muscles = await loadGlb(FILE)
  skeleton = await loadGlb('public/models/skeleton.glb')
})

describe('the generated muscles (public/models/muscles.glb)', () => {
  it('holds one mesh per muscle and side, named and tagged as the contract says', () => {
    const meshes = meshesByName(muscles.scene)
    const expected = MUSCLES.flatMap((m) => SIDES.map((s) => muscleNodeName(m.name, s)))
    expect([...meshes.keys()].toSorted()).toEqual(expected.toSorted())
    expect(MUSCLES.length).toBeGreaterThanOrEqual(15)
    const kinds = new Set(REGIONS.map((r) => r.kind))
    for (const m of MUSCLES)
      for (const side of SIDES) {
        const data = meshes.get(muscleNodeName(m.name, side))!.userData
        expect(data).toMatchObject({ label: expect.stringMatching(side === 'left' ? /^Left / : /^Right /), kind: 'muscle', regions: [...m.regions], side })
        expect(m.regions.every((r) => kinds.has(r))).toBe(true)
      }
  })

  it('stays within its download budget (250 kB) and reports its size', () => {
    const bytes = statSync(FILE).size
    const triangles = [...meshesByName(muscles.scene).values()].reduce((n, m) => n + triangleIndices(m).length / 3, 0)
    console.log(`muscles.glb: ${bytes} bytes, ${triangles} triangles`)
    expect(bytes).toBeLessThanOrEqual(250_000)
    expect(triangles).toBeGreaterThan(10_000)
  })

  it('is the left side mirrored for the right', () => {
    // meshopt reorders vertices per mesh, so compare surfaces: every mirrored right vertex lies on the left mesh.
    const target = { point: new Vector3(), distance: 0, faceIndex: 0 }
    const q = new Vector3()
    for (const m of MUSCLES) {
      const { bvh } = bvhOf(muscles, muscleNodeName(m.name, 'left'))
      const r = worldPositions(meshesByName(muscles.scene).get(muscleNodeName(m.name, 'right'))!)
      let err = 0
      for (let i = 0; i < r.length; i += 3) {
        bvh.closestPointToPoint(q.set(-r[i]!, r[i + 1]!, r[i + 2]!), target)
        err = Math.max(err, target.distance)
      }
      expect(err, m.name).toBeLessThan(1e-4)
    }
  })

  it('has every landmark on the surface of its bone in skeleton.glb', () => {
    let worst = 0
    for (const [strand, a] of Object.entries(STRAND_ATTACHMENTS))
      for (const p of [a.origin, a.insertion]) {
        const target = { point: new Vector3(), distance: 0, faceIndex: 0 }
        expect(BONE_BY_NAME.get(p.bone)?.joint, strand).toBe(p.joint)
        bvhOf(skeleton, p.bone).bvh.closestPointToPoint(landmark(p.joint, p.offset), target)
        worst = Math.max(worst, target.distance)
        expect(target.distance, `${strand} on ${p.bone}`).toBeLessThan(0.0015)
      }
    console.log(`landmarks: worst distance to their bone's surface ${(worst * 1000).toFixed(2)} mm`)
  })

  it('reaches every origin and insertion landmark with its mesh (both sides)', () => {
    const errors: number[] = []
    for (const m of MUSCLES)
      for (const side of SIDES) {
        const { bvh } = bvhOf(muscles, muscleNodeName(m.name, side))
        for (const s of muscleStrands(m, side))
          for (const p of [s.points[0]!, s.points[s.points.length - 1]!]) {
            const target = { point: new Vector3(), distance: 0, faceIndex: 0 }
            bvh.closestPointToPoint(landmark(p.joint, p.offset), target)
            errors.push(target.distance)
            expect(target.distance, `${m.name} ${side} ${s.name}`).toBeLessThan(0.003)
          }
      }
    const sorted = errors.toSorted((a, b) => a - b)
    console.log(`attachment gap: median ${(sorted[sorted.length >> 1]! * 1000).toFixed(2)} mm, max ${(sorted[sorted.length - 1]! * 1000).toFixed(2)} mm over ${errors.length} landmarks`)
  })

  it('does not cut deeply through bone at rest', () => {
    const bones = ['hip_bone_l', 'sacrum', 'femur_l', 'patella_l', 'tibia_l', 'fibula_l', 'calcaneus_l', 'talus_l', 'vertebra_L3', 'vertebra_L5']
    const trees = bones.map((b) => bvhOf(skeleton, b))
    const a = new Vector3(), b = new Vector3(), c = new Vector3(), n = new Vector3(), q = new Vector3()
    let inside = 0, total = 0, deepest = 0
    for (const m of MUSCLES) {
      const pos = worldPositions(meshesByName(muscles.scene).get(muscleNodeName(m.name, 'left'))!)
      for (let v = 0; v < pos.length; v += 3) {
        q.set(pos[v]!, pos[v + 1]!, pos[v + 2]!)
        total++
        let best = { d: Infinity, depth: 0 }
        for (const { bvh, geometry } of trees) {
          const target = { point: new Vector3(), distance: 0, faceIndex: 0 }
          if (!bvh.closestPointToPoint(q, target, 0, best.d)) continue
          if (target.distance >= best.d) continue
          // Inside when the point lies behind the nearest face (its normal points out of the bone).
          const idx = geometry.index!.array
          const p = geometry.attributes.position!
          a.fromBufferAttribute(p, idx[target.faceIndex * 3]!)
          b.fromBufferAttribute(p, idx[target.faceIndex * 3 + 1]!)
          c.fromBufferAttribute(p, idx[target.faceIndex * 3 + 2]!)
          n.subVectors(c, b).cross(a.clone().sub(b)).normalize()
          const behind = n.dot(q.clone().sub(target.point)) < 0 && insideByParity(bvh, q)
          best = { d: target.distance, depth: behind ? target.distance : 0 }
        }
        if (best.depth > 0.002) inside++
        deepest = Math.max(deepest, best.depth)
      }
    }
    console.log(`vertices more than 2 mm inside a bone: ${inside} of ${total}; deepest ${(deepest * 1000).toFixed(1)} mm`)
    expect(inside / total).toBeLessThan(0.01)
    expect(deepest).toBeLessThan(0.006)
  })
})
