import { create } from '@react-three/test-renderer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { placeShapes } from '../../src/scene/regionGeometry'
import { ChainPlayer } from '../../src/scene/ChainPlayer'
import { SceneDriver } from '../../src/scene/SceneDriver'
import { liveScene } from '../../src/scene/liveScene'
import { appStore } from '../../src/state/store'
import { buildJointRig } from './support/joints'

const initial = appStore.getState()

beforeEach(() => {
  appStore.setState({ ...initial })
  liveScene.joints = buildJointRig().joints
})

afterEach(() => {
  appStore.getState().actions.select(null)
  liveScene.joints = new Map()
  liveScene.shapes = []
})

describe('per-frame order', () => {
  it('places the region capsules on this frame’s pose even when the driver comes first in the JSX', async () => {
    appStore.getState().actions.select('ankle-left')
    const r = await create(
      <>
        <SceneDriver />
        <ChainPlayer />
      </>,
    )
    await r.advanceFrames(3, 0.05)
    const fresh = placeShapes(liveScene.joints, [])
    expect(liveScene.shapes.length).toBe(fresh.length)
    for (const [i, s] of liveScene.shapes.entries()) {
      for (let k = 0; k < 3; k++) expect(s.a[k]).toBeCloseTo(fresh[i]!.a[k]!, 9)
    }
  })
})
