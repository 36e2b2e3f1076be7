import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AFTER_FIRST_FRAME_MS, AT_THE_LATEST_MS, whenFirstScreenSettled, type SceneStatusSource } from '../../src/offline/whenFirstScreenSettled'
import type { AppState } from '../../src/state/store'

type Slice = Pick<AppState, 'sceneStatus' | 'modelDetail'>

/** A stand-in for the app store: a state and its listeners. */
function fakeStore(initial: Slice) {
  let state = initial
  const listeners = new Set<(s: Slice) => void>()
  const store: SceneStatusSource = {
    getState: () => state,
    subscribe: (fn) => {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
  }
  const set = (patch: Partial<Slice>) => {
    state = { ...state, ...patch }
    listeners.forEach((fn) => fn(state))
  }
  return { store, set, listeners }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('saving the offline copy after the first screen', () => {
  it('waits while the page loads, and starts once the full skeleton is on screen', () => {
    const { store, set, listeners } = fakeStore({ sceneStatus: 'loading', modelDetail: 'none' })
    const start = vi.fn<() => void>()
    whenFirstScreenSettled(store, start)
    set({ modelDetail: 'lite' })
    set({ sceneStatus: 'ready' })
    vi.advanceTimersByTime(AFTER_FIRST_FRAME_MS - 100)
    expect(start).not.toHaveBeenCalled()
    set({ modelDetail: 'full' })
    expect(start).toHaveBeenCalledTimes(1)
    // Once only, and it stops listening.
    vi.advanceTimersByTime(AT_THE_LATEST_MS)
    set({ modelDetail: 'lite' })
    set({ modelDetail: 'full' })
    expect(start).toHaveBeenCalledTimes(1)
    expect(listeners.size).toBe(0)
  })

  it('starts a few seconds after the first frame when the light model stays', () => {
    const { store, set } = fakeStore({ sceneStatus: 'loading', modelDetail: 'none' })
    const start = vi.fn<() => void>()
    whenFirstScreenSettled(store, start)
    set({ sceneStatus: 'ready', modelDetail: 'lite' })
    vi.advanceTimersByTime(AFTER_FIRST_FRAME_MS - 1)
    expect(start).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(start).toHaveBeenCalledTimes(1)
  })

  it('starts at once when the 3D view gave up, and at the latest after the deadline', () => {
    const gaveUp = fakeStore({ sceneStatus: 'loading', modelDetail: 'none' })
    const first = vi.fn<() => void>()
    whenFirstScreenSettled(gaveUp.store, first)
    gaveUp.set({ sceneStatus: 'unavailable' })
    expect(first).toHaveBeenCalledTimes(1)

    const stalled = fakeStore({ sceneStatus: 'loading', modelDetail: 'none' })
    const second = vi.fn<() => void>()
    whenFirstScreenSettled(stalled.store, second)
    vi.advanceTimersByTime(AT_THE_LATEST_MS - 1)
    expect(second).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('starts at once when the first screen is already complete', () => {
    const { store } = fakeStore({ sceneStatus: 'ready', modelDetail: 'full' })
    const start = vi.fn<() => void>()
    whenFirstScreenSettled(store, start)
    expect(start).toHaveBeenCalledTimes(1)
  })
})
