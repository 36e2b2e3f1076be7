import { REGIONS, type RegionKey } from '../anatomy/regions'
import type { AppState, AppStore } from '../state/store'

/** What `state()` reports; extended as features arrive, never renamed (README "Automation API"). */
export interface ExplorerSnapshot {
  region: RegionKey | null
  panelOpen: boolean
  /** True once the 3D scene has drawn its first frame. */
  ready: boolean
}

declare global {
  interface Window {
    /** The automation API; installed by main.tsx before the first render. */
    chainExplorer: ChainExplorerApi
  }
}

export type ChangeListener = (state: ExplorerSnapshot) => void

export interface ChainExplorerApi {
  /** The region keys and labels, in display order. */
  regions: () => { key: RegionKey; label: string }[]
  /** Chooses a region by key, or returns to the overview with null. Throws on an unknown key. */
  select: (key: RegionKey | null) => void
  state: () => ExplorerSnapshot
  /** Calls `listener` after every change of the snapshot; returns a function that stops it. */
  on: (event: 'change', listener: ChangeListener) => () => void
}

function snapshot(s: AppState): ExplorerSnapshot {
  return { region: s.region, panelOpen: s.panelOpen, ready: s.sceneStatus === 'ready' }
}

function sameSnapshot(a: ExplorerSnapshot, b: ExplorerSnapshot): boolean {
  return a.region === b.region && a.panelOpen === b.panelOpen && a.ready === b.ready
}

export function createChainExplorerApi(store: AppStore): ChainExplorerApi {
  return {
    regions: () => REGIONS.map(({ key, label }) => ({ key, label })),
    select: (key) => store.getState().actions.select(key),
    state: () => snapshot(store.getState()),
    on: (event, listener) => {
      if (event !== 'change') throw new TypeError(`on() supports only the "change" event, got ${JSON.stringify(event)}`)
      if (typeof listener !== 'function') throw new TypeError('on("change", listener) needs a function')
      let last = snapshot(store.getState())
      return store.subscribe((next) => {
        const now = snapshot(next)
        if (sameSnapshot(now, last)) return
        last = now
        listener(now)
      })
    },
  }
}
