import { Vector3, type Camera, type Object3D } from 'three'
import { REGION_SHAPES, type PlacedShape } from '../anatomy/regionShapes'
import type { RegionKey } from '../anatomy/regions'

const scratch = new Vector3()

/**
 * Region capsules in world space from the posed joints: each end is an offset in its joint's
 * frame. Reuses the `out` array and its vectors so the per-frame update allocates nothing.
 */
export function placeShapes(joints: ReadonlyMap<string, Object3D>, out: PlacedShape[]): PlacedShape[] {
  if (out.length !== REGION_SHAPES.length) {
    out.length = 0
    for (const s of REGION_SHAPES) out.push({ key: s.key, a: [0, 0, 0], b: [0, 0, 0], radius: s.radius, priority: s.priority })
  }
  for (let i = 0; i < REGION_SHAPES.length; i++) {
    const s = REGION_SHAPES[i]!
    const placed = out[i]!
    const ja = joints.get(s.a.joint)
    const jb = joints.get(s.b.joint)
    if (!ja || !jb) continue
    scratch.set(...s.a.offset)
    ja.localToWorld(scratch)
    ;(placed.a as [number, number, number])[0] = scratch.x
    ;(placed.a as [number, number, number])[1] = scratch.y
    ;(placed.a as [number, number, number])[2] = scratch.z
    scratch.set(...s.b.offset)
    jb.localToWorld(scratch)
    ;(placed.b as [number, number, number])[0] = scratch.x
    ;(placed.b as [number, number, number])[1] = scratch.y
    ;(placed.b as [number, number, number])[2] = scratch.z
  }
  return out
}

/** A point along a region's axis (t = 0 at one end, 1 at the other) in world space. */
export function shapePoint(shape: PlacedShape, t: number, target = new Vector3()): Vector3 {
  return target.set(
    shape.a[0] + (shape.b[0] - shape.a[0]) * t,
    shape.a[1] + (shape.b[1] - shape.a[1]) * t,
    shape.a[2] + (shape.b[2] - shape.a[2]) * t,
  )
}

/**
 * Projects a world point to CSS pixels within the canvas; null when behind the camera or outside
 * the canvas.
 */
export function projectToCanvas(point: Vector3, camera: Camera, width: number, height: number): { x: number; y: number } | null {
  scratch.copy(point).project(camera)
  if (scratch.z > 1 || scratch.z < -1) return null
  const x = (scratch.x * 0.5 + 0.5) * width
  const y = (-scratch.y * 0.5 + 0.5) * height
  if (x < 0 || y < 0 || x > width || y > height) return null
  return { x, y }
}

export function shapeByKey(shapes: readonly PlacedShape[], key: RegionKey): PlacedShape | undefined {
  return shapes.find((s) => s.key === key)
}
