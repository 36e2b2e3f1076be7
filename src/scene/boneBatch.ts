import { BatchedMesh, BufferAttribute, Color, Matrix4, type BufferGeometry, type DataTexture, type Material, type Mesh, type Object3D, type WebGLRenderer } from 'three'
import { mergeGeometry } from './mergeBones'
import { sendFloatTable } from './sendFloatTable'

/**
 * The layer of the meshes a batch draws for them (bones, muscles): cameras do not draw it, the
 * picking raycasters look at it (pickRegion, and fiber's pointer events: SceneCanvas enables it).
 */
export const PICK_LAYER = 1

/** A batch's bones: each bone mesh of the model is one instance, placed by its joint every frame. */
export interface BoneBatch {
  /** One BatchedMesh per material (bones, discs), children of the model's root. */
  readonly meshes: readonly BatchedMesh[]
  /**
   * Places every instance where its joint is now: once per frame, after the pose. Given the renderer, it
   * also sends the new matrices to the GPU itself (sendFloatTable.ts); without, the next render does.
   */
  update(renderer?: WebGLRenderer): void
  /**
   * Draws a bone mesh by itself (with whatever material it has, e.g. faded) instead of in the batch, or
   * (apart = false) back in the batch. Meshes the batch does not hold are ignored.
   */
  drawApart(mesh: Mesh, apart: boolean): void
  /** Shows or hides a bone mesh's instance (a lighter second skeleton keeps only the regions' bones). */
  show(mesh: Mesh, shown: boolean): void
  /** Takes the batch out of the scene and frees its buffers; the bone meshes are drawn again. */
  dispose(): void
}

export interface BoneBatchOptions {
  /** Whether the batch casts a shadow (default true; the translucent ghost does not). */
  castShadow?: boolean
  /**
   * One batch for every mesh, drawn with `material` (a white bone material that draws vertex colours,
   * createBatchBoneMaterial) and each mesh's vertices in `colourOf` (bone or disc colour): one draw call
   * and one uniform refresh instead of one per material.
   */
  tinted?: { material: Material; colourOf: (mesh: Mesh) => string }
}

interface Part {
  mesh: Mesh
  joint: Object3D
  batch: BatchedMesh
  instance: number
}

/** The instance matrices a BatchedMesh keeps as a float texture (three names it as its own: `_matricesTexture`). */
function matricesOf(batch: BatchedMesh): DataTexture | undefined {
  return (batch as unknown as { _matricesTexture?: DataTexture })._matricesTexture
}

/**
 * Gives a mesh's geometry one colour on every vertex (linear RGB in bytes, as three reads a normalized
 * colour attribute; four per vertex keep each vertex's bytes aligned).
 *
 * Why vertex colours and not BatchedMesh's per-instance colours: those live in a texture the batch binds
 * and every vertex reads again every frame, and under software rendering both the binding (the page's
 * thread) and the read (the vertex work, about half of a frame) cost time. The colours never change.
 */
function paintVertices(geometry: BufferGeometry, hex: string) {
  colour.set(hex)
  const rgba = [colour.r, colour.g, colour.b, 1].map((c) => Math.round(c * 255))
  const count = geometry.getAttribute('position').count
  const bytes = new Uint8Array(count * 4)
  for (let i = 0; i < count; i++) bytes.set(rgba, i * 4)
  geometry.setAttribute('color', new BufferAttribute(bytes, 4, true))
}

const rootInverse = new Matrix4()
const colour = new Color()
const placed = new Matrix4()

/**
 * Draws a skeleton's bone meshes (each under its joint, as mergeBonesByJoint leaves them) in one draw call
 * per material instead of one per mesh. Each mesh becomes an instance of a three.js BatchedMesh whose matrix
 * is its joint's (relative to `root`), so the skeleton walks exactly as before; shadows and the contact
 * shadow follow, because three adds the batch's own transform to every material that draws it. The meshes
 * stay in place on PICK_LAYER: picking, "fade others" and the bounding trees keep using them. A batch
 * casts a shadow unless `castShadow` is false (the translucent ghost).
 *
 * Why: under software rendering every draw call cost the page's thread about 25 µs a frame (uniform
 * uploads, buffer binding, the draw), and the full skeleton's 36 meshes were most of a playing frame's
 * script time.
 */
export function createBoneBatch(root: Object3D, meshes: readonly Mesh[], options: BoneBatchOptions = {}): BoneBatch {
  const byMaterial = new Map<Material, Mesh[]>()
  for (const mesh of meshes) {
    if (!mesh.parent) continue
    const material = options.tinted?.material ?? (mesh.material as Material)
    const list = byMaterial.get(material) ?? []
    list.push(mesh)
    byMaterial.set(material, list)
  }
  if (options.tinted && !options.tinted.material.vertexColors) {
    throw new Error('createBoneBatch: a tinted batch colours its vertices, so its material must draw vertex colours (createBatchBoneMaterial)')
  }
  const parts = new Map<Mesh, Part>()
  const batches: BatchedMesh[] = []
  for (const [material, list] of byMaterial) {
    // Each mesh's geometry in its joint's frame (its own transform baked in), all with the same attributes.
    const geometries = list.map((mesh) => {
      const geometry = mergeGeometry([mesh])
      if (options.tinted) paintVertices(geometry, options.tinted.colourOf(mesh))
      return geometry
    })
    const vertices = geometries.reduce((n, g) => n + g.getAttribute('position').count, 0)
    const indices = geometries.reduce((n, g) => n + g.index!.count, 0)
    const batch = new BatchedMesh(list.length, vertices, indices, material)
    batch.name = `bone-batch-${batches.length}`
    // The skeleton is always in view and drawn whole: no per-instance culling or sorting to pay for.
    batch.frustumCulled = false
    batch.perObjectFrustumCulled = false
    batch.sortObjects = false
    batch.castShadow = options.castShadow ?? true
    batch.receiveShadow = true
    // Picking goes to the bone meshes (PICK_LAYER), never to the batch.
    batch.raycast = () => {}
    list.forEach((mesh, i) => {
      const instance = batch.addInstance(batch.addGeometry(geometries[i]!))
      geometries[i]!.dispose()
      parts.set(mesh, { mesh, joint: mesh.parent!, batch, instance })
      mesh.layers.set(PICK_LAYER)
    })
    root.add(batch)
    batches.push(batch)
  }

  const update = (renderer?: WebGLRenderer) => {
    rootInverse.copy(root.matrixWorld).invert()
    for (const p of parts.values()) p.batch.setMatrixAt(p.instance, placed.multiplyMatrices(rootInverse, p.joint.matrixWorld))
    if (!renderer) return
    for (const batch of batches) {
      const matrices = matricesOf(batch)
      if (matrices) sendFloatTable(renderer, matrices)
    }
  }
  root.updateMatrixWorld(true)
  update()

  return {
    meshes: batches,
    update,
    drawApart(mesh, apart) {
      const p = parts.get(mesh)
      if (!p) return
      p.batch.setVisibleAt(p.instance, !apart)
      if (apart) mesh.layers.enable(0)
      else mesh.layers.disable(0)
    },
    show(mesh, shown) {
      const p = parts.get(mesh)
      if (p) p.batch.setVisibleAt(p.instance, shown)
    },
    dispose() {
      for (const batch of batches) {
        root.remove(batch)
        batch.dispose()
      }
      for (const p of parts.values()) p.mesh.layers.enable(0)
    },
  }
}
