import { defineConfig, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import { precacheServiceWorker } from './tools/offline/precachePlugin.ts'
import { firstFramePreload } from './tools/build/firstFramePreload.ts'

/**
 * Only the page's own origin. WebAssembly (the meshopt decoder) needs 'wasm-unsafe-eval';
 * blob: and data: serve decoded textures and workers. Styles allow inline because React and
 * drei set style attributes at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "media-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')

/** The policy goes into the built page only: the dev server injects inline scripts for hot reload. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  }
}

export default defineConfig({
  // Relative URLs: the built app works from any sub-path (a school server's /apps/chains/, docs/embed-example.html).
  base: './',
  plugins: [
    react(),
    contentSecurityPolicy(),
    firstFramePreload({ lazyModule: 'src/scene/SceneCanvas.tsx', model: 'models/skeleton-lite.glb' }),
    precacheServiceWorker(),
  ],
  // The gait-analysis worker is a module worker (src/analysis/gaitAnalysisClient.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1500,
  },
  preview: {
    host: '127.0.0.1',
    headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  },
  server: {
    host: '127.0.0.1',
  },
})
