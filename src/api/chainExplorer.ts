import { REGIONS, getRegion, isRegionKey, type RegionKey } from '../anatomy/regions'
import type { LinkRole } from '../chains/types'
import { conditionsFor, type ConditionId } from '../conditions'
import type { AppMode, AppState, AppStore, CompareWith, SelectOptions } from '../state/store'

/** What `state()` reports; extended as features arrive, never renamed (README "Automation API"). */
export interface ExplorerSnapshot {
  region: RegionKey | null
  /** The chosen condition of that region (see conditions(key)); null on the overview. */
  condition: ConditionId | null
  /** The compare view: the second skeleton's condition id or 'normal'; null when off. */
  compare: CompareWith | null
  /** Index of the chain link on screen (0-based); 0 on the overview. */
  step: number
  /** Number of links in the chosen chain; 0 on the overview. */
  steps: number
  playing: boolean
  speed: number
  mode: AppMode
  panelOpen: boolean
  /** True once the 3D scene has drawn its first frame. */
  ready: boolean
  /** Which skeleton is on screen: 'lite' shows first, 'full' replaces it. */
  model: 'none' | 'lite' | 'full'
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
  /** The conditions that start at a region, `{ id, label }`, the default first. Throws on an unknown key. */
  conditions: (key: RegionKey) => { id: ConditionId; label: string }[]
  /**
   * Chooses a region by key (and plays its chain), or returns to the overview with null; `condition`
   * picks one of conditions(key) (default: the first); `compare` puts a second skeleton beside it with
   * another of conditions(key) or 'normal' (null: off). Throws on an unknown key, condition or compare.
   */
  select: (key: RegionKey | null, options?: SelectOptions) => void
  play: () => void
  pause: () => void
  /** The chosen chain's links in order (region, role, title), or null on the overview. */
  chain: () => { region: RegionKey; role: LinkRole; title: string }[] | null
  /** The next / previous link of the chain (stays at the ends). */
  next: () => void
  previous: () => void
  state: () => ExplorerSnapshot
  /** Calls `listener` after every change of the snapshot; returns a function that stops it. */
  on: (event: 'change', listener: ChangeListener) => () => void
  /**
   * Where the region is on screen, in CSS pixels of the page: a point whose click chooses it.
   * Null when it is off screen, hidden, or the 3D view is not ready.
   */
  screenPosition: (key: RegionKey) => { x: number; y: number } | null
}

/** What the API needs from the 3D scene; absent when there is no scene (tests, no WebGL). */
export interface SceneAdapter {
  screenPosition: (key: RegionKey) => { x: number; y: number } | null
}

/**
 * The 3D scene is loaded on demand, after the page: it plugs itself in here when it arrives, so the
 * page's first bytes need no three.js.
 */
export const sceneBridge: { adapter: SceneAdapter | null } = { adapter: null }

function snapshot(s: AppState): ExplorerSnapshot {
  return {
    region: s.region,
    condition: s.condition,
    compare: s.compare,
    step: s.chain ? s.step : 0,
    steps: s.chain ? s.chain.links.length : 0,
    playing: s.playing,
    speed: s.speed,
    mode: s.mode,
    panelOpen: s.panelOpen,
    ready: s.sceneStatus === 'ready',
    model: s.modelDetail,
  }
}

function sameSnapshot(a: ExplorerSnapshot, b: ExplorerSnapshot): boolean {
  return (Object.keys(a) as (keyof ExplorerSnapshot)[]).every((k) => a[k] === b[k])
}

export function createChainExplorerApi(store: AppStore, bridge: { adapter: SceneAdapter | null } = { adapter: null }): ChainExplorerApi {
  return {
    regions: () => REGIONS.map(({ key, label }) => ({ key, label })),
    conditions: (key) => {
      if (!isRegionKey(key)) throw new TypeError(`conditions() expects a region key, got ${JSON.stringify(key)}`)
      return conditionsFor(getRegion(key).kind).map(({ id, label }) => ({ id, label }))
    },
    select: (key, options) => {
      if (options !== undefined && (typeof options !== 'object' || options === null)) {
        throw new TypeError(`select() expects its options as an object such as { condition: "stiff-knee" }, got ${JSON.stringify(options)}`)
      }
      if (options === undefined) return store.getState().actions.select(key)
      const picked: SelectOptions = { condition: options.condition }
      if (options.compare !== undefined) picked.compare = options.compare
      store.getState().actions.select(key, picked)
    },
    chain: () => store.getState().chain?.links.map(({ region, role, title }) => ({ region, role, title })) ?? null,
    play: () => store.getState().actions.play(),
    pause: () => store.getState().actions.pause(),
    next: () => store.getState().actions.next(),
    previous: () => store.getState().actions.previous(),
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
    screenPosition: (key) => {
      if (!isRegionKey(key)) throw new TypeError(`screenPosition() expects a region key, got ${JSON.stringify(key)}`)
      if (!bridge.adapter || store.getState().sceneStatus !== 'ready') return null
      return bridge.adapter.screenPosition(key)
    },
  }
}
