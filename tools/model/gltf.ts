/**
 * Assembles built bones into the model file of the contract (README "Model"):
 * a root `skeleton` node, `joint_*` nodes at the joint centres (parents first), and one mesh node
 * per bone under the joint that moves it, with `extras` { label, region, side }.
 * Vertices are stored relative to their joint, so rotating a joint node moves its bones.
 */
import { Document, Logger, NodeIO, type Node } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { BONES, type BoneDef } from '../../src/anatomy/bones'
import { JOINTS, jointPosition } from '../../src/anatomy/joints'
import type { RawMesh } from './mesh/polygonize'

/** Warm ivory for bone, a cooler grey-blue for the discs (fibrocartilage). */
const BONE_COLOUR: [number, number, number, number] = [0.86, 0.81, 0.71, 1]
const DISC_COLOUR: [number, number, number, number] = [0.62, 0.7, 0.78, 1]

export interface AssembleOptions {
  /** Meshes by bone name, in model space. Bones without a mesh are left out (for previews). */
  meshes: Map<string, RawMesh>
  generator: string
  /**
   * 'bone': one mesh node per bone (the model contract). 'joint': the bones of each joint merged
   * into one node (`bones_<joint>`), for the small first-view file where per-bone nodes would cost
   * more bytes of JSON than the geometry itself.
   */
  granularity?: 'bone' | 'joint'
}

export function mirrorMesh(mesh: RawMesh): RawMesh {
  const positions = new Float32Array(mesh.positions)
  for (let i = 0; i < positions.length; i += 3) positions[i] = -positions[i]!
  // Mirroring turns the triangles inside out; swap two corners to face outward again.
  const indices = new Uint32Array(mesh.indices)
  for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2]!, indices[t + 1]!]
  return { positions, indices }
}

export async function assemble({ meshes, generator, granularity = 'bone' }: AssembleOptions): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN))
  doc.getRoot().getAsset().generator = generator
  const buffer = doc.createBuffer()
  const scene = doc.createScene('Scene')
  const root = doc.createNode('skeleton').setExtras({ stature: 1.75, units: 'metres', up: '+Y', facing: '+Z', left: '+X' })
  scene.addChild(root)

  const boneMaterial = doc.createMaterial('bone').setBaseColorFactor(BONE_COLOUR).setRoughnessFactor(0.62).setMetallicFactor(0)
  const discMaterial = doc.createMaterial('disc').setBaseColorFactor(DISC_COLOUR).setRoughnessFactor(0.5).setMetallicFactor(0)

  const jointNodes = new Map<string, Node>()
  for (const j of JOINTS) {
    const p = jointPosition(j.name)
    const parentPos = j.parent ? jointPosition(j.parent) : [0, 0, 0]
    const node = doc
      .createNode(`joint_${j.name}`)
      .setTranslation([p[0] - parentPos[0]!, p[1] - parentPos[1]!, p[2] - parentPos[2]!])
      .setExtras({ joint: j.name, kind: j.kind, side: j.side })
    jointNodes.set(j.name, node)
    ;(j.parent ? jointNodes.get(j.parent)! : root).addChild(node)
  }

  if (granularity === 'bone') {
    for (const bone of BONES) {
      const mesh = meshes.get(bone.name)
      if (!mesh) continue
      jointNodes.get(bone.joint)!.addChild(boneNode(doc, bone, mesh, bone.name.startsWith('disc_') ? discMaterial : boneMaterial, buffer))
    }
  } else {
    for (const j of JOINTS) {
      const bones = BONES.filter((b) => b.joint === j.name && meshes.has(b.name))
      if (bones.length === 0) continue
      const mesh = doc.createMesh(`bones_${j.name}`)
      for (const [material, group] of [
        [boneMaterial, bones.filter((b) => !b.name.startsWith('disc_'))],
        [discMaterial, bones.filter((b) => b.name.startsWith('disc_'))],
      ] as const) {
        if (group.length === 0) continue
        mesh.addPrimitive(primitive(doc, mergeMeshes(group.map((b) => meshes.get(b.name)!)), j.name, material, buffer))
      }
      jointNodes.get(j.name)!.addChild(doc.createNode(`bones_${j.name}`).setMesh(mesh).setExtras({ bones: bones.map((b) => b.name) }))
    }
  }

  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high' }))
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder })
  return compactJson(await io.writeBinary(doc))
}

function mergeMeshes(list: RawMesh[]): RawMesh {
  const positions = new Float32Array(list.reduce((n, m) => n + m.positions.length, 0))
  const indices = new Uint32Array(list.reduce((n, m) => n + m.indices.length, 0))
  let p = 0
  let i = 0
  for (const m of list) {
    const base = p / 3
    positions.set(m.positions, p)
    for (let k = 0; k < m.indices.length; k++) indices[i + k] = m.indices[k]! + base
    p += m.positions.length
    i += m.indices.length
  }
  return { positions, indices }
}

/** Significant digits kept for node transforms: far below a micrometre at skeleton scale. */
const DIGITS = 7
const round = (v: number) => Number(v.toPrecision(DIGITS))

/**
 * Shrinks the GLB's JSON chunk without changing what it means: node transforms rounded to 7
 * significant digits and default values dropped. With about 200 bones the JSON is otherwise a
 * quarter of the file.
 */
function compactJson(glb: Uint8Array): Uint8Array {
  const view = new DataView(glb.buffer, glb.byteOffset, glb.byteLength)
  const jsonLength = view.getUint32(12, true)
  const json = JSON.parse(new TextDecoder().decode(glb.subarray(20, 20 + jsonLength))) as {
    nodes?: { translation?: number[]; scale?: number[]; rotation?: number[] }[]
    accessors?: { normalized?: boolean }[]
  }
  for (const n of json.nodes ?? []) {
    if (n.translation) n.translation = n.translation.map(round)
    if (n.scale) n.scale = n.scale.map(round)
    if (n.rotation) n.rotation = n.rotation.map(round)
  }
  for (const a of json.accessors ?? []) if (a.normalized === false) delete a.normalized
  let text = JSON.stringify(json)
  while (new TextEncoder().encode(text).length % 4 !== 0) text += ' '
  const jsonBytes = new TextEncoder().encode(text)
  const rest = glb.subarray(20 + jsonLength)
  const out = new Uint8Array(20 + jsonBytes.length + rest.length)
  const w = new DataView(out.buffer)
  w.setUint32(0, 0x46546c67, true) // 'glTF'
  w.setUint32(4, 2, true)
  w.setUint32(8, out.length, true)
  w.setUint32(12, jsonBytes.length, true)
  w.setUint32(16, 0x4e4f534a, true) // 'JSON'
  out.set(jsonBytes, 20)
  out.set(rest, 20 + jsonBytes.length)
  return out
}

type Material = ReturnType<Document['createMaterial']>
type Buffer = ReturnType<Document['createBuffer']>

/** A primitive with its vertices relative to `joint`, so rotating the joint node moves it. */
function primitive(doc: Document, mesh: RawMesh, joint: string, material: Material, buffer: Buffer) {
  const [jx, jy, jz] = jointPosition(joint)
  const local = new Float32Array(mesh.positions.length)
  for (let i = 0; i < local.length; i += 3) {
    local[i] = mesh.positions[i]! - jx
    local[i + 1] = mesh.positions[i + 1]! - jy
    local[i + 2] = mesh.positions[i + 2]! - jz
  }
  const position = doc.createAccessor().setType('VEC3').setArray(local).setBuffer(buffer)
  const indices = doc
    .createAccessor()
    .setType('SCALAR')
    .setArray(local.length / 3 > 65535 ? mesh.indices : new Uint16Array(mesh.indices))
    .setBuffer(buffer)
  return doc.createPrimitive().setAttribute('POSITION', position).setIndices(indices).setMaterial(material)
}

function boneNode(doc: Document, bone: BoneDef, mesh: RawMesh, material: Material, buffer: Buffer): Node {
  return doc
    .createNode(bone.name)
    .setMesh(doc.createMesh(bone.name).addPrimitive(primitive(doc, mesh, bone.joint, material, buffer)))
    .setExtras({ label: bone.label, region: bone.region, side: bone.side })
}
