import { describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../../src/state/store'
import { createChainExplorerApi, type ExplorerSnapshot } from '../../src/api/chainExplorer'
import { REGIONS } from '../../src/anatomy/regions'
import { CONDITIONS, conditionsFor } from '../../src/conditions'

describe('automation API', () => {
  it('lists the regions with their labels', () => {
    const api = createChainExplorerApi(createAppStore())
    expect(api.regions()).toHaveLength(8)
    expect(api.regions()[4]).toEqual({ key: 'knee-left', label: 'Left knee' })
  })

  it('selects through the store and reports the state', () => {
    const store = createAppStore()
    const api = createChainExplorerApi(store)
    api.select('ankle-right')
    expect(store.getState().region).toBe('ankle-right')
    expect(api.state()).toEqual({ region: 'ankle-right', condition: 'stiff-ankle', compare: null, step: 0, steps: 5, playing: true, speed: 1, mode: 'explore', panelOpen: true, ready: false, model: 'none' })
    api.select(null)
    expect(api.state().region).toBeNull()
  })

  it('lists each region’s conditions, the default first, and selects any of them', () => {
    const store = createAppStore()
    const api = createChainExplorerApi(store)
    for (const { key, kind } of REGIONS) {
      const listed = api.conditions(key)
      expect(listed).toEqual(conditionsFor(kind).map(({ id, label }) => ({ id, label })))
      api.select(key)
      expect(api.state().condition).toBe(listed[0]!.id)
      for (const { id } of listed) {
        api.select(key, { condition: id })
        const def = CONDITIONS.find((c) => c.id === id)!
        expect(api.state()).toMatchObject({ region: key, condition: id, step: 0, steps: def.links.length, playing: true })
        expect(api.chain()?.map((l) => l.title)).toEqual(def.links.map((l) => l.title))
      }
    }
    api.select(null)
    expect(api.state().condition).toBeNull()
  })

  it('refuses an unknown condition, one of another region, and bad options, keeping the state', () => {
    const store = createAppStore()
    const api = createChainExplorerApi(store)
    api.select('knee-left')
    expect(() => api.select('knee-left', { condition: 'broken-toe' as never })).toThrow(/"broken-toe"/)
    expect(() => api.select('knee-left', { condition: 'pinched-nerve-root' })).toThrow(/stiff-knee/)
    expect(() => api.select('knee-left', 'stiff-knee' as never)).toThrow(/object/)
    expect(() => api.conditions('toe' as never)).toThrow(/"toe"/)
    expect(api.state()).toMatchObject({ region: 'knee-left', condition: 'stiff-knee' })
  })

  it('throws a readable error for an unknown key', () => {
    const api = createChainExplorerApi(createAppStore())
    expect(() => api.select('toe' as never)).toThrow(/"toe"/)
  })

  it('notifies change listeners once per real change and stops when asked', () => {
    const store = createAppStore()
    const api = createChainExplorerApi(store)
    const listener = vi.fn<(state: ExplorerSnapshot) => void>()
    const off = api.on('change', listener)
    api.select('lumbar')
    api.select('lumbar')
    store.getState().actions.showNotice('not part of the snapshot')
    expect(listener).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenLastCalledWith(expect.objectContaining({ region: 'lumbar', steps: 5, playing: true }))
    off()
    api.select('pelvis')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('refuses unknown events', () => {
    const api = createChainExplorerApi(createAppStore())
    expect(() => api.on('click' as never, () => {})).toThrow(/change/)
  })
  it('steps, plays and pauses the chain', () => {
    const store = createAppStore()
    const api = createChainExplorerApi(store)
    api.select('hip-left')
    const steps = api.state().steps
    for (let i = 0; i < steps; i++) api.next()
    expect(api.state()).toMatchObject({ step: steps - 1, steps })
    api.previous()
    api.pause()
    expect(api.state()).toMatchObject({ step: steps - 2, playing: false })
    api.play()
    expect(api.state().playing).toBe(true)
  })

  it('has no screen position without a scene, and rejects unknown keys', () => {
    const api = createChainExplorerApi(createAppStore())
    expect(api.screenPosition('knee-left')).toBeNull()
    expect(() => api.screenPosition('nose' as never)).toThrow(/region key/)
  })
})
