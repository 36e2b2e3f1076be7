import { create } from '@react-three/test-renderer'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { QUALITY_TARGETS } from '../../src/quality/ladder'
import { QualityGovernor } from '../../src/scene/QualityGovernor'
import { appStore } from '../../src/state/store'

const initial = appStore.getState()
/** A frame well over the slow target: every window judged at this rate is slow. */
const SLOW_S = (QUALITY_TARGETS.slowMs * 2) / 1000

beforeEach(() => {
  appStore.setState({ ...initial, quality: 4 })
})

afterEach(() => {
  appStore.getState().actions.select(null)
})

/** Seconds of slow frames until the governor first steps down, or null within `limit` seconds. */
async function secondsToStepDown(r: Awaited<ReturnType<typeof create>>, limit: number): Promise<number | null> {
  const start = appStore.getState().quality
  for (let t = 0; t < limit; t += SLOW_S) {
    await r.advanceFrames(1, SLOW_S)
    if (appStore.getState().quality !== start) return t + SLOW_S
  }
  return null
}

describe('quality governor', () => {
  it('judges nothing in the first two seconds of a chain, then steps down after two slow windows', async () => {
    const r = await create(<QualityGovernor start={4} />)
    appStore.getState().actions.select('knee-left')
    appStore.getState().actions.play()
    const seconds = await secondsToStepDown(r, 10)
    // Warm-up (2 s), three settling frames, then two windows of at least a second (about 4.7 s at 10 frames/s).
    expect(seconds).not.toBeNull()
    expect(seconds!).toBeGreaterThan(4)
    expect(seconds!).toBeLessThan(5)
    expect(appStore.getState().quality).toBe(5)
  })

  it('starts the warm-up again when another chain opens', async () => {
    const r = await create(<QualityGovernor start={4} />)
    appStore.getState().actions.select('knee-left')
    appStore.getState().actions.play()
    await r.advanceFrames(Math.round(3 / SLOW_S), SLOW_S)
    expect(appStore.getState().quality).toBe(4)
    appStore.getState().actions.select('ankle-right')
    appStore.getState().actions.play()
    expect(await secondsToStepDown(r, 10)).toBeGreaterThan(4)
  })

  it('measures nothing while no chain plays', async () => {
    const r = await create(<QualityGovernor start={4} />)
    await r.advanceFrames(Math.round(10 / SLOW_S), SLOW_S)
    expect(appStore.getState().quality).toBe(4)
  })
})
