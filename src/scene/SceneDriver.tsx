import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3 } from 'three'
import { REGION_KEYS } from '../anatomy/regions'
import { appStore } from '../state/store'
import { setRegionGlow } from './boneMaterial'
import { glowUniforms } from './glowUniforms'
import { planGlow } from './glowPlan'
import { liveScene } from './liveScene'
import { placeShapes, projectToCanvas, shapePoint } from './regionGeometry'
import { REGION_INDEX } from './boneMaterial'

const mid = new Vector3()

/**
 * The per-frame work that does not belong to one object: region capsules follow the joints, the
 * glow uniforms follow the store, and the DOM labels follow the regions on screen.
 * Everything here writes to refs, uniforms or element styles; nothing sets React state.
 */
export function SceneDriver() {
  const camera = useThree((s) => s.camera)
  const size = useThree((s) => s.size)

  useEffect(() => {
    liveScene.camera = camera
  }, [camera])

  useEffect(() => {
    liveScene.viewport = { width: size.width, height: size.height, left: size.left, top: size.top }
  }, [size])

  useFrame((state) => {
    if (liveScene.joints.size === 0) return
    placeShapes(liveScene.joints, liveScene.shapes)
    glowUniforms.uTime.value = state.clock.elapsedTime
    for (const s of liveScene.shapes) {
      const i = REGION_INDEX.get(s.key)!
      glowUniforms.uRegionA.value[i]!.set(...s.a)
      glowUniforms.uRegionB.value[i]!.set(...s.b)
      glowUniforms.uRegionRadius.value[i] = s.radius
    }
    const { hoverRegion, region } = appStore.getState()
    const plan = planGlow({ hover: hoverRegion, selected: region, chain: liveScene.chainGlow })
    for (const key of REGION_KEYS) setRegionGlow(glowUniforms, key, plan[key].colour, plan[key].intensity, plan[key].mode)

    // Labels sit at the middle of each region's capsule.
    const { width, height } = liveScene.viewport
    for (const s of liveScene.shapes) {
      const el = liveScene.labelElements.get(s.key)
      if (!el) continue
      const p = projectToCanvas(shapePoint(s, 0.5, mid), state.camera, width, height)
      if (p) {
        el.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`
        el.dataset.side = p.x < width / 2 ? 'left' : 'right'
        el.hidden = false
      } else el.hidden = true
    }
  })

  return null
}
