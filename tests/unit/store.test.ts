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
