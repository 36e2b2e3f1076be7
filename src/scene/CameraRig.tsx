import { CameraControls } from '@react-three/drei'
import { useThree } from '@react-three/fiber'
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
  const frameAfterLayout = useRef<() => void>(() => {})
  const size = useThree((s) => s.size)

  // The view's size changed (a panel opened, the window was resized): the free part moved with it.
  useEffect(() => {
    if (size.width * size.height > 0) frameAfterLayout.current()
  }, [size.width, size.height])
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
    // The overlays (caption, controls, panel) change with the state that asks for a new frame: frame
    // once React has drawn them, two animation frames later, so the free part of the view is measured.
    let pending = 0
    const frameSoon = () => {
      cancelAnimationFrame(pending)
      pending = requestAnimationFrame(() => {
        pending = requestAnimationFrame(() => {
          // A new chain (or a second skeleton joining it) is framed; back on the overview, the camera goes home.
          const s = appStore.getState()
          if (!s.chain) return goToView('reset')
          const besideX = secondX(s)
          if (besideX !== 0) return frameBoth(besideX, problemSide(s))
          const keys = [...new Set(s.chain.links.map((l) => l.region))]
          frameRegions(keys, getRegion(s.region!).side ?? s.chain.side, besideX)
        })
      })
    }
    frameAfterLayout.current = frameSoon
    // A link that opens the compare view frames both skeletons from the start.
    if (appStore.getState().chain && secondX(appStore.getState()) !== 0) frameSoon()
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
      const layout = (s: typeof next) => [s.mode, s.panelOpen, s.chartsVisible, s.presenterPanel, s.lesson ? s.slides[s.slide]?.kind : null].join()
      const secondMoved = beside !== secondX(prev)
      if (next.region !== prev.region || (next.chain && (secondMoved || next.compare !== prev.compare)) || layout(next) !== layout(prev)) frameSoon()
    })
    return () => {
      cancelAnimationFrame(pending)
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
