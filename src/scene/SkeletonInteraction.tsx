import type { ThreeEvent } from '@react-three/fiber'
import type { ReactNode } from 'react'
import { appStore } from '../state/store'
import { isClick, regionOfHit } from './pickRegion'
import { liveScene } from './liveScene'

function setCursor(pointer: boolean) {
  const canvas = liveScene.canvas
  if (canvas) canvas.style.cursor = pointer ? 'pointer' : ''
}

function onPointerMove(e: ThreeEvent<PointerEvent>) {
  e.stopPropagation()
  const region = regionOfHit(e.point)
  appStore.getState().actions.setHoverRegion(region)
  setCursor(region !== null)
}

function onPointerOut() {
  appStore.getState().actions.setHoverRegion(null)
  setCursor(false)
}

function onClick(e: ThreeEvent<MouseEvent>) {
  e.stopPropagation()
  if (!isClick(e.delta)) return
  const region = regionOfHit(e.point)
  if (!region) return
  const { region: current, actions } = appStore.getState()
  if (region === current) actions.openPanel()
  else actions.select(region)
}

/**
 * Hover and click on the skeleton: the hit point on the bone, not the bone's name, decides the
 * region, so the femur's head answers as the hip and its condyles as the knee. A drag that turns
 * the camera never selects.
 */
export function SkeletonInteraction({ children }: { children: ReactNode }) {
  return (
    <group onPointerMove={onPointerMove} onPointerOut={onPointerOut} onClick={onClick}>
      {children}
    </group>
  )
}
