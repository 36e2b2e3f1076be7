/**
 * `npm run screenshots`: builds the app, serves it on 127.0.0.1 and takes the README's pictures in
 * headless Chromium (software WebGL) into docs/screenshots/.
 */
import { mkdirSync } from 'node:fs'
import { chromium, type Page } from 'playwright-core'
import { build, preview } from 'vite'
import { BROWSER_ADVICE, findChrome } from './find-chrome.mjs'

const OUT = 'docs/screenshots'
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']

interface Shot {
  name: string
  hash: string
  width: number
  height: number
  /** Runs in the page once the full model is up. */
  setup?: (page: Page) => Promise<void>
  touch?: boolean
  print?: boolean
}

const settle = (page: Page, ms: number) => page.waitForTimeout(ms)

const SHOTS: Shot[] = [
  { name: 'front-view', hash: '', width: 1280, height: 760, setup: async (p) => p.locator('body').press('Shift+F') },
  { name: 'overview', hash: '', width: 1280, height: 760 },
  {
    name: 'knee-chain',
    hash: '#region=knee-left&step=3',
    width: 1440,
    height: 860,
    setup: async (p) => {
      await settle(p, 2600)
      await p.evaluate(() => window.chainExplorer.pause())
    },
  },
  {
    name: 'lumbar-nerve',
    hash: '#region=lumbar&step=3',
    width: 1440,
    height: 860,
    setup: async (p) => {
      await p.getByRole('button', { name: 'Close explanation' }).click()
      await p.locator('body').press('Shift+B')
      if ((await p.locator('.gait-charts').count()) === 0) await p.getByRole('button', { name: 'Joint-angle charts' }).click()
      await settle(p, 2600)
      await p.evaluate(() => window.chainExplorer.pause())
    },
  },
  {
    name: 'normal-beside',
    hash: '#region=hip-right&step=2',
    width: 1440,
    height: 860,
    setup: async (p) => {
      await p.getByRole('button', { name: 'Close explanation' }).click()
      await p.getByRole('button', { name: 'Condition, side, severity and normal walking' }).click()
      await p.getByRole('combobox', { name: /^Normal walking/ }).selectOption('beside')
      await p.getByRole('button', { name: 'Condition, side, severity and normal walking' }).click()
      await p.locator('body').press('Shift+F')
      await settle(p, 2600)
      await p.evaluate(() => window.chainExplorer.pause())
    },
  },
  {
    name: 'presenter',
    hash: '#region=ankle-left&step=5&mode=present',
    width: 1600,
    height: 900,
    setup: async (p) => {
      await p.getByRole('button', { name: 'Close explanation' }).click()
      await settle(p, 2500)
      await p.evaluate(() => window.chainExplorer.pause())
    },
  },
  {
    name: 'phone',
    hash: '#region=knee-right&step=2',
    width: 390,
    height: 844,
    touch: true,
    setup: async (p) => {
      await settle(p, 2000)
      await p.evaluate(() => window.chainExplorer.pause())
    },
  },
  { name: 'handout', hash: '#region=knee-left', width: 703, height: 1039, print: true },
]

const executablePath = findChrome()
if (!executablePath) throw new Error(BROWSER_ADVICE)
mkdirSync(OUT, { recursive: true })
const nodeEnv = process.env.NODE_ENV
process.env.NODE_ENV = 'production'
await build({ mode: 'production', logLevel: 'warn', build: { sourcemap: false } })
process.env.NODE_ENV = nodeEnv
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 4199, strictPort: false } })
const base = server.resolvedUrls!.local[0]!
const browser = await chromium.launch({ executablePath, args: ARGS })
try {
  for (const shot of SHOTS) {
    // No service worker: its one-time "Ready for offline use" note is not part of these pictures.
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
      hasTouch: !!shot.touch,
      isMobile: !!shot.touch,
      serviceWorkers: 'block',
    })
    const page = await context.newPage()
    await page.goto(base + shot.hash)
    await page.waitForFunction(() => window.chainExplorer?.state().model === 'full', null, { timeout: 120_000 })
    await settle(page, 800)
    await shot.setup?.(page)
    if (shot.print) await page.emulateMedia({ media: 'print' })
    await settle(page, 600)
    await page.screenshot({ path: `${OUT}/${shot.name}.png` })
    console.log(`wrote ${OUT}/${shot.name}.png`)
    await context.close()
  }
} finally {
  await browser.close()
  await new Promise<void>((resolve) => server.httpServer.close(() => resolve()))
}
