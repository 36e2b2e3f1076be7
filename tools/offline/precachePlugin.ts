import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Plugin, ResolvedConfig } from 'vite'
import { SERVICE_WORKER_FILE, fillServiceWorker, precacheManifest } from './precacheList.ts'

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? listFiles(join(dir, d.name)) : [join(dir, d.name)]))
}

/**
 * Writes dist/sw.js after the build, with every output file (page, code, styles, the files of
 * public/: models, icons, manifest) in its precache list. Ours rather than vite-plugin-pwa: the
 * worker is about 100 lines, and Workbox's build tool would bring Babel, Rollup and Terser along.
 */
export function precacheServiceWorker(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'precache-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const outDir = resolve(config.root, config.build.outDir)
        const files = listFiles(outDir).map((file) => ({ path: relative(outDir, file).replaceAll('\\', '/'), bytes: readFileSync(file) }))
        const manifest = precacheManifest(files)
        // Beside this file, not under the build's root: the bench builds its bare page from another root.
        const template = readFileSync(fileURLToPath(new URL('./service-worker.js', import.meta.url)), 'utf8')
        writeFileSync(join(outDir, SERVICE_WORKER_FILE), fillServiceWorker(template, manifest))
        const kib = files.filter((f) => manifest.entries.some((e) => e.url === f.path)).reduce((n, f) => n + f.bytes.length, 0) / 1024
        config.logger.info(`service worker: ${manifest.entries.length} files (${kib.toFixed(0)} KiB) precached, version ${manifest.version}`)
      },
    },
  }
}
