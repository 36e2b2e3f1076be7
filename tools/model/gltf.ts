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
}

export function mirrorMesh(mesh: RawMesh): RawMesh {
  const positions = new Float32Array(mesh.positions)
  for (let i = 0; i < positions.length; i += 3) positions[i] = -positions[i]!
  // Mirroring turns the triangles inside out; swap two corners to face outward again.
  const indices = new Uint32Array(mesh.indices)
  for (let t = 0; t < indices.length; t += 3) [indices[t + 1], indices[t + 2]] = [indices[t + 2]!, indices[t + 1]!]
  return { positions, indices }
}

export async function assemble({ meshes, generator }: AssembleOptions): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN))
  doc.getRoot().getAsset().generator = generator
  const buffer = doc.createBuffer()
  const scene = doc.createScene('skeleton')
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

  for (const bone of BONES) {
    const mesh = meshes.get(bone.name)
    if (!mesh) continue
    jointNodes.get(bone.joint)!.addChild(boneNode(doc, bone, mesh, bone.name.startsWith('disc_') ? discMaterial : boneMaterial, buffer))
  }

  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high' }))
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder })
  return io.writeBinary(doc)
}

function boneNode(doc: Document, bone: BoneDef, mesh: RawMesh, material: ReturnType<Document['createMaterial']>, buffer: ReturnType<Document['createBuffer']>): Node {
  const [jx, jy, jz] = jointPosition(bone.joint)
  const local = new Float32Array(mesh.positions.length)
  for (let i = 0; i < local.length; i += 3) {
    local[i] = mesh.positions[i]! - jx
    local[i + 1] = mesh.positions[i + 1]! - jy
    local[i + 2] = mesh.positions[i + 2]! - jz
  }
  const position = doc.createAccessor(`${bone.name}_position`).setType('VEC3').setArray(local).setBuffer(buffer)
  const indices = doc.createAccessor(`${bone.name}_indices`).setType('SCALAR').setArray(local.length / 3 > 65535 ? mesh.indices : new Uint16Array(mesh.indices)).setBuffer(buffer)
  const prim = doc.createPrimitive().setAttribute('POSITION', position).setIndices(indices).setMaterial(material)
  return doc
    .createNode(bone.name)
    .setMesh(doc.createMesh(bone.name).addPrimitive(prim))
    .setExtras({ label: bone.label, region: bone.region, side: bone.side })
}
