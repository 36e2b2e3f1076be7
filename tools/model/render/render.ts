/**
 * A bare three.js page that renders views of the generated model for `model:shots` and
 * `model:preview`. Driven by Playwright through `window.renderView(spec)`.
 */
import * as THREE from 'three'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

export interface ViewSpec {
  /** Nodes to show; all bones when absent. */
  show?: string[]
  /** Nodes drawn faint for context. */
  ghost?: string[]
  /** Nodes to frame; the shown ones when absent. */
  focus?: string[]
  /** Direction from the target to the camera (model axes: +X left of the skeleton, +Y up, +Z its front). */
  dir: [number, number, number]
  up?: [number, number, number]
  /** Extra room around the framed nodes (1 = tight). */
  padding?: number
  /** Frame this sphere (centre and radius, metres) instead of the focus nodes. */
  sphere?: { center: [number, number, number]; radius: number }
  /** Fit the framed box by its height rather than its bounding sphere (tall subjects). */
  fitHeight?: boolean
  width: number
  height: number
}

declare global {
  interface Window {
    loadModel: (url: string) => Promise<string[]>
    renderView: (spec: ViewSpec) => Promise<void>
  }
}

const renderer = new THREE.WebGLRenderer({ antialias: true })
renderer.setPixelRatio(1)
renderer.outputColorSpace = THREE.SRGBColorSpace
renderer.toneMapping = THREE.ACESFilmicToneMapping
document.body.appendChild(renderer.domElement)

const scene = new THREE.Scene()
scene.background = new THREE.Color('#161b24')
const camera = new THREE.PerspectiveCamera(30, 1, 0.005, 20)
scene.add(camera)
scene.add(new THREE.HemisphereLight('#f4f1ea', '#303848', 0.55))
const key = new THREE.DirectionalLight('#fff3e0', 2.8)
const fill = new THREE.DirectionalLight('#dfe8ff', 0.45)
const rim = new THREE.DirectionalLight('#ffffff', 1.2)
// Lights ride with the camera so every view is lit the same way: key upper left, fill right, rim behind.
key.position.set(-2.2, 2.6, 1.6)
fill.position.set(2.5, 0.3, 1.5)
rim.position.set(0.5, 1.5, -3)
camera.add(key, fill, rim, key.target, fill.target, rim.target)

const boneMaterial = new THREE.MeshStandardMaterial({ color: '#e8dcc4', roughness: 0.62, metalness: 0 })
const discMaterial = new THREE.MeshStandardMaterial({ color: '#9fb3c8', roughness: 0.5, metalness: 0 })
// Muscles keep the generated file's vertex colours (red-brown belly, pale tendons).
const muscleMaterial = new THREE.MeshStandardMaterial({ color: '#ffffff', vertexColors: true, roughness: 0.55, metalness: 0 })
const materialFor = (name: string) => (name.startsWith('muscle_') ? muscleMaterial : name.startsWith('disc_') ? discMaterial : boneMaterial)
const ghostMaterial = new THREE.MeshStandardMaterial({ color: '#8a93a3', roughness: 0.8, transparent: true, opacity: 0.18, depthWrite: false })

let model: THREE.Object3D | null = null
const meshes = new Map<string, THREE.Mesh>()

window.loadModel = async (url) => {
  const loader = new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
  const gltf = await loader.loadAsync(url)
  model = gltf.scene
  scene.add(model)
  model.traverse((o) => {
    if (o instanceof THREE.Mesh) {
      o.geometry.computeVertexNormals()
      o.material = materialFor(o.name)
      meshes.set(o.name, o)
    }
  })
  model.updateMatrixWorld(true)
  return [...meshes.keys()]
}

window.renderView = async (spec) => {
  renderer.setSize(spec.width, spec.height, false)
  camera.aspect = spec.width / spec.height
  const show = spec.show ? new Set(spec.show) : null
  const ghost = new Set(spec.ghost ?? [])
  for (const [name, mesh] of meshes) {
    mesh.visible = !show || show.has(name) || ghost.has(name)
    mesh.material = ghost.has(name) && !(show && show.has(name)) ? ghostMaterial : materialFor(name)
  }
  const focus = spec.focus ?? spec.show ?? [...meshes.keys()]
  const box = new THREE.Box3()
  for (const n of focus) {
    const m = meshes.get(n)
    if (m) box.expandByObject(m)
  }
  const sphere = spec.sphere ? new THREE.Sphere(new THREE.Vector3(...spec.sphere.center), spec.sphere.radius) : box.getBoundingSphere(new THREE.Sphere())
  const dir = new THREE.Vector3(...spec.dir).normalize()
  const fov = (camera.fov * Math.PI) / 180
  const fit = Math.min(fov, 2 * Math.atan(Math.tan(fov / 2) * camera.aspect))
  const pad = spec.padding ?? 1.08
  const hfov = 2 * Math.atan(Math.tan(fov / 2) * camera.aspect)
  // A standing skeleton is tall and narrow: fit its height to the vertical view and its width to
  // the horizontal one, instead of a sphere that leaves most of a portrait frame empty.
  const distance = spec.fitHeight
    ? Math.max(((box.max.y - box.min.y) / 2) * pad / Math.tan(fov / 2), (Math.max(box.max.x - box.min.x, box.max.z - box.min.z) / 2) * pad / Math.tan(hfov / 2)) + sphere.radius * 0.3
    : (sphere.radius * pad) / Math.sin(fit / 2)
  camera.position.copy(sphere.center).addScaledVector(dir, distance)
  camera.up.set(...(spec.up ?? [0, 1, 0]))
  camera.near = distance / 50
  camera.far = distance * 4
  camera.lookAt(sphere.center)
  camera.updateProjectionMatrix()
  renderer.render(scene, camera)
  await new Promise((r) => requestAnimationFrame(r))
}
