import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { baseUrl, launchBrowser, waitForScene } from './support/app'

// After one visit the app must open and play with the network off (a classroom whose Wi-Fi fails).
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

interface Visit {
  context: BrowserContext
  page: Page
  /** Every request seen by the context: the page's and the service worker's. */
  requests: string[]
  /** The service worker's own requests (filling its cache). */
  workerRequests: string[]
  errors: string[]
}

/**
 * @param scene wait for the full 3D skeleton (default true); the service worker's life needs no scene
 * @param viewport the window (default 900×600)
 */
async function visit(hash = '', scene = true, viewport = { width: 900, height: 600 }): Promise<Visit> {
  const context = await browser.newContext({ viewport, serviceWorkers: 'allow' })
  const requests: string[] = []
  const workerRequests: string[] = []
  const errors: string[] = []
  context.on('request', (r) => {
    requests.push(r.url())
    if (r.serviceWorker()) workerRequests.push(new URL(r.url()).pathname)
  })
  const page = await context.newPage()
  page.on('pageerror', (e) => errors.push(e.message))
  await page.goto(baseUrl() + hash)
  if (scene) await waitForScene(page)
  return { context, page, requests, workerRequests, errors }
}

/** The header's note (a polite live region); shown once, on the visit that saved the app. */
const offlineNote = (page: Page, text: string) => page.locator('.offline-status-region[aria-live="polite"]').getByText(text)
const offlineStatus = (page: Page) => offlineNote(page, 'Ready for offline use')

describe('offline and installable', () => {
  it('after one visit, opens and plays a chain with the network off, asking nothing of another host', async () => {
    const { context, page, requests, workerRequests, errors } = await visit()
    try {
      await offlineStatus(page).waitFor({ timeout: 60_000 })
      // The worker itself saved the page, both models and the icons (and its requests are checked below too).
      expect(workerRequests).toEqual(
        expect.arrayContaining(['/index.html', '/models/skeleton.glb', '/models/skeleton-lite.glb', '/icons/icon-512.png', '/manifest.webmanifest']),
      )

      await context.setOffline(true)
      await page.reload()
      await waitForScene(page)
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      // Offline the status is not news any more: it shows on the visit that saved the app only.
      expect(await offlineStatus(page).count()).toBe(0)

      await page.getByRole('button', { name: 'Left knee', exact: true }).click()
      expect(await page.evaluate(() => window.chainExplorer.state())).toMatchObject({ region: 'knee-left', playing: true, steps: 5 })
      await expect.poll(() => page.locator('.step-caption__count').textContent()).toBe('Step 1 of 5')
      // The chain plays: the left foot's visible point moves as the skeleton walks.
      const feet: { x: number; y: number }[] = []
      for (let i = 0; i < 6; i++) {
        const p = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
        if (p) feet.push(p)
        await page.waitForTimeout(400)
      }
      expect(feet.length).toBeGreaterThanOrEqual(2)
      const travel = Math.max(...feet.map((p) => Math.hypot(p.x - feet[0]!.x, p.y - feet[0]!.y)))
      expect(travel).toBeGreaterThan(4)

      const origin = new URL(baseUrl()).origin
      expect(requests.length).toBeGreaterThan(10)
      expect(requests.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await context.close()
    }
  })

  it('the note about the offline copy never moves the 3D view (it arrives while people click)', async () => {
    // A projector's 1024×768, where the header row is fullest and the note takes its short form.
    const { context, page } = await visit('', true, { width: 1024, height: 768 })
    try {
      expect(await page.locator('.offline-status').getAttribute('data-state')).toBe('ready')
      await offlineStatus(page).waitFor({ timeout: 60_000 })
      const canvasBox = () => page.evaluate(() => {
        const r = document.querySelector('canvas')!.getBoundingClientRect()
        return { top: r.top, left: r.left, width: r.width, height: r.height }
      })
      const withNote = await canvasBox()
      const header = await page.locator('.app-header').boundingBox()
      const note = await page.locator('.offline-status').boundingBox()
      // The note is in the header's one row, whole (not squeezed to its close button).
      expect(note!.y).toBeGreaterThanOrEqual(header!.y)
      expect(note!.y + note!.height).toBeLessThanOrEqual(header!.y + header!.height)
      expect(note!.width).toBeGreaterThan(100)
      expect(await page.locator('.offline-status').innerText()).toContain('Offline ready')
      await page.getByRole('button', { name: 'Dismiss offline status' }).click()
      await offlineStatus(page).waitFor({ state: 'detached' })
      // Two frames for a resize to reach the canvas, had the header changed height.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
      expect(await canvasBox()).toEqual(withNote)
    } finally {
      await context.close()
    }
  })

  it('offers an installable manifest with its icons, relative to the app', async () => {
    const { context, page } = await visit()
    try {
      const href = await page.locator('link[rel="manifest"]').getAttribute('href')
      expect(href).toBe('./manifest.webmanifest')
      const manifest = await page.evaluate(async (url) => (await fetch(url)).json(), href!)
      expect(manifest).toMatchObject({ start_url: './', scope: './', display: 'standalone', theme_color: '#161b24' })
      const icons = manifest.icons as { src: string; sizes: string; purpose: string }[]
      expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']))
      for (const icon of icons.filter((i) => i.src.endsWith('.png'))) {
        const size = await page.evaluate(async (src) => {
          const img = new Image()
          img.src = src
          await img.decode()
          return `${img.naturalWidth}x${img.naturalHeight}`
        }, icon.src)
        expect(size).toBe(icon.sizes)
      }
    } finally {
      await context.close()
    }
  })

  // Four page loads on a software-rendered, shared machine: a longer limit than one load's.
  it('a new version waits while the app is open and serves the next start', { timeout: 180_000 }, async () => {
    const swPath = resolve('dist/sw.js')
    const original = readFileSync(swPath, 'utf8')
    const first = await visit('', false)
    try {
      await offlineStatus(first.page).waitFor({ timeout: 60_000 })
      // The page that installed the worker is not run by it; from the next load on, it is.
      await first.page.reload()
      const oldVersion = /const VERSION = "([0-9a-f]+)"/.exec(original)?.[1]
      expect(oldVersion).toBeTruthy()
      // A new build: same files, another version (the worker copies unchanged files from the old cache).
      writeFileSync(swPath, original.replace(`const VERSION = "${oldVersion}"`, 'const VERSION = "next-version"'))
      await first.page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update())
      await offlineNote(first.page, 'Update saved').waitFor({ timeout: 60_000 })
      const cachesNow = () => first.page.evaluate(() => caches.keys())
      // The running page keeps its version: the new worker waits, both caches exist.
      expect(await first.page.evaluate(async () => {
        const reg = (await navigator.serviceWorker.getRegistration())!
        return { waiting: reg.waiting?.state ?? null, activeIsController: reg.active === navigator.serviceWorker.controller }
      })).toEqual({ waiting: 'installed', activeIsController: true })
      expect((await cachesNow()).toSorted()).toEqual([`cce-precache-${oldVersion}`, 'cce-precache-next-version'])
      // Reloading a tab is not a new start: the old worker still controls it.
      await first.page.reload()
      expect(await first.page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true)
      expect((await cachesNow()).toSorted()).toEqual([`cce-precache-${oldVersion}`, 'cce-precache-next-version'])

      // All tabs closed, the app opened again: the new version takes over and the old files go.
      await first.page.close()
      const page = await first.context.newPage()
      await page.goto(baseUrl())
      await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 20_000 }).toEqual(['cce-precache-next-version'])
    } finally {
      writeFileSync(swPath, original)
      await first.context.close()
    }
  })
})
