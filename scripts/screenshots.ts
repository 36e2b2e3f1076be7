/**
 * `npm run screenshots`: builds the app, serves it on 127.0.0.1 and takes the README's pictures in
 * headless Chromium (software WebGL) into docs/screenshots/.
 */
import { mkdirSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { chromium, type Page } from 'playwright-core'
import { build, preview } from 'vite'
import { BROWSER_ADVICE, CHROME_ARGS, findChrome } from './find-chrome.mjs'

const OUT = 'docs/screenshots'

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

/**
 * Moves to the start of the next link and lets the chain play `seconds` of its own time, counted the
 * way the player counts it (frame steps capped at 0.1 s), so slow software rendering still reaches
 * the same moment of the link; then pauses.
 */
async function playNextLinkFor(page: Page, seconds: number) {
  await page.evaluate(async (target) => {
    window.chainExplorer.next()
    window.chainExplorer.play()
    const speed = window.chainExplorer.state().speed
    let played = 0
    let last = performance.now()
    while (played < target) {
      await new Promise((r) => requestAnimationFrame(r))
      const now = performance.now()
      played += Math.min((now - last) / 1000, 0.1) * speed
      last = now
    }
    window.chainExplorer.pause()
  }, seconds)
}

/** Zooms the 3D view in with its own keys. */
async function zoomIn(page: Page, times: number) {
  await page.locator('.stage__viewport').focus()
  for (let i = 0; i < times; i++) await page.keyboard.press('+')
}

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
      // Presenter mode shows "At a glance" beside the skeleton instead of the panel.
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
  {
    // The pinched nerve root's foot drop: the tibialis anterior lights as weakened while the foot hangs in swing.
    name: 'muscles-foot-drop',
    hash: '#region=lumbar&step=2',
    width: 1280,
    height: 760,
    setup: async (p) => {
      await p.getByRole('button', { name: 'Close explanation' }).click()
      await p.locator('body').press('l')
      await zoomIn(p, 3)
      for (let i = 0; i < 3; i++) await p.keyboard.press('Shift+ArrowDown')
      await playNextLinkFor(p, 2.6)
    },
  },
  {
    // The same chain's next link from behind: the gluteus medius lights and the other side of the pelvis sags.
    name: 'muscles-hip',
    hash: '#region=lumbar&step=3',
    width: 1280,
    height: 760,
    setup: async (p) => {
      await p.getByRole('button', { name: 'Close explanation' }).click()
      await p.locator('body').press('b')
      await zoomIn(p, 3)
      await playNextLinkFor(p, 2.6)
    },
  },
  { name: 'handout', hash: '#region=knee-left', width: 703, height: 1039, print: true },
]

// --only a,b takes just those pictures (the others are slow to take with software WebGL).
const { values: args } = parseArgs({ options: { only: { type: 'string' } } })
const only = args.only ? new Set(args.only.split(',')) : null

const executablePath = findChrome()
if (!executablePath) throw new Error(BROWSER_ADVICE)
mkdirSync(OUT, { recursive: true })
const nodeEnv = process.env.NODE_ENV
process.env.NODE_ENV = 'production'
await build({ mode: 'production', logLevel: 'warn', build: { sourcemap: false } })
process.env.NODE_ENV = nodeEnv
const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 4199, strictPort: false } })
const base = server.resolvedUrls!.local[0]!
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS })
try {
  for (const shot of SHOTS.filter((s) => !only || only.has(s.name))) {
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
