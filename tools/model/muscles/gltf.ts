/**
 * Writes the muscle file of the contract (README "Model", DESIGN 3.1): a root `muscles` node and one
 * mesh node per muscle and side, `muscle_<name>_<l|r>`, extras { label, kind: 'muscle', regions, side },
 * vertices in model space, COLOR_0 from belly (red-brown) to tendon (pale), meshopt-compressed.
 */
import { Document, Logger, NodeIO } from '@gltf-transform/core'
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions'
import { meshopt } from '@gltf-transform/functions'
import { MeshoptDecoder, MeshoptEncoder } from 'meshoptimizer'
import { muscleNodeName, type MuscleDef } from '../../../src/anatomy/muscles'
import type { Side } from '../../../src/anatomy/regions'
import type { RawMesh } from '../mesh/polygonize'

export interface BuiltMuscle {
  muscle: MuscleDef
  side: Side
  mesh: RawMesh
  /** Per vertex: 0 = belly, 1 = tendon. */
  tendon: Float32Array
}

/**
 * Linear RGB. Belly: a dissected muscle's dark red-brown. Tendon: a pale, cool silvery white, so it
 * reads apart from the warm ivory of the bones.
 */
const BELLY: readonly [number, number, number] = [0.42, 0.09, 0.065]
const TENDON: readonly [number, number, number] = [0.6, 0.63, 0.66]

export async function assembleMuscles(list: BuiltMuscle[]): Promise<Uint8Array> {
  await MeshoptEncoder.ready
  const doc = new Document().setLogger(new Logger(Logger.Verbosity.WARN))
  doc.getRoot().getAsset().generator = 'Compensation Chain Explorer muscle generator (tools/model/muscles)'
  const buffer = doc.createBuffer()
  const scene = doc.createScene('Scene')
  const root = doc.createNode('muscles').setExtras({ stature: 1.75, units: 'metres', up: '+Y', facing: '+Z', left: '+X' })
  scene.addChild(root)
  const material = doc.createMaterial('muscle').setBaseColorFactor([1, 1, 1, 1]).setRoughnessFactor(0.55).setMetallicFactor(0)
  for (const b of list) {
    const name = muscleNodeName(b.muscle.name, b.side)
    const colour = new Uint8Array((b.mesh.positions.length / 3) * 4)
    for (let i = 0; i < b.tendon.length; i++) {
      const w = b.tendon[i]!
      for (let c = 0; c < 3; c++) colour[i * 4 + c] = Math.round(255 * (BELLY[c]! + (TENDON[c]! - BELLY[c]!) * w))
      colour[i * 4 + 3] = 255
    }
    const position = doc.createAccessor().setType('VEC3').setArray(new Float32Array(b.mesh.positions)).setBuffer(buffer)
    const color = doc.createAccessor().setType('VEC4').setArray(colour).setNormalized(true).setBuffer(buffer)
    const indices = doc.createAccessor().setType('SCALAR').setArray(new Uint16Array(b.mesh.indices)).setBuffer(buffer)
    const prim = doc.createPrimitive().setAttribute('POSITION', position).setAttribute('COLOR_0', color).setIndices(indices).setMaterial(material)
    const side = b.side
    root.addChild(
      doc
        .createNode(name)
        .setMesh(doc.createMesh(name).addPrimitive(prim))
        .setExtras({ label: `${side === 'left' ? 'Left' : 'Right'} ${b.muscle.label.charAt(0).toLowerCase()}${b.muscle.label.slice(1)}`, kind: 'muscle', regions: [...b.muscle.regions], side }),
    )
  }
  await doc.transform(meshopt({ encoder: MeshoptEncoder, level: 'high' }))
  const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.encoder': MeshoptEncoder, 'meshopt.decoder': MeshoptDecoder })
  return io.writeBinary(doc)
}
