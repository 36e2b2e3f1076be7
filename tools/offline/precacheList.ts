import { createHash } from 'node:crypto'

/** One file the service worker keeps for offline use: its path relative to the app, and a hash of its bytes. */
export interface PrecacheEntry {
  url: string
  revision: string
}

/** Where the service worker lives in dist/; it is fetched fresh by the browser and never precached. */
export const SERVICE_WORKER_FILE = 'sw.js'

/** Source maps are for developers; dotfiles are not the app's. */
function isPrecached(path: string): boolean {
  const name = path.split('/').pop() ?? path
  return path !== SERVICE_WORKER_FILE && !path.endsWith('.map') && !name.startsWith('.')
}

const hashOf = (data: Uint8Array | string) => createHash('sha256').update(data).digest('hex').slice(0, 16)

/**
 * The precache list for a build: every file of the output except the worker and source maps, in a
 * stable order, with a content hash per file and one version for the whole set (same files, same
 * version, so rebuilding unchanged sources does not make every browser download the app again).
 */
export function precacheManifest(files: { path: string; bytes: Uint8Array }[]): { entries: PrecacheEntry[]; version: string } {
  const entries = files
    .map(({ path, bytes }) => ({ url: path.replaceAll('\\', '/'), revision: hashOf(bytes) }))
    .filter((e) => isPrecached(e.url))
    .toSorted((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
  const version = hashOf(entries.map((e) => `${e.url} ${e.revision}`).join('\n'))
  return { entries, version }
}

/** The service worker's source with the list and version written into its two placeholders. */
export function fillServiceWorker(template: string, manifest: { entries: PrecacheEntry[]; version: string }): string {
  const withEntries = template.replace('/* PRECACHE_ENTRIES */ []', JSON.stringify(manifest.entries))
  const filled = withEntries.replace("/* PRECACHE_VERSION */ 'dev'", JSON.stringify(manifest.version))
  if (filled === withEntries || withEntries === template) throw new Error('service worker template lost its placeholders')
  return filled
}
