import { Raycaster, Vector2, Vector3, type Camera, type Object3D } from 'three'
import { regionAtPoint } from '../anatomy/regionShapes'
import type { RegionKey } from '../anatomy/regions'
import { PICK_LAYER } from './boneBatch'
import { liveScene } from './liveScene'
import { projectToCanvas, shapeByKey, shapePoint } from './regionGeometry'

/** A pointer that moved farther than this (CSS pixels) between down and up was a drag, not a click. */
export const DRAG_THRESHOLD = 5

/** Whether a pointer gesture counts as a click (R3F reports the distance travelled as `delta`). */
export function isClick(delta: number): boolean {
  return delta <= DRAG_THRESHOLD
}

/** The region a hit on a bone belongs to, from the live (posed) region shapes. */
export function regionOfHit(point: Vector3): RegionKey | null {
  return regionAtPoint([point.x, point.y, point.z], liveScene.shapes)
}

const raycaster = new Raycaster()
;(raycaster as Raycaster & { firstHitOnly?: boolean }).firstHitOnly = true
// The bone meshes a batch draws are on a layer of their own (boneBatch.ts); without a batch, on the default one.
raycaster.layers.enable(PICK_LAYER)
const ndc = new Vector2()
const along = new Vector3()
/** True when a click at (x, y) lands on the canvas itself, or on this region's own name tag. */
function reachesCanvas(x: number, y: number, key: RegionKey): boolean {
  if (typeof document === 'undefined') return true
  const el = document.elementFromPoint(x, y)
  if (!el) return false
  if (el === liveScene.canvas) return true
  return el.closest<HTMLElement>('.region-label')?.dataset.region === key
}

/** Points along a region's axis tried in turn, middle first. */
const CANDIDATES = [0.5, 0.35, 0.65, 0.2, 0.8, 0.05, 0.95]

/**
 * Where to click to choose a region: a point on screen, in CSS pixels of the page, whose ray hits
 * a bone of that region first. Null when the region is off screen or hidden behind other bones
 * from every candidate point.
 */
export function regionScreenPosition(key: RegionKey): { x: number; y: number } | null {
  const camera: Camera | null = liveScene.camera
  const shape = shapeByKey(liveScene.shapes, key)
  if (!camera || !shape) return null
  const { width, height, left, top } = liveScene.viewport
  const targets: Object3D[] = [...liveScene.bones.values()].filter((b) => b.visible)
  for (const t of CANDIDATES) {
    const p = projectToCanvas(shapePoint(shape, t, along), camera, width, height)
    if (!p) continue
    // A point covered by a name tag, the caption or a control would not reach the skeleton.
    if (!reachesCanvas(left + p.x, top + p.y, key)) continue
    ndc.set((p.x / width) * 2 - 1, -(p.y / height) * 2 + 1)
    raycaster.setFromCamera(ndc, camera)
    const hit = raycaster.intersectObjects(targets, false)[0]
    if (hit && regionOfHit(hit.point) === key) return { x: left + p.x, y: top + p.y }
  }
  return null
}
