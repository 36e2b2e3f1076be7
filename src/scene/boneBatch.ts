import { BatchedMesh, Color, Matrix4, type Material, type Mesh, type Object3D } from 'three'
import { mergeGeometry } from './mergeBones'

/**
 * The layer of the meshes a batch draws for them (bones, muscles): cameras do not draw it, the
 * picking raycasters look at it (pickRegion, and fiber's pointer events: SceneCanvas enables it).
 */
export const PICK_LAYER = 1

/** A batch's bones: each bone mesh of the model is one instance, placed by its joint every frame. */
export interface BoneBatch {
  /** One BatchedMesh per material (bones, discs), children of the model's root. */
  readonly meshes: readonly BatchedMesh[]
  /** Places every instance where its joint is now: once per frame, after the pose. */
  update(): void
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
   * One batch for every mesh, drawn with `material` (a white bone material) and each instance tinted by
   * `colourOf` (bone or disc colour): one draw call and one uniform refresh instead of one per material.
   */
  tinted?: { material: Material; colourOf: (mesh: Mesh) => string }
}

interface Part {
  mesh: Mesh
  joint: Object3D
  batch: BatchedMesh
  instance: number
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
  const parts = new Map<Mesh, Part>()
  const batches: BatchedMesh[] = []
  for (const [material, list] of byMaterial) {
    // Each mesh's geometry in its joint's frame (its own transform baked in), all with the same attributes.
    const geometries = list.map((mesh) => mergeGeometry([mesh]))
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
      if (options.tinted) batch.setColorAt(instance, colour.set(options.tinted.colourOf(mesh)))
      geometries[i]!.dispose()
      parts.set(mesh, { mesh, joint: mesh.parent!, batch, instance })
      mesh.layers.set(PICK_LAYER)
    })
    root.add(batch)
    batches.push(batch)
  }

  const update = () => {
    rootInverse.copy(root.matrixWorld).invert()
    for (const p of parts.values()) p.batch.setMatrixAt(p.instance, placed.multiplyMatrices(rootInverse, p.joint.matrixWorld))
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
