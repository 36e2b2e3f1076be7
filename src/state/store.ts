import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { isRegionKey, type RegionKey } from '../anatomy/regions'

export type SceneStatus = 'loading' | 'ready' | 'context-lost' | 'unavailable' | 'model-error'

export interface Notice {
  /** Increases with every notice so the UI can tell a repeat from the same one. */
  id: number
  text: string
}

/** Named camera views: anatomical directions plus the starting view. */
export type CameraView = 'front' | 'back' | 'left' | 'right' | 'top' | 'reset'

export interface AppState {
  /** The chosen region, or null for the overview. */
  region: RegionKey | null
  /** The explanation panel can be closed while its region stays chosen (e.g. to watch the skeleton on a phone). */
  panelOpen: boolean
  notice: Notice | null
  sceneStatus: SceneStatus
  /** Which skeleton file is on screen: the small first-view model, then the full one. */
  modelDetail: 'none' | 'lite' | 'full'
  /** The region under the pointer or keyboard focus (shows its glow and name). */
  hoverRegion: RegionKey | null
  /** Whether the region name labels float over the skeleton. */
  labelsVisible: boolean
  /** Whether bones outside the chosen chain are drawn faint. */
  ghostOthers: boolean
  /** The last camera view asked for; `id` changes with every request so a repeat still moves. */
  viewRequest: { view: CameraView; id: number } | null
  actions: AppActions
}

export interface AppActions {
  /** Choose a region (opens its panel) or go back to the overview with null. */
  select: (key: RegionKey | null) => void
  openPanel: () => void
  closePanel: () => void
  showNotice: (text: string) => void
  dismissNotice: () => void
  setSceneStatus: (status: SceneStatus) => void
  setModelDetail: (detail: 'lite' | 'full') => void
  setHoverRegion: (key: RegionKey | null) => void
  setLabelsVisible: (visible: boolean) => void
  setGhostOthers: (ghost: boolean) => void
  requestView: (view: CameraView) => void
}

export type AppStore = ReturnType<typeof createAppStore>

/** A factory so that tests get a fresh store; the app uses the single `appStore` below. */
export function createAppStore() {
  let noticeId = 0
  let viewId = 0
  return createStore<AppState>()((set, get) => ({
    region: null,
    panelOpen: false,
    notice: null,
    sceneStatus: 'loading',
    modelDetail: 'none',
    hoverRegion: null,
    labelsVisible: true,
    ghostOthers: false,
    viewRequest: null,
    actions: {
      select: (key) => {
        if (key !== null && !isRegionKey(key)) {
          throw new TypeError(`select() expects one of the region keys or null, got ${JSON.stringify(key)}`)
        }
        set({ region: key, panelOpen: key !== null })
      },
      openPanel: () => {
        if (get().region !== null) set({ panelOpen: true })
      },
      closePanel: () => set({ panelOpen: false }),
      showNotice: (text) => set({ notice: { id: ++noticeId, text } }),
      dismissNotice: () => set({ notice: null }),
      setSceneStatus: (sceneStatus) => set({ sceneStatus }),
      // The full model never gives way to the lite one, whichever finishes loading last.
      setModelDetail: (detail) => {
        if (get().modelDetail !== 'full') set({ modelDetail: detail })
      },
      setHoverRegion: (hoverRegion) => {
        if (get().hoverRegion !== hoverRegion) set({ hoverRegion })
      },
      setLabelsVisible: (labelsVisible) => set({ labelsVisible }),
      setGhostOthers: (ghostOthers) => set({ ghostOthers }),
      requestView: (view) => set({ viewRequest: { view, id: ++viewId } }),
    },
  }))
}

export const appStore = createAppStore()

/** React binding of the app store; pass a selector so a component re-renders only for what it reads. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector)
}

export const useActions = () => useAppStore((s) => s.actions)
