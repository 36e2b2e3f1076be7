import { useFrame, useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { Vector3, type Camera, type Object3D } from 'three'
import { REGION_KEYS, getRegion } from '../anatomy/regions'
import { LABEL_ANCHORS } from '../anatomy/regionShapes'
import { appStore } from '../state/store'
import { setRegionGlow } from './boneMaterial'
import { glowUniforms, secondGlowUniforms } from './glowUniforms'
import { planGlow, type ChainGlow } from './glowPlan'
import type { GlowUniforms } from './boneMaterial'
import type { PlacedShape } from '../anatomy/regionShapes'
import type { RegionKey } from '../anatomy/regions'
import { secondX } from './secondSkeleton'
import { liveScene } from './liveScene'
import { cameraRig } from './cameraCommands'
import { placeShapes, projectToCanvas } from './regionGeometry'
import { REGION_INDEX } from './boneMaterial'
import { FRAME_ORDER } from './frameOrder'

const facing: { side: 'left' | 'right' } = { side: 'left' }
const anchor = new Vector3()
const outward = new Vector3()
/** Seconds the glow has animated: it runs only while the chain plays, so a paused view can stop drawing. */
let glowTime = 0
const feet = new Vector3()

/** One skeleton's glow: its capsules (world space) and what each region shows, into its uniforms. */
function applyGlow(
  u: GlowUniforms,
  shapes: readonly PlacedShape[],
  input: { hover: RegionKey | null; selected: RegionKey | null; chain: Partial<Record<RegionKey, ChainGlow>> | null },
  present: boolean,
) {
  for (const s of shapes) {
    const i = REGION_INDEX.get(s.key)!
    u.uRegionA.value[i]!.set(...s.a)
    u.uRegionB.value[i]!.set(...s.b)
    u.uRegionRadius.value[i] = s.radius
  }
  const plan = planGlow(input)
  for (const key of REGION_KEYS) {
    const { colour, intensity, mode } = plan[key]
    // On a projector the glows must read from the back of the room.
    setRegionGlow(u, key, colour, present ? projectorGlow(intensity) : intensity, mode)
  }
}

/** Shows or hides a tag, touching the DOM only when that changes (every write costs style work each frame). */
function showElement(el: HTMLElement, visible: boolean) {
  if (el.hidden === visible) el.hidden = !visible
}

/** Puts a name plate on the floor just in front of a skeleton's feet (hidden when off screen). */
function placePlate(el: HTMLElement | null, pelvis: Object3D | undefined, camera: Camera, width: number, height: number) {
  if (!el) return
  if (!pelvis) {
    showElement(el, false)
    return
  }
  pelvis.getWorldPosition(feet)
  const p = projectToCanvas(feet.set(feet.x, 0, feet.z + 0.22), camera, width, height)
  if (p) el.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`
  showElement(el, p !== null)
}

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

  useFrame((state, delta) => {
    if (liveScene.joints.size === 0) return
    placeShapes(liveScene.joints, liveScene.shapes)
    // With reduced motion the rings and throbs hold still (their shapes still tell the roles apart);
    // when paused they hold too, so nothing moves and the canvas draws only on demand (RenderOnDemand).
    if (appStore.getState().playing) glowTime += Math.min(delta, 1)
    glowUniforms.uTime.value = cameraRig.reducedMotion ? 0.6 : glowTime
    const store = appStore.getState()
    const { hoverRegion, region } = store
    applyGlow(glowUniforms, liveScene.shapes, { hover: hoverRegion, selected: region, chain: liveScene.chainGlow }, store.mode === 'present')
    // The second skeleton glows with its own chain only: hover and selection belong to the first.
    if (liveScene.secondJoints.size > 0) {
      placeShapes(liveScene.secondJoints, liveScene.secondShapes)
      secondGlowUniforms.uTime.value = glowUniforms.uTime.value
      applyGlow(secondGlowUniforms, liveScene.secondShapes, { hover: null, selected: null, chain: liveScene.secondGlow }, store.mode === 'present')
    }
    const { width, height } = liveScene.viewport
    if (store.compare !== null) {
      placePlate(liveScene.plateElements.first, liveScene.joints.get('pelvis'), state.camera, width, height)
      placePlate(liveScene.plateElements.second, liveScene.secondJoints.get('pelvis'), state.camera, width, height)
    }

    // Name tags sit on their bone and lean away from the body on screen. Of the sided regions only
    // the side turned toward the camera is tagged (five tags, not eight), switching with a margin
    // so the tags do not flicker when the camera looks straight at the front.
    // With a second skeleton beside, "facing" is judged from between the two.
    const camX = state.camera.position.x - secondX(store) / 2
    if (camX > 0.25) facing.side = 'left'
    else if (camX < -0.25) facing.side = 'right'
    for (const label of LABEL_ANCHORS) {
      const el = liveScene.labelElements.get(label.key)
      const joint = liveScene.joints.get(label.anchor.joint)
      if (!el || !joint) continue
      const side = getRegion(label.key).side
      if (side && side !== facing.side && label.key !== region) {
        showElement(el, false)
        continue
      }
      joint.localToWorld(anchor.set(...label.anchor.offset))
      joint.localToWorld(outward.set(label.anchor.offset[0] + 0.1 * label.outward, label.anchor.offset[1], label.anchor.offset[2]))
      const p = projectToCanvas(anchor, state.camera, width, height)
      const q = projectToCanvas(outward, state.camera, width, height)
      if (p) {
        el.style.transform = `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px)`
        const lean = q && q.x < p.x ? 'left' : 'right'
        if (el.dataset.side !== lean) el.dataset.side = lean
      }
      showElement(el, p !== null)
    }
  }, FRAME_ORDER.regions)

  return null
}
