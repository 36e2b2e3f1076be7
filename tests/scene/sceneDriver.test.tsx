import { create } from '@react-three/test-renderer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { restShapes } from '../../src/anatomy/regionShapes'
import { SceneDriver } from '../../src/scene/SceneDriver'
import { REGION_INDEX } from '../../src/scene/boneMaterial'
import { glowUniforms } from '../../src/scene/glowUniforms'
import { liveScene } from '../../src/scene/liveScene'
import { appStore } from '../../src/state/store'
import { buildJointRig, poseJoint } from './support/joints'

const initial = appStore.getState()
const intensity = (key: Parameters<typeof REGION_INDEX.get>[0]) => glowUniforms.uRegionGlow.value[REGION_INDEX.get(key)!]!.w

beforeEach(() => {
  appStore.setState({ ...initial, region: null, hoverRegion: null })
  liveScene.joints = buildJointRig().joints
})

afterEach(() => {
  liveScene.joints = new Map()
  liveScene.shapes = []
})

describe('per-frame scene driver', () => {
  it('places the region capsules on the joints', async () => {
    const r = await create(<SceneDriver />)
    await r.advanceFrames(1, 0.016)
    const rest = restShapes()
    for (const [i, s] of liveScene.shapes.entries()) {
      expect(s.key).toBe(rest[i]!.key)
      for (let k = 0; k < 3; k++) {
        expect(s.a[k]).toBeCloseTo(rest[i]!.a[k]!, 6)
        expect(s.b[k]).toBeCloseTo(rest[i]!.b[k]!, 6)
      }
    }
  })

  it('makes the glow follow the joint when the leg moves', async () => {
    const r = await create(<SceneDriver />)
    await r.advanceFrames(1, 0.016)
    const before = [...liveScene.shapes.find((s) => s.key === 'knee-left')!.a]
    poseJoint(liveScene.joints, 'hip_l', { flexion: 40, adduction: 0, rotation: 0 })
    liveScene.joints.get('pelvis')!.parent!.updateMatrixWorld(true)
    await r.advanceFrames(1, 0.016)
    const knee = liveScene.shapes.find((s) => s.key === 'knee-left')!
    // Hip flexion swings the knee forward (+Z) and up.
    expect(knee.a[2] - before[2]!).toBeGreaterThan(0.2)
    expect(knee.a[1] - before[1]!).toBeGreaterThan(0.05)
    const i = REGION_INDEX.get('knee-left')!
    expect(glowUniforms.uRegionA.value[i]!.z).toBeCloseTo(knee.a[2], 6)
    const right = liveScene.shapes.find((s) => s.key === 'knee-right')!
    expect(right.a[2]).toBeCloseTo(before[2]!, 6)
  })

  it('lights only the hovered region, and the chosen one in its own colour', async () => {
    const r = await create(<SceneDriver />)
    appStore.getState().actions.setHoverRegion('knee-left')
    await r.advanceFrames(1, 0.016)
    expect(intensity('knee-left')).toBeGreaterThan(0.2)
    for (const k of ['lumbar', 'pelvis', 'hip-left', 'hip-right', 'knee-right', 'ankle-left', 'ankle-right'] as const) expect(intensity(k)).toBe(0)
    appStore.getState().actions.select('ankle-right')
    appStore.getState().actions.setHoverRegion(null)
    await r.advanceFrames(1, 0.016)
    expect(intensity('knee-left')).toBe(0)
    expect(intensity('ankle-right')).toBeGreaterThan(0.2)
  })
})
