import type { AppState } from '../state/store'

/** The part of the app store this needs (the store itself, or a stand-in in tests). */
export interface SceneStatusSource {
  getState: () => Pick<AppState, 'sceneStatus' | 'modelDetail'>
  subscribe: (listener: (state: Pick<AppState, 'sceneStatus' | 'modelDetail'>) => void) => () => void
}

/** Waits after the first frame when the quality level keeps the light model (the full one never comes). */
export const AFTER_FIRST_FRAME_MS = 3_000
/** The latest start, whatever the 3D view does (a stalled download, a presenter window without one). */
export const AT_THE_LATEST_MS = 15_000

/**
 * Runs `start` once, when the first screen is complete: the full skeleton on screen, the 3D view
 * given up (no WebGL, no model), `AFTER_FIRST_FRAME_MS` after the first frame, or `AT_THE_LATEST_MS`
 * after the call. Used to save the offline copy: installing the service worker downloads and stores
 * every file of the app, and when it did that during the first load the first skeleton frame came
 * about 0.3 s later under software rendering (measured with `npm run bench`).
 */
export function whenFirstScreenSettled(store: SceneStatusSource, start: () => void): void {
  let started = false
  const timers: ReturnType<typeof setTimeout>[] = []
  let afterFirstFrame = false
  const run = () => {
    if (started) return
    started = true
    unsubscribe()
    timers.forEach(clearTimeout)
    start()
  }
  const check = (s: Pick<AppState, 'sceneStatus' | 'modelDetail'>) => {
    if (s.modelDetail === 'full' || s.sceneStatus === 'unavailable' || s.sceneStatus === 'model-error') run()
    else if (s.sceneStatus === 'ready' && !afterFirstFrame) {
      afterFirstFrame = true
      timers.push(setTimeout(run, AFTER_FIRST_FRAME_MS))
    }
  }
  const unsubscribe = store.subscribe(check)
  timers.push(setTimeout(run, AT_THE_LATEST_MS))
  check(store.getState())
}
