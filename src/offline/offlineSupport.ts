/**
 * Registers the service worker (production builds only; see tools/offline/service-worker.js) and
 * tracks what the user should know about it. Kept apart from the app store: it is about the
 * installed copy of the app, not about the lesson, and it changes a handful of times per visit.
 */

export type OfflineState =
  /** No service worker (development, an old browser, a private window that refuses it). */
  | 'unavailable'
  /** The files are being saved. */
  | 'saving'
  /** Every file is saved; `announce` says whether it happened during this visit (worth telling). */
  | 'ready'
  /** A newer version is saved and waits for the next start, so a running lesson is never swapped. */
  | 'update-waiting'
  /** Saving stopped half way (the network dropped); the browser tries again on the next visit. */
  | 'failed'

export interface OfflineStatus {
  state: OfflineState
  /** True when the state is news for this visit and the user has not dismissed it. */
  announce: boolean
}

let status: OfflineStatus = { state: 'unavailable', announce: false }
const listeners = new Set<() => void>()

function setStatus(next: OfflineStatus) {
  status = next
  listeners.forEach((fn) => fn())
}

export const offlineStatus = {
  get: (): OfflineStatus => status,
  subscribe: (fn: () => void): (() => void) => {
    listeners.add(fn)
    return () => listeners.delete(fn)
  },
  dismiss: () => setStatus({ ...status, announce: false }),
}

/** Asks the active worker whether its cache is complete (it answers { offlineReady }). */
function askWorker(worker: ServiceWorker): Promise<boolean> {
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent) => {
      const data: unknown = event.data
      if (typeof data !== 'object' || data === null || !('offlineReady' in data)) return
      navigator.serviceWorker.removeEventListener('message', onMessage)
      resolve(data.offlineReady === true)
    }
    navigator.serviceWorker.addEventListener('message', onMessage)
    // A worker is same-origin by definition; its postMessage has no target-origin argument.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    worker.postMessage('offline-status')
  })
}

function watchInstalling(worker: ServiceWorker, isUpdate: boolean) {
  worker.addEventListener('statechange', () => {
    if (worker.state === 'installed' && isUpdate) setStatus({ state: 'update-waiting', announce: true })
    if (worker.state === 'redundant' && status.state === 'saving') setStatus({ state: 'failed', announce: true })
  })
}

/** `url` is relative to the page, so the app works (and is cached) from any sub-path. */
export async function registerOfflineSupport(url = 'sw.js'): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  const firstVisit = navigator.serviceWorker.controller === null
  try {
    const registration = await navigator.serviceWorker.register(url)
    if (registration.waiting && !firstVisit) setStatus({ state: 'update-waiting', announce: true })
    const installing = registration.installing
    if (installing) {
      if (firstVisit && !registration.active) setStatus({ state: 'saving', announce: false })
      watchInstalling(installing, !firstVisit || registration.active !== null)
    }
    registration.addEventListener('updatefound', () => {
      if (registration.installing) watchInstalling(registration.installing, registration.active !== null)
    })
    const ready = await navigator.serviceWorker.ready
    if (!ready.active || !(await askWorker(ready.active))) return
    if (status.state === 'update-waiting') return
    setStatus({ state: 'ready', announce: firstVisit })
  } catch {
    // Refused (a private window, a blocked origin): the app still works online, nothing to announce.
    setStatus({ state: 'unavailable', announce: false })
  }
}
