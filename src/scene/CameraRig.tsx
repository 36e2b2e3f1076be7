import { CameraControls } from '@react-three/drei'
import { useEffect, useRef } from 'react'
import { Box3, Vector3 } from 'three'
import CameraControlsImpl from 'camera-controls'
import { getRegion } from '../anatomy/regions'
import { appStore, problemSide } from '../state/store'
import { secondX } from './secondSkeleton'
import { HOME, cameraRig, frameBoth, frameRegions, fromAngles, goToView, panView, turnView, zoomView } from './cameraCommands'
import { useReducedMotion } from '../ui/useReducedMotion'

const { ACTION } = CameraControlsImpl

/**
 * Orbit, zoom and pan with limits that keep the skeleton in view: one finger turns, two fingers
 * zoom and pan; the target stays inside the skeleton's box; the camera never goes under the floor.
 * Glides between views unless the user prefers reduced motion.
 */
export function CameraRig() {
  const ref = useRef<CameraControlsImpl>(null)
  const reducedMotion = useReducedMotion()

  useEffect(() => {
    cameraRig.reducedMotion = reducedMotion
    const c = ref.current
    if (c) c.smoothTime = reducedMotion ? 0 : 0.35
  }, [reducedMotion])

  useEffect(() => {
    const c = ref.current
    if (!c) return
    cameraRig.controls = c
    c.setBoundary(new Box3(new Vector3(-0.7, 0.05, -0.5), new Vector3(0.7, 1.8, 0.5)))
    c.boundaryEnclosesCamera = false
    const home = fromAngles(HOME.target, HOME.azimuth, HOME.polar, HOME.distance)
    void c.setLookAt(home.x, home.y, home.z, HOME.target.x, HOME.target.y, HOME.target.z, false)
    // A link that opens the compare view frames both skeletons from the start.
    const opening = appStore.getState()
    if (opening.chain && secondX(opening) !== 0) frameBoth(secondX(opening), problemSide(opening))
    // React to requests from the DOM (view buttons, keys) and to a new selection.
    const unsubscribe = appStore.subscribe((next, prev) => {
      const regions = next.chain ? [...new Set(next.chain.links.map((l) => l.region))] : []
      const beside = secondX(next)
      const request = next.cameraRequest
      if (request && request !== prev.cameraRequest) {
        if (request.kind === 'view') goToView(request.view, regions, beside)
        else if (request.kind === 'turn') turnView(request.azimuth, request.polar)
        else if (request.kind === 'zoom') zoomView(request.factor)
        else panView(request.right, request.up)
      }
      const secondMoved = beside !== secondX(prev)
      if (next.region !== prev.region || (next.chain && (secondMoved || next.compare !== prev.compare))) {
        // A new chain (or a second skeleton joining it) is framed; back on the overview, the camera goes home.
        if (next.chain && beside !== 0) frameBoth(beside, problemSide(next))
        else if (next.chain) frameRegions(regions, getRegion(next.region!).side ?? next.chain.side, beside)
        else goToView('reset')
      }
    })
    return () => {
      unsubscribe()
      if (cameraRig.controls === c) cameraRig.controls = null
    }
  }, [])

  return (
    <CameraControls
      ref={ref}
      makeDefault
      minDistance={0.3}
      maxDistance={6.5}
      minPolarAngle={0.02}
      maxPolarAngle={1.72}
      dollyToCursor
      draggingSmoothTime={0.08}
      mouseButtons={{ left: ACTION.ROTATE, middle: ACTION.DOLLY, right: ACTION.TRUCK, wheel: ACTION.DOLLY }}
      touches={{ one: ACTION.TOUCH_ROTATE, two: ACTION.TOUCH_DOLLY_TRUCK, three: ACTION.TOUCH_TRUCK }}
    />
  )
}
