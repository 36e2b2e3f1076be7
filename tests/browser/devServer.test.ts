import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type ViteDevServer } from 'vite'
import type { Browser } from 'playwright-core'
import { launchBrowser } from './support/app'

// `npm run dev` is the first thing a newcomer runs: the development server (React StrictMode, hot
// reload, no CSP) must show the skeleton without an error, too.
let server: ViteDevServer
let browser: Browser
let url: string

beforeAll(async () => {
  const nodeEnv = process.env.NODE_ENV
  process.env.NODE_ENV = 'development'
  try {
    server = await createServer({ logLevel: 'warn', mode: 'development', server: { host: '127.0.0.1', port: 0, hmr: false } })
    await server.listen()
  } finally {
    process.env.NODE_ENV = nodeEnv
  }
  url = server.resolvedUrls!.local[0]!
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the development server', () => {
  it('shows the skeleton and plays a chain with no page error', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 600 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(`${url}#region=ankle-left`)
    await page.waitForFunction(() => window.chainExplorer?.state().model === 'full' && window.chainExplorer.state().ready, null, { timeout: 120_000 })
    await page.evaluate(() => window.chainExplorer.next())
    expect(await page.evaluate(() => window.chainExplorer.state().step)).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })
})
