import { create } from '@react-three/test-renderer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Vector3 } from 'three'
import { restShapes } from '../../src/anatomy/regionShapes'
import { JOINT_POSITIONS, SPINE } from '../../src/anatomy/skeletonLayout'
import type { Vec3 } from '../../src/anatomy/skeletonLayout'
import { SkeletonInteraction } from '../../src/scene/SkeletonInteraction'
import { liveScene } from '../../src/scene/liveScene'
import { appStore } from '../../src/state/store'

const initial = appStore.getState()
const at = (p: Vec3, dx = 0, dy = 0, dz = 0) => new Vector3(p[0] + dx, p[1] + dy, p[2] + dz)

async function renderSkeleton() {
  const renderer = await create(
    <SkeletonInteraction>
      <mesh name="bone">
        <boxGeometry />
      </mesh>
    </SkeletonInteraction>,
  )
  const group = renderer.scene.children[0]!
  const click = (point: Vector3, delta = 0) => renderer.fireEvent(group, 'onClick', { point, delta, stopPropagation: () => {} })
  const move = (point: Vector3) => renderer.fireEvent(group, 'onPointerMove', { point, nativeEvent: { offsetX: 10, offsetY: 10 }, stopPropagation: () => {} })
  return { renderer, group, click, move }
}

beforeEach(() => {
  appStore.setState({ ...initial, region: null, panelOpen: false, hoverRegion: null })
  liveScene.shapes = restShapes()
})

afterEach(() => {
  liveScene.shapes = []
})

describe('picking on the skeleton', () => {
  it('resolves a hit on the femoral head to the hip, not to the femur as a whole', async () => {
    const { click } = await renderSkeleton()
    await click(at(JOINT_POSITIONS.hip_l!, 0.01, 0.015, 0))
    expect(appStore.getState().region).toBe('hip-left')
    expect(appStore.getState().panelOpen).toBe(true)
  })

  it('tells left from right: the skeleton’s left is +X', async () => {
    const { click } = await renderSkeleton()
    await click(at(JOINT_POSITIONS.hip_r!, -0.01, 0.015, 0))
    expect(appStore.getState().region).toBe('hip-right')
    await click(at(JOINT_POSITIONS.knee_l!, 0.01, 0.025, 0.04))
    expect(appStore.getState().region).toBe('knee-left')
    await click(at(JOINT_POSITIONS.knee_r!, -0.01, -0.02, 0.02))
    expect(appStore.getState().region).toBe('knee-right')
  })

  it('counts the heel and the toes as the ankle region', async () => {
    const { click } = await renderSkeleton()
    await click(at(JOINT_POSITIONS.ankle_l!, 0, -0.05, -0.06))
    expect(appStore.getState().region).toBe('ankle-left')
    await click(at(JOINT_POSITIONS.mtp_r!, 0, -0.01, 0.05))
    expect(appStore.getState().region).toBe('ankle-right')
  })

  it('separates the lumbar spine from the sacrum below it', async () => {
    const { click } = await renderSkeleton()
    const l3 = SPINE.lumbar.find((v) => v.name === 'L3')!
    await click(at(l3.lower, 0, 0.01, 0))
    expect(appStore.getState().region).toBe('lumbar')
    // A spinous process tip, 9 cm behind the body, is still the lumbar spine.
    await click(at(l3.lower, 0, 0.0, -0.09))
    expect(appStore.getState().region).toBe('lumbar')
    await click(at(SPINE.sacrum.s1Midpoint, 0, -0.05, -0.03))
    expect(appStore.getState().region).toBe('pelvis')
  })

  it('ignores a bone outside every region (mid-thigh) and keeps the selection', async () => {
    const { click } = await renderSkeleton()
    await click(at(JOINT_POSITIONS.knee_l!, 0.02, 0.04, 0.04))
    const midThigh = at(JOINT_POSITIONS.hip_l!).lerp(at(JOINT_POSITIONS.knee_l!), 0.5)
    await click(midThigh)
    expect(appStore.getState().region).toBe('knee-left')
  })

  it('never selects at the end of a drag', async () => {
    const { click } = await renderSkeleton()
    await click(at(JOINT_POSITIONS.knee_l!, 0.01, 0.02, 0.04), 40)
    expect(appStore.getState().region).toBeNull()
    await click(at(JOINT_POSITIONS.knee_l!, 0.01, 0.02, 0.04), 3)
    expect(appStore.getState().region).toBe('knee-left')
  })

  it('reopens the panel when the chosen region is clicked again', async () => {
    const { click } = await renderSkeleton()
    await click(at(JOINT_POSITIONS.hip_l!))
    appStore.getState().actions.closePanel()
    await click(at(JOINT_POSITIONS.hip_l!))
    expect(appStore.getState()).toMatchObject({ region: 'hip-left', panelOpen: true })
  })

  it('hovering names the region under the pointer, and leaving clears it', async () => {
    const { renderer, group, move } = await renderSkeleton()
    await move(at(JOINT_POSITIONS.knee_r!, 0, 0.02, 0.04))
    expect(appStore.getState().hoverRegion).toBe('knee-right')
    await move(at(JOINT_POSITIONS.hip_l!, 0, 0.4, 0.3))
    expect(appStore.getState().hoverRegion).toBeNull()
    await move(at(JOINT_POSITIONS.hip_l!))
    await renderer.fireEvent(group, 'onPointerOut', {})
    expect(appStore.getState().hoverRegion).toBeNull()
  })
})
