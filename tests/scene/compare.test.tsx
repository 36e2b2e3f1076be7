import { create } from '@react-three/test-renderer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { REGIONS, getRegion } from '../../src/anatomy/regions'
import { conditionsFor } from '../../src/conditions'
import { ChainPlayer } from '../../src/scene/ChainPlayer'
import { SceneDriver } from '../../src/scene/SceneDriver'
import { secondGlowUniforms } from '../../src/scene/glowUniforms'
import { REGION_INDEX } from '../../src/scene/boneMaterial'
import { liveScene } from '../../src/scene/liveScene'
import { livePlayback } from '../../src/state/livePlayback'
import { appStore } from '../../src/state/store'
import { buildJointRig } from './support/joints'

const initial = appStore.getState()

beforeEach(() => {
  appStore.setState({ ...initial })
  liveScene.joints = buildJointRig().joints
  liveScene.secondJoints = buildJointRig().joints
  livePlayback.floorOffset = 0
  livePlayback.secondFloorOffset = 0
})

afterEach(() => {
  appStore.getState().actions.select(null)
  liveScene.joints = new Map()
  liveScene.secondJoints = new Map()
  liveScene.shapes = []
  liveScene.secondShapes = []
})

const kneeAngle = (joints: Map<string, import('three').Object3D>) => joints.get('knee_l')!.rotation.x

describe('compare view in the frame pipeline', () => {
  it('poses the second skeleton as normal walking, at the same phase, on its own floor', async () => {
    appStore.getState().actions.select('knee-left', { compare: 'normal' })
    appStore.getState().actions.goToStep(appStore.getState().chain!.links.length - 1)
    const r = await create(
      <>
        <SceneDriver />
        <ChainPlayer />
      </>,
    )
    let largest = 0
    for (let i = 0; i < 40; i++) {
      await r.advanceFrames(1, 0.05)
      largest = Math.max(largest, Math.abs(kneeAngle(liveScene.joints) - kneeAngle(liveScene.secondJoints)))
    }
    // A stiff knee bends far less in swing than a normal one: the two left knees part during the stride.
    expect(largest).toBeGreaterThan(0.2)
    expect(liveScene.secondGlow).toBeNull()
    // Both walkways moved, each by its own skeleton's loaded foot, so they are not the same distance.
    expect(livePlayback.floorOffset).toBeGreaterThan(0.1)
    expect(livePlayback.secondFloorOffset).toBeGreaterThan(0.1)
    expect(livePlayback.secondFloorOffset).not.toBeCloseTo(livePlayback.floorOffset, 3)
    // Its capsules follow its own joints; with no chain of its own nothing on it glows.
    expect(liveScene.secondShapes.length).toBeGreaterThan(0)
    for (const v of secondGlowUniforms.uRegionGlow.value) expect(v.w).toBe(0)
  })

  const pair = REGIONS.find((x) => conditionsFor(x.kind).length > 1)
  it.skipIf(!pair)('lights the second skeleton with its own chain', async () => {
    const [a, b] = conditionsFor(getRegion(pair!.key).kind)
    appStore.getState().actions.select(pair!.key, { condition: a!.id, compare: b!.id })
    appStore.getState().actions.goToStep(appStore.getState().chain!.links.length - 1)
    const r = await create(
      <>
        <ChainPlayer />
        <SceneDriver />
      </>,
    )
    await r.advanceFrames(30, 0.1)
    expect(liveScene.secondGlow).not.toBeNull()
    expect(liveScene.secondGlow!.lumbar!.role).not.toBeNull()
    expect(secondGlowUniforms.uRegionGlow.value[REGION_INDEX.get('lumbar')!]!.w).toBeGreaterThan(0)
  })
})
