import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { build, preview, type PreviewServer } from 'vite'

export const BARE_ROOT = resolve('scripts/bench/bare')

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => done(port))
    })
  })
}

/**
 * Builds the app and the bare one-cube page with the project's production Vite config (the bare page
 * with its own root, so the same plugins, target and React/fiber/three versions), into `outDir/app` and
 * `outDir/bare`.
 */
export async function buildBoth(outDir: string): Promise<{ app: string; bare: string }> {
  const app = resolve(outDir, 'app')
  const bare = resolve(outDir, 'bare')
  // A caller such as Vitest may have set NODE_ENV=test: React and fiber would then build their test variants.
  process.env.NODE_ENV = 'production'
  const common = { configFile: resolve('vite.config.ts'), mode: 'production', logLevel: 'warn' as const }
  await build({ ...common, build: { outDir: app, emptyOutDir: true, sourcemap: false } })
  await build({ ...common, root: BARE_ROOT, publicDir: false, build: { outDir: bare, emptyOutDir: true, sourcemap: false } })
  return { app, bare }
}

/** Serves a built folder with `vite preview` (compression and the CSP header as users get them) on 127.0.0.1. */
export async function serve(root: string | undefined, outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const port = await freePort()
  const server = await preview({
    configFile: resolve('vite.config.ts'),
    ...(root ? { root } : {}),
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true },
  })
  return { url: `http://127.0.0.1:${port}/`, server }
}
