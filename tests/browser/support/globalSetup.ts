import { createServer } from 'node:net'
import { build, preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

let server: PreviewServer | undefined

/** Builds the app for production once and serves it on 127.0.0.1 for every browser test. */
export async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would make React and fiber build their test variants (fiber then
  // renders on demand only). The browser tests must exercise exactly what users get.
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { sourcemap: false } })
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  const port = await freePort()
  server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true } })
  project.provide('baseUrl', `http://127.0.0.1:${port}/`)
}

export async function teardown() {
  await server?.close()
}
