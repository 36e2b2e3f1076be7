import type { AppState, AppStore } from './store'
import { formatHash, parseHash, type UrlState } from './urlHash'
import { formatLesson } from '../lesson/lesson'

type HashWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>

export function urlStateOf(s: AppState): UrlState {
  return {
    region: s.region,
    condition: s.condition,
    compare: s.compare,
    step: s.step,
    speed: s.speed,
    mode: s.mode,
    side: s.centralSide,
    severity: s.severity,
    muscles: s.muscleLayer,
    lesson: s.lesson,
    slide: s.slide,
  }
}

/**
 * Keeps the URL hash and the store in step, both ways:
 * - a new region, condition or compare view is a new history entry, so Back returns to the previous one; other changes
 *   (step, speed, mode, side, severity) update the current entry;
 * - the hash on load, on Back/Forward or typed by hand is applied to the store;
 * - a part of the hash the app does not understand raises a notice and falls back to its default.
 * `keep` ('embed=1&origin=...') stays at the end of every hash written, so an embedded app stays embedded.
 * Returns a function that stops the sync.
 */
export function startHashSync(store: AppStore, win: HashWindow = window, keep = ''): () => void {
  let applyingUrl = false
  const hashOf = (s: AppState) => withKept(formatHash(urlStateOf(s)), keep)

  const applyLocation = () => {
    const { state, problems } = parseHash(win.location.hash)
    applyingUrl = true
    try {
      const current = store.getState()
      const { actions } = current
      // The side and severity first, so the chain is built for them (a lesson sets its own).
      if (!state.lesson && state.side !== current.centralSide) actions.setSide(state.side)
      if (!state.lesson && state.severity !== current.severity) actions.setSeverity(state.severity)
      if (state.speed !== current.speed) actions.setSpeed(state.speed)
      if (state.mode !== current.mode) actions.setMode(state.mode)
      if (state.muscles !== current.muscleLayer) actions.setMuscleLayer(state.muscles)
      if (state.lesson) {
        const same = current.lesson && formatLesson(current.lesson) === formatLesson(state.lesson) && current.lesson.predict === state.lesson.predict
        if (!same) actions.startLesson(state.lesson, state.slide)
        else if (state.slide !== current.slide) actions.goToSlide(state.slide)
      } else {
        if (current.lesson) actions.endLesson()
        if (state.region !== current.region || state.condition !== current.condition || state.compare !== current.compare) {
          actions.select(state.region, state.condition ? { condition: state.condition, compare: state.compare } : undefined)
        }
        if (state.step !== store.getState().step) actions.goToStep(state.step)
      }
    } finally {
      applyingUrl = false
    }
    if (problems.length > 0) {
      const fallback = state.region || state.lesson ? '' : ' Showing the overview instead.'
      store.getState().actions.showNotice(`${problems.join(' ')}${fallback}`)
    }
    // Rewrite a short or broken hash into its canonical form without adding a history entry.
    const canonical = hashOf(store.getState())
    if (canonical !== win.location.hash) replaceHash(win, canonical)
  }

  applyLocation()

  const unsubscribe = store.subscribe((next, prev) => {
    if (applyingUrl) return
    const hash = hashOf(next)
    if (hash === win.location.hash) return
    const newView = next.region !== prev.region || next.condition !== prev.condition || next.compare !== prev.compare
    if (newView) win.history.pushState(null, '', hash || win.location.pathname + win.location.search)
    else replaceHash(win, hash)
  })

  win.addEventListener('popstate', applyLocation)
  win.addEventListener('hashchange', applyLocation)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', applyLocation)
    win.removeEventListener('hashchange', applyLocation)
  }
}

function withKept(hash: string, keep: string): string {
  if (!keep) return hash
  return hash ? `${hash}&${keep}` : `#${keep}`
}

function replaceHash(win: HashWindow, hash: string) {
  win.history.replaceState(null, '', hash || win.location.pathname + win.location.search)
}
