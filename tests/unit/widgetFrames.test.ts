import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addWidgetFrame, runWidgetFrames, setSceneRunsWidgets } from '../../src/state/widgetFrames'

/** A fake animation-frame clock: requests wait until `flush` runs them. */
let pending = new Map<number, FrameRequestCallback>()
let nextId = 1
const flush = () => {
  const due = pending
  pending = new Map()
  for (const cb of due.values()) cb(0)
}

beforeEach(() => {
  pending = new Map()
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    pending.set(nextId, cb)
    return nextId++
  })
  vi.stubGlobal('cancelAnimationFrame', (id: number) => pending.delete(id))
})

afterEach(() => {
  setSceneRunsWidgets(false)
  vi.unstubAllGlobals()
})

describe('the widgets that follow the walk', () => {
  it('without a scene: run once as they mount, then on every animation frame, and stop asking when the last leaves', () => {
    const calls = { current: vi.fn<() => void>() }
    const remove = addWidgetFrame(calls)
    expect(calls.current).toHaveBeenCalledTimes(1)
    expect(pending.size).toBe(1)
    flush()
    flush()
    expect(calls.current).toHaveBeenCalledTimes(3)
    remove()
    expect(pending.size).toBe(0)
    flush()
    expect(calls.current).toHaveBeenCalledTimes(3)
  })

  it('with a scene: run after the scene’s frames only, with no animation frame of their own, and go back to their own loop when it leaves', () => {
    const calls = { current: vi.fn<() => void>() }
    const remove = addWidgetFrame(calls)
    setSceneRunsWidgets(true)
    expect(pending.size).toBe(0)
    flush()
    expect(calls.current).toHaveBeenCalledTimes(1)
    runWidgetFrames()
    runWidgetFrames()
    expect(calls.current).toHaveBeenCalledTimes(3)
    // A widget mounting while the scene runs them shows at once, and asks for no frame of its own.
    const later = { current: vi.fn<() => void>() }
    const removeLater = addWidgetFrame(later)
    expect(later.current).toHaveBeenCalledTimes(1)
    expect(pending.size).toBe(0)
    setSceneRunsWidgets(false)
    expect(pending.size).toBe(1)
    runWidgetFrames()
    expect(calls.current).toHaveBeenCalledTimes(3)
    flush()
    expect(calls.current).toHaveBeenCalledTimes(4)
    expect(later.current).toHaveBeenCalledTimes(2)
    removeLater()
    remove()
    expect(pending.size).toBe(0)
  })
})
