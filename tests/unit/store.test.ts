import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../src/state/store'

describe('app store', () => {
  it('starts on the overview with the panel closed', () => {
    const s = createAppStore().getState()
    expect(s.region).toBeNull()
    expect(s.panelOpen).toBe(false)
    expect(s.sceneStatus).toBe('loading')
  })

  it('opens the panel when a region is chosen and closes it for the overview', () => {
    const store = createAppStore()
    store.getState().actions.select('knee-left')
    expect(store.getState()).toMatchObject({ region: 'knee-left', panelOpen: true })
    store.getState().actions.select(null)
    expect(store.getState()).toMatchObject({ region: null, panelOpen: false })
  })

  it('closes the panel while keeping the region, and reopens it', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('pelvis')
    actions.closePanel()
    expect(store.getState()).toMatchObject({ region: 'pelvis', panelOpen: false })
    actions.openPanel()
    expect(store.getState().panelOpen).toBe(true)
  })

  it('does not open a panel with nothing chosen', () => {
    const store = createAppStore()
    store.getState().actions.openPanel()
    expect(store.getState().panelOpen).toBe(false)
  })

  it('rejects an unknown key with a clear message and keeps the current state', () => {
    const store = createAppStore()
    store.getState().actions.select('hip-right')
    expect(() => store.getState().actions.select('shoulder' as never)).toThrow(/region keys or null.*shoulder/)
    expect(store.getState().region).toBe('hip-right')
  })

  it('numbers notices so a repeated message is still a new one', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.showNotice('a')
    const first = store.getState().notice
    actions.showNotice('a')
    expect(store.getState().notice?.id).toBeGreaterThan(first!.id)
    actions.dismissNotice()
    expect(store.getState().notice).toBeNull()
  })
})

describe('chain playback state', () => {
  it('builds the chain of the chosen region and starts it from its first link', () => {
    const store = createAppStore()
    store.getState().actions.select('knee-left')
    const s = store.getState()
    expect(s.chain?.links.map((l) => l.region)).toEqual(['knee-left', 'hip-left', 'pelvis', 'ankle-right', 'lumbar'])
    expect(s).toMatchObject({ step: 0, playing: true })
  })

  it('steps forward and back within the chain, and asks the player to seek', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('pelvis')
    const request = store.getState().stepRequest
    actions.next()
    actions.next()
    expect(store.getState().step).toBe(1)
    expect(store.getState().stepRequest).toBeGreaterThan(request)
    actions.previous()
    actions.previous()
    expect(store.getState().step).toBe(0)
    actions.goToStep(7)
    expect(store.getState().step).toBe(1)
  })

  it('lets the player report progress without a seek request', () => {
    const store = createAppStore()
    store.getState().actions.select('hip-right')
    const request = store.getState().stepRequest
    store.getState().actions.reportStep(2)
    expect(store.getState()).toMatchObject({ step: 2, stepRequest: request })
  })

  it('switches a sided chain to the other leg and keeps the link', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('ankle-left')
    actions.goToStep(2)
    actions.setSide('right')
    expect(store.getState()).toMatchObject({ region: 'ankle-right', step: 2 })
    expect(store.getState().chain?.links[0]!.region).toBe('ankle-right')
  })

  it('puts the pinched root of the lumbar chain on the chosen side', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('lumbar')
    actions.setSide('right')
    expect(store.getState().chain?.links.map((l) => l.region)).toEqual(['lumbar', 'knee-right', 'ankle-right', 'hip-right', 'lumbar'])
  })

  it('rejects speeds it does not offer and clamps severity', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    expect(() => actions.setSpeed(3)).toThrow(/0.25/)
    actions.setSpeed(0.25)
    actions.setSeverity(4)
    expect(store.getState()).toMatchObject({ speed: 0.25, severity: 1 })
  })

  it('keeps the chosen condition when the side changes, and restarts the chain when it changes', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('lumbar', { condition: 'pinched-nerve-root' })
    actions.goToStep(2)
    actions.setSide('right')
    expect(store.getState()).toMatchObject({ condition: 'pinched-nerve-root', step: 2, centralSide: 'right' })
    actions.setCondition('pinched-nerve-root')
    expect(store.getState()).toMatchObject({ condition: 'pinched-nerve-root', step: 0, playing: true })
    expect(store.getState().chain?.condition.id).toBe('pinched-nerve-root')
    expect(() => actions.setCondition('stiff-knee')).toThrow(RangeError)
    actions.select(null)
    expect(() => actions.setCondition('stiff-knee')).toThrow(/region/)
  })

  it('does not play without a chain', () => {
    const store = createAppStore()
    store.getState().actions.play()
    expect(store.getState().playing).toBe(false)
  })
})
