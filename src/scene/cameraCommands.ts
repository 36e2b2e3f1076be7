import { Box3, Sphere, Vector3, type PerspectiveCamera } from 'three'
import type CameraControlsImpl from 'camera-controls'
import type { RegionKey } from '../anatomy/regions'
import type { CameraView } from '../state/store'
import { liveScene } from './liveScene'
import { shapePoint } from './regionGeometry'
import { freeRect } from './freeRect'
import { stageOverlayRects } from '../ui/stageOverlays'

/** The camera-controls instance, registered by CameraRig. */
export const cameraRig: {
  controls: CameraControlsImpl | null
  reducedMotion: boolean
  /** The part of the canvas the last framing used (CSS pixels from its top left), or null for all of it. */
  freeArea: { x: number; y: number; width: number; height: number } | null
} = { controls: null, reducedMotion: false, freeArea: null }

/** The opening view: the whole skeleton, slightly from its left and above. */
export const HOME = { target: new Vector3(0, 0.86, 0), azimuth: 0.32, polar: 1.47, distance: 3.9 }

const DEG = Math.PI / 180

const smooth = () => !cameraRig.reducedMotion

/** Turns the view around its target: arrows turn by 15°. */
export function turnView(azimuthDeg: number, polarDeg: number) {
  cameraRig.controls?.rotate(azimuthDeg * DEG, polarDeg * DEG, smooth())
}

/** Zooms by a factor of the current distance (< 1 moves closer). */
export function zoomView(factor: number) {
  const c = cameraRig.controls
  if (c) c.dollyTo(c.distance * factor, smooth())
}

/** Moves the target sideways or up in screen terms, in metres. */
export function panView(right: number, up: number) {
  cameraRig.controls?.truck(right, -up, smooth())
}

const VIEW_ANGLES: Record<Exclude<CameraView, 'reset'>, [number, number]> = {
  front: [0, Math.PI / 2 - 0.04],
  back: [Math.PI, Math.PI / 2 - 0.04],
  left: [Math.PI / 2, Math.PI / 2 - 0.04],
  right: [-Math.PI / 2, Math.PI / 2 - 0.04],
  top: [0, 0.03],
  'gait-lab': [Math.PI / 2, Math.PI / 2 - 0.2],
}

/**
 * The gait lab's side view: the whole body and a metre of walkway either side at hip height, looking
 * a little down on the stride grid, so the footfall and the joint angles can be shown together.
 */
const GAIT_LAB = { target: new Vector3(0, 0.8, 0), distance: 4.6 }

/**
 * The anatomical views look at the subject from one side: the chosen chain when there is one,
 * else the whole skeleton. Reset goes back to the opening view.
 */
export function goToView(view: CameraView, subject: readonly RegionKey[] = [], besideX = 0) {
  const c = cameraRig.controls
  if (!c) return
  if (view === 'reset') {
    const camera = liveScene.camera as PerspectiveCamera | null
    if (camera?.isPerspectiveCamera) centreOnFreeRect(camera)
    const p = fromAngles(HOME.target, HOME.azimuth, HOME.polar, HOME.distance)
    void c.setLookAt(p.x, p.y, p.z, HOME.target.x, HOME.target.y, HOME.target.z, smooth())
    return
  }
  const [azimuth, polar] = VIEW_ANGLES[view]
  const lab = view === 'gait-lab'
  const framing = subject.length > 0 && !lab ? frameOf(subject, besideX) : null
  // Without a chain the whole skeleton is shown, centred in the free part of the view (not an old chain's).
  const camera = liveScene.camera as PerspectiveCamera | null
  if (!framing && camera?.isPerspectiveCamera) centreOnFreeRect(camera)
  const target = lab ? GAIT_LAB.target.clone().setX(besideX / 2) : (framing?.center ?? HOME.target)
  // From above, the whole standing skeleton needs a little more room than its height.
  const distance = lab ? GAIT_LAB.distance : (framing?.distance ?? (view === 'top' ? HOME.distance * 0.8 : HOME.distance))
  // Take the short way round from wherever the user has spun the camera.
  c.normalizeRotations()
  const p = fromAngles(target, azimuth, polar, distance)
  void c.setLookAt(p.x, p.y, p.z, target.x, target.y, target.z, smooth())
}

/** Camera position at `distance` from `target` along azimuth/polar angles (camera-controls' convention). */
export function fromAngles(target: Vector3, azimuth: number, polar: number, distance: number): Vector3 {
  return new Vector3(
    target.x + distance * Math.sin(polar) * Math.sin(azimuth),
    target.y + distance * Math.cos(polar),
    target.z + distance * Math.sin(polar) * Math.cos(azimuth),
  )
}

const box = new Box3()
const point = new Vector3()

/** The feet are always in the picture: a limp is seen in the legs, whichever joint starts it. */
const ALWAYS_FRAMED: readonly RegionKey[] = ['ankle-left', 'ankle-right']
/** The top of the skull, framed too when it costs little room: a whole person reads better than a torso. */
const HEAD_TOP = new Vector3(0, 1.74, 0)
/** How much farther the camera may step back to fit the head as well. */
const HEAD_ALLOWANCE = 1.3
/** Room kept between an overlay and the framed chain, CSS pixels. */
const OVERLAY_GAP = 12

/**
 * Moves the picture's centre to the middle of the part of the view the overlays leave free (a view
 * offset, so picking and screen positions follow) and returns that part's share of the view's width
 * and height. When overlays leave almost nothing, the whole view is used.
 */
export function centreOnFreeRect(camera: PerspectiveCamera): { width: number; height: number } {
  const canvas = liveScene.canvas
  const c = canvas?.getBoundingClientRect()
  if (!c || c.width === 0 || c.height === 0) return { width: 1, height: 1 }
  const overlays = stageOverlayRects().map((r) => ({
    left: r.left - OVERLAY_GAP,
    top: r.top - OVERLAY_GAP,
    right: r.right + OVERLAY_GAP,
    bottom: r.bottom + OVERLAY_GAP,
  }))
  const free = freeRect({ left: c.left, top: c.top, right: c.right, bottom: c.bottom }, overlays)
  const width = (free.right - free.left) / c.width
  const height = (free.bottom - free.top) / c.height
  if (width < 0.25 || height < 0.25) {
    camera.clearViewOffset()
    cameraRig.freeArea = null
    return { width: 1, height: 1 }
  }
  cameraRig.freeArea = { x: free.left - c.left, y: free.top - c.top, width: free.right - free.left, height: free.bottom - free.top }
  const dx = (free.left + free.right) / 2 - (c.left + c.right) / 2
  const dy = (free.top + free.bottom) / 2 - (c.top + c.bottom) / 2
  camera.setViewOffset(c.width, c.height, -dx, -dy, c.width, c.height)
  return { width, height }
}

/** Distance at which a sphere fills the free part of the view (shares of the view's width and height). */
function fitDistance(camera: PerspectiveCamera, radius: number, share: { width: number; height: number }): number {
  const tanHalf = Math.tan((camera.fov * Math.PI) / 360)
  const half = Math.atan(Math.min(tanHalf * share.height, tanHalf * camera.aspect * share.width))
  return radius / Math.sin(half)
}

/**
 * Target and distance that fit a set of regions (with the feet, and the head when it fits) in the
 * part of the view no overlay covers. `besideX` widens the frame to a second skeleton that far aside.
 */
function frameOf(keys: readonly RegionKey[], besideX = 0): { center: Vector3; distance: number } | null {
  const camera = liveScene.camera as PerspectiveCamera | null
  if (!camera?.isPerspectiveCamera) return null
  box.makeEmpty()
  for (const s of liveScene.shapes) {
    if (!keys.includes(s.key) && !ALWAYS_FRAMED.includes(s.key)) continue
    for (const t of [0, 0.5, 1]) box.expandByPoint(shapePoint(s, t, point))
  }
  if (besideX !== 0 && !box.isEmpty()) box.expandByPoint(point.set(besideX, box.min.y, 0)).expandByPoint(point.set(besideX, box.max.y, 0))
  if (box.isEmpty()) return null
  const share = centreOnFreeRect(camera)
  const sphere = box.getBoundingSphere(new Sphere())
  const chainOnly = { center: sphere.center, distance: fitDistance(camera, sphere.radius + 0.08, share) }
  const withHead = box.clone().expandByPoint(HEAD_TOP).getBoundingSphere(new Sphere())
  const headDistance = fitDistance(camera, withHead.radius + 0.06, share)
  return headDistance <= chainOnly.distance * HEAD_ALLOWANCE ? { center: withHead.center, distance: headDistance } : chainOnly
}

/**
 * Frames a set of regions (a chain), seen from the side of the problem at three-quarters so both
 * the joint and the low back are in view.
 */
export function frameRegions(keys: readonly RegionKey[], side: 'left' | 'right' | null, besideX = 0) {
  const c = cameraRig.controls
  const framing = frameOf(keys, besideX)
  if (!c || !framing) return
  const azimuth = side === 'right' ? -0.55 : side === 'left' ? 0.55 : 0.35
  const p = fromAngles(framing.center, azimuth, 1.38, framing.distance)
  void c.setLookAt(p.x, p.y, p.z, framing.center.x, framing.center.y, framing.center.z, smooth())
}

/** Height framed in the compare view: the top of the head down to the floor in front, where the name plates sit. */
const BODY = { bottom: -0.4, top: 1.82 }

/**
 * The compare view: both skeletons whole, feet to head where the canvas allows, seen a little from the
 * side of the problem so the two stand apart on screen. The caption and the controls keep the top and
 * bottom eighths of the view, as in frameRegions.
 */
export function frameBoth(besideX: number, side: 'left' | 'right' | null) {
  const c = cameraRig.controls
  const camera = liveScene.camera as PerspectiveCamera | null
  if (!c || !camera?.isPerspectiveCamera) return
  // Both bodies, head to the plates on the floor, fitted in the part of the view no overlay covers
  // (the caption, the compare note, the charts and the controls), like a single chain.
  const share = centreOnFreeRect(camera)
  const half = { x: (Math.abs(besideX) + 0.75) / 2, y: (BODY.top - BODY.bottom) / 2 }
  const fit = Math.max(fitDistance(camera, half.y, { width: Infinity, height: share.height }), fitDistance(camera, half.x, { width: share.width, height: Infinity }))
  const distance = Math.min(fit * 1.1, 6.2)
  const target = new Vector3(besideX / 2, (BODY.top + BODY.bottom) / 2 - 0.04, 0)
  const azimuth = side === 'right' ? -0.3 : 0.3
  c.normalizeRotations()
  const p = fromAngles(target, azimuth, 1.5, distance)
  void c.setLookAt(p.x, p.y, p.z, target.x, target.y, target.z, smooth())
}
