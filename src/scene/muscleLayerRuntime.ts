import { BatchedMesh, BufferAttribute, BufferGeometry, Group, Mesh, Vector3, type MeshStandardMaterial, type IUniform, type Object3D, type Raycaster, type Intersection, type WebGLRenderer } from 'three'
import type { Side } from '../anatomy/regions'
import type { ChainFrame } from '../chains/playback'
import type { ResolvedChain } from '../chains/types'
import type { Pose } from '../gait'
import { createJointTransforms, solveJointTransforms, type JointTransforms } from '../gait/kinematics'
import { chainMuscleGlow, chainMuscleNodes, type MuscleGlow } from '../muscles/chainMuscles'
import { muscleActivity, shiftsFor, sidePhase } from '../muscles/muscleActivity'
import {
  bindMuscleNormals,
  bindMuscleVertices,
  createMuscleFrame,
  createMuscleRig,
  rayHitsMuscle,
  segmentCount,
  segmentRows,
  updateMuscles,
  writeSegmentRows,
  type MuscleFrame,
  type MuscleRig,
} from '../muscles/muscleMotion'
import type { MuscleLayer } from '../state/store'
import { HOVER_COLOUR, ROLE_COLOURS } from '../theme/palette'
import { PICK_LAYER } from './boneBatch'
import { GLOW_MODE } from './boneMaterial'
import { ROLE_MODE } from './glowPlan'
import {
  createMuscleMaterial,
  createMuscleOwnUniforms,
  createMuscleSharedUniforms,
  setMuscleGlow,
  writeMuscleParams,
  type MuscleOwnUniforms,
  type MuscleSharedUniforms,
} from './muscleMaterial'
import { sendFloatTable } from './sendFloatTable'

/** One muscle mesh of the layer. */
export interface LayerMuscle {
  node: string
  /** Index in the rig. */
  index: number
  side: Side
  mesh: Mesh
  own: MuscleOwnUniforms
  /** Rest positions in model space (the file's are quantised under a node transform). */
  rest: Float32Array
  /** True once its vertices are tied to its path (until then it stays hidden). */
  bound: boolean
}

/**
 * The muscle layer outside React: the meshes, the motion rig and the per-frame scratch. The component
 * (MuscleLayer.tsx) makes one per loaded file, ties the vertices in idle time and calls
 * frameMuscleLayer once per frame; tests drive it the same way without a renderer.
 */
export interface MuscleLayerRuntime {
  root: Group
  rig: MuscleRig
  frame: MuscleFrame
  transforms: JointTransforms
  firstRow: Int32Array
  table: Float32Array
  /** Each segment row's muscle's glow, motion and activity (see MuscleSharedUniforms.uMuscleParams). */
  params: Float32Array
  shared: MuscleSharedUniforms
  /** The one material every muscle is drawn with. */
  material: MeshStandardMaterial
  /**
   * Draws every tied muscle in one call (each muscle an instance of it; the meshes stay for the pointer on
   * PICK_LAYER). Made on the first frame and again after disposeMuscleLayer (React may mount a layer twice).
   */
  batch: BatchedMesh | null
  /** Each tied muscle's instance in the batch. */
  instanceOf: Map<LayerMuscle, number>
  muscles: LayerMuscle[]
  byNode: Map<string, LayerMuscle>
  glow: Map<string, MuscleGlow>
  /** Per rig muscle: 1 when it is drawn this frame, so only those are posed (updateMuscles). */
  drawn: Uint8Array
  /** Milliseconds the last frame's CPU work took (measured, for the README's figure and tests). */
  lastFrameMs: number
}

const hitPoint = new Vector3()

/** Builds the layer from a loaded muscles.glb scene (the cached scene is only read, never changed). */
export function createMuscleLayerRuntime(scene: Object3D, time: IUniform<number>): MuscleLayerRuntime {
  const rig = createMuscleRig()
  const rows = segmentRows(rig)
  const { uniforms: shared, table, params } = createMuscleSharedUniforms(rows.total, time)
  const material = createMuscleMaterial(shared)
  const frame = createMuscleFrame(rig)
  const root = new Group()
  root.name = 'muscles'
  const runtime: MuscleLayerRuntime = {
    root,
    rig,
    frame,
    transforms: createJointTransforms(),
    firstRow: rows.first,
    table,
    params,
    shared,
    material,
    batch: null,
    instanceOf: new Map(),
    muscles: [],
    byNode: new Map(),
    glow: new Map(),
    drawn: new Uint8Array(rig.muscles.length),
    lastFrameMs: 0,
  }
  scene.updateMatrixWorld(true)
  scene.traverse((o) => {
    if (!(o instanceof Mesh)) return
    const index = rig.byNode.get(o.name)
    if (index === undefined) return
    const source = o.geometry as BufferGeometry
    const pos = source.getAttribute('position')
    const col = source.getAttribute('color')
    const rest = new Float32Array(pos.count * 3)
    const colours = new Float32Array(pos.count * 3)
    const v = new Vector3()
    for (let i = 0; i < pos.count; i++) {
      v.fromBufferAttribute(pos, i).applyMatrix4(o.matrixWorld)
      rest.set([v.x, v.y, v.z], i * 3)
      if (col) colours.set([col.getX(i), col.getY(i), col.getZ(i)], i * 3)
      else colours.set([0.55, 0.2, 0.17], i * 3)
    }
    const geometry = new BufferGeometry()
    geometry.setAttribute('position', new BufferAttribute(rest, 3))
    geometry.setAttribute('color', new BufferAttribute(colours, 3))
    const indexAttr = source.getIndex()
    if (indexAttr) geometry.setIndex(new BufferAttribute(Uint32Array.from(indexAttr.array as ArrayLike<number>), 1))
    const own = createMuscleOwnUniforms()
    const mesh = new Mesh(geometry, material)
    mesh.name = o.name
    mesh.userData = { ...o.userData }
    mesh.visible = false
    // The batch draws it; the mesh answers the pointer (raycast below) from the picking layer.
    mesh.layers.set(PICK_LAYER)
    // The shader moves the vertices: the rest bounds say nothing about where the muscle is drawn.
    mesh.frustumCulled = false
    // A shadow pass would draw the rest shape (three's depth material knows nothing of the deformation).
    mesh.castShadow = false
    mesh.receiveShadow = true
    mesh.raycast = (raycaster: Raycaster, intersects: Intersection[]) => {
      if (!mesh.visible) return
      const ray = raycaster.ray
      const t = rayHitsMuscle(rig, index, frame, ray.origin.toArray(), ray.direction.toArray())
      if (!Number.isFinite(t) || t < raycaster.near || t > raycaster.far) return
      ray.at(t, hitPoint)
      intersects.push({ distance: t, point: hitPoint.clone(), object: mesh })
    }
    root.add(mesh)
    const muscle: LayerMuscle = { node: o.name, index, side: rig.muscles[index]!.side, mesh, own, rest, bound: false }
    runtime.muscles.push(muscle)
    runtime.byNode.set(o.name, muscle)
  })
  return runtime
}

/** Ties one muscle's vertices to its path segments (a few milliseconds; once per muscle). */
export function bindLayerMuscle(rt: MuscleLayerRuntime, muscle: LayerMuscle): void {
  if (muscle.bound) return
  const rigged = rt.rig.muscles[muscle.index]!
  const binding = bindMuscleVertices(rigged, muscle.rest)
  const geometry = muscle.mesh.geometry
  geometry.computeVertexNormals()
  const normals = bindMuscleNormals(rigged, binding, geometry.getAttribute('normal').array)
  geometry.deleteAttribute('normal')
  const n = binding.along.length
  const segment = new Float32Array(n)
  const offset = new Float32Array(n * 2)
  for (let v = 0; v < n; v++) {
    segment[v] = rt.firstRow[muscle.index]! + rigged.segmentBase[binding.strand[v]!]! + binding.segment[v]!
    offset[v * 2] = binding.offset[v * 3]!
    offset[v * 2 + 1] = binding.offset[v * 3 + 1]!
  }
  geometry.setAttribute('aSegment', new BufferAttribute(segment, 1))
  geometry.setAttribute('aAlong', new BufferAttribute(binding.along, 1))
  geometry.setAttribute('aOffset', new BufferAttribute(offset, 2))
  geometry.setAttribute('aNormalFrame', new BufferAttribute(normals, 3))
  muscle.bound = true
  if (rt.batch) addMuscleInstance(rt, rt.batch, muscle)
}

function addMuscleInstance(rt: MuscleLayerRuntime, batch: BatchedMesh, muscle: LayerMuscle): void {
  const instance = batch.addInstance(batch.addGeometry(muscle.mesh.geometry))
  batch.setVisibleAt(instance, false)
  rt.instanceOf.set(muscle, instance)
}

/** The batch that draws the tied muscles, made with every muscle tied so far. */
function muscleBatch(rt: MuscleLayerRuntime): BatchedMesh {
  if (rt.batch) return rt.batch
  let vertices = 0
  let indices = 0
  for (const m of rt.muscles) {
    vertices += m.rest.length / 3
    indices += m.mesh.geometry.getIndex()?.count ?? m.rest.length / 3
  }
  const batch = new BatchedMesh(rt.muscles.length, vertices, indices, rt.material)
  batch.name = 'muscle-batch'
  // As for the meshes: the shader places the vertices, and a shadow pass would draw the rest shapes.
  batch.frustumCulled = false
  batch.perObjectFrustumCulled = false
  batch.sortObjects = false
  batch.castShadow = false
  batch.receiveShadow = true
  batch.raycast = () => {}
  rt.batch = batch
  rt.instanceOf.clear()
  for (const m of rt.muscles) if (m.bound) addMuscleInstance(rt, batch, m)
  rt.root.add(batch)
  return batch
}

/** What one frame of the layer depends on (read from the store and the live playback). */
export interface MuscleLayerInput {
  layer: MuscleLayer
  activity: boolean
  hoverMuscle: string | null
  highlight: readonly string[]
  chain: ResolvedChain | null
  chainFrame: ChainFrame
  pose: Pose
  phase: number
  severity: number
  /** Given, the frame sends the segment and parameter tables to the GPU itself (sendFloatTable.ts). */
  renderer?: WebGLRenderer
}

const EMPTY: ReadonlySet<string> = new Set()
/** A muscle shown before idle time has tied it is tied in the frame, at most this many per frame. */
const BINDS_PER_FRAME = 1

/** Is this muscle shown with these settings? */
export function isMuscleShown(node: string, input: Pick<MuscleLayerInput, 'layer' | 'chain' | 'highlight'>): boolean {
  if (input.highlight.includes(node)) return true
  if (input.layer === 'all') return true
  if (input.layer === 'off' || !input.chain) return false
  return chainMuscleNodes(input.chain).has(node)
}

/**
 * One frame: which muscles show, where their paths run for the current pose (the segment table the
 * shader reads), how they glow (the chain's roles, a hovered word or muscle) and how active they are.
 * Allocates nothing once warm, apart from binding a muscle that is shown for the first time.
 */
export function frameMuscleLayer(rt: MuscleLayerRuntime, input: MuscleLayerInput): void {
  const started = performance.now()
  let anyShown = false
  let binds = 0
  const batch = muscleBatch(rt)
  rt.drawn.fill(0)
  for (const m of rt.muscles) {
    const shown = isMuscleShown(m.node, input)
    if (shown && !m.bound && binds < BINDS_PER_FRAME) {
      bindLayerMuscle(rt, m)
      binds++
    }
    const visible = shown && m.bound
    if (visible !== m.mesh.visible || (m.bound && batch.getVisibleAt(rt.instanceOf.get(m)!) !== visible)) {
      m.mesh.visible = visible
      if (m.bound) batch.setVisibleAt(rt.instanceOf.get(m)!, visible)
    }
    if (visible) rt.drawn[m.index] = 1
    anyShown ||= visible
  }
  batch.visible = anyShown
  if (!anyShown) {
    rt.lastFrameMs = performance.now() - started
    return
  }
  solveJointTransforms(input.pose, rt.transforms)
  updateMuscles(rt.rig, rt.transforms, rt.frame, rt.drawn)
  if (input.chain) chainMuscleGlow(input.chain, input.chainFrame, rt.glow)
  else rt.glow.clear()
  const problem = input.chain?.side ?? 'left'
  let paramsChanged = false
  const conditionId = input.chain?.condition.id ?? null
  const named = input.chain ? chainMuscleNodes(input.chain) : EMPTY
  for (const m of rt.muscles) {
    if (!m.mesh.visible) continue
    writeSegmentRows(rt.rig, m.index, rt.transforms, rt.frame, rt.table, rt.firstRow[m.index]!)
    const g = rt.glow.get(m.node)
    if (m.node === input.hoverMuscle || input.highlight.includes(m.node)) setMuscleGlow(m.own, HOVER_COLOUR, 0.5, GLOW_MODE.steady)
    else if (g && g.intensity > 0 && named.has(m.node)) setMuscleGlow(m.own, ROLE_COLOURS[g.role], 0.25 + 0.6 * g.intensity, ROLE_MODE[g.role])
    else setMuscleGlow(m.own, '#000000', 0, GLOW_MODE.steady)
    if (input.activity) {
      const def = rt.rig.muscles[m.index]!.def
      const shifts = shiftsFor(conditionId, def.name, m.side, problem)
      const weights = input.chain ? input.chainFrame.weights : NO_WEIGHTS
      m.own.uMuscleActivity.value = muscleActivity(def, sidePhase(input.phase, m.side), shifts, weights, input.severity)
    } else m.own.uMuscleActivity.value = -1
    if (writeMuscleParams(m.own, rt.params, rt.firstRow[m.index]!, segmentCount(rt.rig.muscles[m.index]!))) paramsChanged = true
  }
  rt.shared.uMuscleSegments.value.needsUpdate = true
  if (paramsChanged) rt.shared.uMuscleParams.value.needsUpdate = true
  if (input.renderer) {
    sendFloatTable(input.renderer, rt.shared.uMuscleSegments.value)
    if (paramsChanged) sendFloatTable(input.renderer, rt.shared.uMuscleParams.value)
  }
  rt.lastFrameMs = performance.now() - started
}

const NO_WEIGHTS: Readonly<Record<string, number>> = {}

/** Frees the GPU side of the layer. */
export function disposeMuscleLayer(rt: MuscleLayerRuntime): void {
  for (const m of rt.muscles) {
    m.mesh.geometry.dispose()
  }
  rt.material.dispose()
  if (rt.batch) {
    rt.root.remove(rt.batch)
    rt.batch.dispose()
    rt.batch = null
    rt.instanceOf.clear()
  }
  rt.shared.uMuscleSegments.value.dispose()
  rt.shared.uMuscleParams.value.dispose()
}
