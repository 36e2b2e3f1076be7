import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fillServiceWorker, precacheManifest } from '../../tools/offline/precacheList'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('the precache list written into the service worker', () => {
  const files = [
    { path: 'index.html', bytes: bytes('<html>') },
    { path: 'assets/index-abc.js', bytes: bytes('js') },
    { path: 'assets/index-abc.js.map', bytes: bytes('{}') },
    { path: 'models/skeleton.glb', bytes: bytes('glb') },
    { path: 'models/muscles.glb', bytes: bytes('muscles') },
    { path: 'sw.js', bytes: bytes('old worker') },
    { path: '.DS_Store', bytes: bytes('x') },
  ]

  it('lists every file of the build (every model included) but the worker, source maps and dotfiles', () => {
    const { entries } = precacheManifest(files)
    expect(entries.map((e) => e.url)).toEqual(['assets/index-abc.js', 'index.html', 'models/muscles.glb', 'models/skeleton.glb'])
    expect(entries.every((e) => /^[0-9a-f]{16}$/.test(e.revision))).toBe(true)
  })

  it('gives the same version for the same files and a new one when a byte changes', () => {
    const a = precacheManifest(files)
    expect(precacheManifest(files.toReversed()).version).toBe(a.version)
    const changed = files.map((f) => (f.path === 'models/skeleton.glb' ? { ...f, bytes: bytes('glb2') } : f))
    const b = precacheManifest(changed)
    expect(b.version).not.toBe(a.version)
    // Only the changed file gets a new revision, so the next install downloads only that one.
    expect(b.entries.filter((e, i) => e.revision !== a.entries[i]!.revision).map((e) => e.url)).toEqual(['models/skeleton.glb'])
  })

  it('fills the real worker template, which never skips waiting and only fetches its own files', () => {
    const template = readFileSync('tools/offline/service-worker.js', 'utf8')
    const manifest = precacheManifest(files)
    const worker = fillServiceWorker(template, manifest)
    expect(worker).toContain(`const PRECACHE = ${JSON.stringify(manifest.entries)}`)
    expect(worker).toContain(`const VERSION = "${manifest.version}"`)
    const code = worker.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    expect(code).not.toMatch(/skipWaiting\s*\(|clients\.claim\s*\(/)
    expect(code).not.toMatch(/https?:\/\//)
    expect(() => fillServiceWorker('no placeholders here', manifest)).toThrow('placeholders')
  })
})
