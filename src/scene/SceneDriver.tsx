import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3 } from 'three'
import { REGION_KEYS, getRegion } from '../anatomy/regions'
import { LABEL_ANCHORS } from '../anatomy/regionShapes'
import { appStore } from '../state/store'
import { setRegionGlow } from './boneMaterial'
import { glowUniforms } from './glowUniforms'
import { planGlow } from './glowPlan'
import { liveScene } from './liveScene'
import { cameraRig } from './cameraCommands'
import { placeShapes, projectToCanvas } from './regionGeometry'
import { REGION_INDEX } from './boneMaterial'
import { FRAME_ORDER } from './frameOrder'

const facing: { side: 'left' | 'right' } = { side: 'left' }
const anchor = new Vector3()
const outward = new Vector3()

/**
 * The per-frame work that does not belong to one object: region capsules follow the joints, the
 * glow uniforms follow the store, and the DOM labels follow the regions on screen.
 * Everything here writes to refs, uniforms or element styles; nothing sets React state.
 */
/** A washed-out projector flattens dim glows: in presenter mode every lit region keeps at least 60% of full strength. */
function projectorGlow(intensity: number): number {
  return intensity > 0 ? 0.6 + 0.4 * intensity : 0
}

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
    // With reduced motion the rings and throbs hold still (their shapes still tell the roles apart).
    glowUniforms.uTime.value = cameraRig.reducedMotion ? 0.6 : state.clock.elapsedTime
    for (const s of liveScene.shapes) {
      const i = REGION_INDEX.get(s.key)!
      glowUniforms.uRegionA.value[i]!.set(...s.a)
      glowUniforms.uRegionB.value[i]!.set(...s.b)
      glowUniforms.uRegionRadius.value[i] = s.radius
    }
    const { hoverRegion, region, mode } = appStore.getState()
    const plan = planGlow({ hover: hoverRegion, selected: region, chain: liveScene.chainGlow })
    for (const key of REGION_KEYS) {
      const { colour, intensity, mode: glowMode } = plan[key]
      setRegionGlow(glowUniforms, key, colour, mode === 'present' ? projectorGlow(intensity) : intensity, glowMode)
    }

    // Name tags sit on their bone and lean away from the body on screen. Of the sided regions only
    // the side turned toward the camera is tagged (five tags, not eight), switching with a margin
    // so the tags do not flicker when the camera looks straight at the front.
    const camX = state.camera.position.x
    if (camX > 0.25) facing.side = 'left'
    else if (camX < -0.25) facing.side = 'right'
    const { width, height } = liveScene.viewport
    for (const label of LABEL_ANCHORS) {
      const el = liveScene.labelElements.get(label.key)
      const joint = liveScene.joints.get(label.anchor.joint)
      if (!el || !joint) continue
      const side = getRegion(label.key).side
      if (side && side !== facing.side && label.key !== region) {
        el.hidden = true
        continue
      }
      joint.localToWorld(anchor.set(...label.anchor.offset))
      joint.localToWorld(outward.set(label.anchor.offset[0] + 0.1 * label.outward, label.anchor.offset[1], label.anchor.offset[2]))
      const p = projectToCanvas(anchor, state.camera, width, height)
      const q = projectToCanvas(outward, state.camera, width, height)
      if (p) {
        el.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`
        el.dataset.side = q && q.x < p.x ? 'left' : 'right'
        el.hidden = false
      } else el.hidden = true
    }
  }, FRAME_ORDER.regions)

  return null
}
