import { readFileSync } from 'node:fs'
import { Mesh, type BufferGeometry, type Object3D } from 'three'
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

/** Loads a GLB from disk with three's own GLTFLoader and meshopt decoder, as the app does. */
export async function loadGlb(path: string): Promise<GLTF> {
  const buf = readFileSync(path)
  const data = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength)
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  return new Promise((resolve, reject) => loader.parse(data, '', resolve, reject))
}

export function meshesByName(root: Object3D): Map<string, Mesh> {
  const out = new Map<string, Mesh>()
  root.traverse((o) => {
    if (o instanceof Mesh) out.set(o.name, o)
  })
  return out
}

/** World-space positions of a mesh's vertices (quantised attributes are dequantised by three). */
export function worldPositions(mesh: Mesh): Float32Array {
  mesh.updateWorldMatrix(true, false)
  const g = mesh.geometry as BufferGeometry
  const attr = g.getAttribute('position')
  const out = new Float32Array(attr.count * 3)
  const e = mesh.matrixWorld.elements
  for (let i = 0; i < attr.count; i++) {
    const x = attr.getX(i), y = attr.getY(i), z = attr.getZ(i)
    out[i * 3] = e[0]! * x + e[4]! * y + e[8]! * z + e[12]!
    out[i * 3 + 1] = e[1]! * x + e[5]! * y + e[9]! * z + e[13]!
    out[i * 3 + 2] = e[2]! * x + e[6]! * y + e[10]! * z + e[14]!
  }
  return out
}

export function triangleIndices(mesh: Mesh): ArrayLike<number> {
  const index = (mesh.geometry as BufferGeometry).getIndex()
  if (!index) throw new Error(`${mesh.name} has no index`)
  return index.array
}
