import { describe, expect, it, vi } from 'vitest'
import { createAppStore } from '../../src/state/store'
import { createChainExplorerApi, type ExplorerSnapshot } from '../../src/api/chainExplorer'

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
    expect(api.state()).toEqual({ region: 'ankle-right', panelOpen: true, ready: false })
    api.select(null)
    expect(api.state().region).toBeNull()
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
    expect(listener).toHaveBeenLastCalledWith({ region: 'lumbar', panelOpen: true, ready: false })
    off()
    api.select('pelvis')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('refuses unknown events', () => {
    const api = createChainExplorerApi(createAppStore())
    expect(() => api.on('click' as never, () => {})).toThrow(/change/)
  })
})
