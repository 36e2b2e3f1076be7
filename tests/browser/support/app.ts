import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { inject } from 'vitest'
import { BROWSER_ADVICE, CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs'

export const baseUrl = (): string => inject('baseUrl')

/** @param extraArgs more Chromium switches, e.g. '--disable-3d-apis' to test the no-WebGL fallback */
export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const executablePath = findChrome()
  if (!executablePath) throw new Error(BROWSER_ADVICE)
  return chromium.launch({ executablePath, headless: true, args: [...CHROME_ARGS, ...extraArgs] })
}

/** A page of the app plus everything it did that a test may want to assert on. */
export interface AppPage {
  page: Page
  context: BrowserContext
  consoleErrors: string[]
  /** Every request the page tried to send to another origin (all are blocked). */
  foreignRequests: string[]
  /** Every URL the page requested, in order. */
  requests: string[]
  close: () => Promise<void>
}

export interface OpenOptions {
  hash?: string
  viewport?: { width: number; height: number }
  reducedMotion?: 'reduce' | 'no-preference'
  /** Wait until the 3D scene has drawn its first frame (default true). */
  waitForScene?: boolean
  /** A touch screen (phones, tablets). */
  touch?: boolean
}

export async function openApp(browser: Browser, options: OpenOptions = {}): Promise<AppPage> {
  const origin = new URL(baseUrl()).origin
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 960, height: 600 },
    reducedMotion: options.reducedMotion ?? 'no-preference',
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
  })
  const consoleErrors: string[] = []
  const foreignRequests: string[] = []
  const requests: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    requests.push(url)
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue()
    foreignRequests.push(url)
    return route.abort('blockedbyclient')
  })
  const page = await context.newPage()
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text())
  })
  page.on('pageerror', (err) => consoleErrors.push(`pageerror: ${err.message}`))
  await page.goto(baseUrl() + (options.hash ?? ''))
  if (options.waitForScene !== false) await waitForScene(page)
  return { page, context, consoleErrors, foreignRequests, requests, close: () => context.close() }
}

/** Waits until the full-detail skeleton is on screen (the low-detail one shows first). */
export async function waitForScene(page: Page): Promise<void> {
  await page.waitForFunction(() => window.chainExplorer?.state().ready === true && document.querySelector('.app') !== null, null, { timeout: 90_000 })
  await page.waitForFunction(() => window.chainExplorer.state().model === 'full', null, { timeout: 90_000 })
}

/** Decodes a PNG screenshot of the canvas into RGBA pixels. */
export async function canvasPixels(page: Page): Promise<PNG> {
  const buffer = await page.locator('canvas').first().screenshot()
  return PNG.sync.read(buffer)
}

/** The share of pixels that differ from the most common colour by more than `tolerance` (0..255 per channel). */
export function shareUnlikeBackground(png: PNG, tolerance = 12): number {
  const counts = new Map<number, number>()
  const { data } = png
  for (let i = 0; i < data.length; i += 4) {
    const key = ((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let bgKey = 0
  let best = -1
  for (const [key, n] of counts) if (n > best) [bgKey, best] = [key, n]
  const bg = [((bgKey >> 10) & 31) << 3, ((bgKey >> 5) & 31) << 3, (bgKey & 31) << 3]
  let differing = 0
  for (let i = 0; i < data.length; i += 4) {
    const d = Math.max(Math.abs(data[i]! - bg[0]!), Math.abs(data[i + 1]! - bg[1]!), Math.abs(data[i + 2]! - bg[2]!))
    if (d > tolerance + 8) differing++
  }
  return differing / (data.length / 4)
}
