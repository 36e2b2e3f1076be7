/* The app's service worker: after one visit the whole app (page, code, styles, models, icons) opens
 * and plays with the network off. The build (tools/offline/precachePlugin.ts) fills in the two
 * placeholders below with the list of every file in dist/ and a version made from their contents.
 *
 * Rules that keep a running lesson safe:
 * - a new version installs in the background into its own cache and waits: no skipWaiting(), no
 *   clients.claim(), so an open page keeps the files it started with and the new version serves
 *   the next start of the app;
 * - install succeeds only when every file arrived, so a half-filled cache never takes over;
 * - only requests to this app's own origin and scope are answered; every file is fetched from the
 *   same origin, relative to this script. */

const PRECACHE = /* PRECACHE_ENTRIES */ []
const VERSION = /* PRECACHE_VERSION */ 'dev'

const CACHE_PREFIX = 'cce-precache-'
const CACHE_NAME = CACHE_PREFIX + VERSION
/** Each cache keeps the list it was filled from, so the next version copies unchanged files instead of downloading them. */
const MANIFEST_KEY = 'precache-manifest.json'

const scopeUrl = new URL(self.registration.scope)
const urlOf = (path) => new URL(path, scopeUrl).href

async function copyUnchanged(cache) {
  const reused = new Set()
  for (const name of await caches.keys()) {
    if (!name.startsWith(CACHE_PREFIX) || name === CACHE_NAME) continue
    const old = await caches.open(name)
    const oldManifest = await old.match(urlOf(MANIFEST_KEY))
    if (!oldManifest) continue
    const revisions = new Map((await oldManifest.json()).map((e) => [e.url, e.revision]))
    for (const entry of PRECACHE) {
      if (reused.has(entry.url) || revisions.get(entry.url) !== entry.revision) continue
      const response = await old.match(urlOf(entry.url))
      if (!response) continue
      await cache.put(urlOf(entry.url), response)
      reused.add(entry.url)
    }
  }
  return reused
}

async function fillCache() {
  const cache = await caches.open(CACHE_NAME)
  const reused = await copyUnchanged(cache)
  await Promise.all(
    PRECACHE.filter((entry) => !reused.has(entry.url)).map(async (entry) => {
      // 'reload' skips the HTTP cache: a stale copy must never be filed under the new version.
      const response = await fetch(urlOf(entry.url), { cache: 'reload', credentials: 'same-origin' })
      if (!response.ok) throw new Error(`Could not cache ${entry.url}: HTTP ${response.status}`)
      await cache.put(urlOf(entry.url), response)
    }),
  )
  // Written last: its presence says the cache is complete.
  await cache.put(urlOf(MANIFEST_KEY), new Response(JSON.stringify(PRECACHE), { headers: { 'Content-Type': 'application/json' } }))
}

self.addEventListener('install', (event) => {
  event.waitUntil(fillCache())
})

self.addEventListener('activate', (event) => {
  // Only now, with no page left on the old version, do the old files go.
  event.waitUntil(
    caches.keys().then((names) => Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE_NAME).map((n) => caches.delete(n)))),
  )
})

/** A page asks whether everything is cached (the "ready for offline use" status). */
self.addEventListener('message', (event) => {
  if (event.data !== 'offline-status' || !event.source) return
  caches
    .open(CACHE_NAME)
    .then((cache) => cache.match(urlOf(MANIFEST_KEY)))
    // A Client is same-origin by definition; its postMessage has no target-origin argument.
    // oxlint-disable-next-line unicorn/require-post-message-target-origin
    .then((complete) => event.source.postMessage({ offlineReady: Boolean(complete), version: VERSION }))
})

const INDEX = urlOf('index.html')

self.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  // Other origins and paths outside the app are none of this worker's business.
  if (url.origin !== scopeUrl.origin || !url.pathname.startsWith(scopeUrl.pathname)) return
  const isAppPage = request.mode === 'navigate' && (url.pathname === scopeUrl.pathname || url.href.split(/[?#]/)[0] === INDEX)
  const key = isAppPage ? INDEX : url.origin + url.pathname
  event.respondWith(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.match(key))
      .then((cached) => cached ?? fetch(request)),
  )
})
