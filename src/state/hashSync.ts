import type { AppStore } from './store'
import { formatHash, parseHash } from './urlHash'

type HashWindow = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener'>

/**
 * Keeps the URL hash and the store in step, both ways:
 * - a new region is a new history entry, so Back returns to the previous one;
 * - the hash on load, on Back/Forward or typed by hand is applied to the store;
 * - a hash the app does not understand raises a notice and leaves the default view.
 * Returns a function that stops the sync.
 */
export function startHashSync(store: AppStore, win: HashWindow = window): () => void {
  let applyingUrl = false

  const applyLocation = () => {
    const { state, problems } = parseHash(win.location.hash)
    applyingUrl = true
    try {
      const { region, actions } = store.getState()
      if (region !== state.region) actions.select(state.region)
    } finally {
      applyingUrl = false
    }
    if (problems.length > 0) {
      store.getState().actions.showNotice(`${problems.join(' ')} Showing the overview instead.`)
    }
    // Rewrite a short or broken hash into its canonical form without adding a history entry.
    const canonical = formatHash({ region: store.getState().region })
    if (canonical !== win.location.hash) replaceHash(win, canonical)
  }

  applyLocation()

  const unsubscribe = store.subscribe((next, prev) => {
    if (applyingUrl || next.region === prev.region) return
    const hash = formatHash({ region: next.region })
    if (hash === win.location.hash) return
    const url = hash || win.location.pathname + win.location.search
    win.history.pushState(null, '', url)
  })

  win.addEventListener('popstate', applyLocation)
  win.addEventListener('hashchange', applyLocation)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', applyLocation)
    win.removeEventListener('hashchange', applyLocation)
  }
}

function replaceHash(win: HashWindow, hash: string) {
  win.history.replaceState(null, '', hash || win.location.pathname + win.location.search)
}
