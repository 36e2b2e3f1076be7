import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core'
import { baseUrl, launchBrowser, waitForScene } from './support/app'
import { serveFolder, type StaticServer } from './support/staticServer'

// Embedded in slides and course pages: no page chrome, and a postMessage bridge that obeys only the
// documented message shape and, when the link names one, only that origin. The embedding pages are
// served by a second server, so they are another origin than the app (localhost:P or 127.0.0.1:P).
const SHOTS = '/tmp/pwa-shots'

let browser: Browser
let host: StaticServer
let context: BrowserContext

/** A course page that embeds the app allowing `allowed` only, and records every message it receives. */
function hostPage(allowed: string): string {
  const src = `${baseUrl()}#embed=1&origin=${encodeURIComponent(allowed)}`
  return `<!doctype html><meta charset="utf-8"><title>host</title>
<iframe id="app" src="${src}" style="width:640px;height:400px"></iframe>
<script>
  window.received = []
  window.frameLoaded = false
  addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }))
  document.getElementById('app').addEventListener('load', () => { window.frameLoaded = true })
  window.sendToApp = (data) => document.getElementById('app').contentWindow.postMessage(data, '*')
</script>`
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  // Started with the port unknown, so the page that names it is built after.
  const pages: Record<string, string> = {}
  host = await serveFolder('.', pages)
  pages['/host.html'] = hostPage(`http://localhost:${host.port}`)
  browser = await launchBrowser()
  context = await browser.newContext({ viewport: { width: 960, height: 640 } })
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await host?.close()
})

async function appFrame(page: Page): Promise<Frame> {
  await page.waitForFunction(() => (window as unknown as { frameLoaded: boolean }).frameLoaded)
  const frame = page.frames().find((f) => f.url().startsWith(baseUrl()))
  if (!frame) throw new Error('the app frame did not load')
  return frame
}

const received = (page: Page) => page.evaluate(() => (window as unknown as { received: { origin: string; data: unknown }[] }).received)
const sendToApp = (page: Page, data: unknown) => page.evaluate((d) => (window as unknown as { sendToApp: (d: unknown) => void }).sendToApp(d), data)

describe('embed mode', () => {
  it('#embed=1 shows the stage only: no header, region list or panel; the caption and playback stay', async () => {
    const page = await context.newPage()
    await page.setViewportSize({ width: 800, height: 500 })
    await page.goto(`${baseUrl()}#embed=1`)
    await waitForScene(page)
    // Absent or without a box: nothing of the page chrome takes room in the frame.
    for (const selector of ['.app-header', '.region-list', '.explanation-panel', '.presenter-bar', '.view-controls', '.gait-charts']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false)
    }
    expect(await page.locator('.stage').boundingBox()).toEqual({ x: 0, y: 0, width: 800, height: 500 })
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    expect(await page.getByRole('complementary').count()).toBe(0)
    const caption = await page.locator('.step-caption').boundingBox()
    const controls = await page.getByRole('group', { name: 'Chain playback' }).boundingBox()
    expect(caption && caption.width > 100 && caption.y < 250).toBe(true)
    expect(controls && controls.y + controls.height <= 500 && controls.y > 250).toBe(true)
    // The app keeps the embedding parameters in the URL it rewrites, so a reload stays embedded.
    expect(new URL(page.url()).hash).toBe('#region=knee-left&embed=1')
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${SHOTS}/embed-direct.png` })
    await page.close()
  })

  it('?embed works too, and without it the page chrome is there', async () => {
    const page = await context.newPage()
    await page.goto(`${baseUrl()}?embed`)
    await page.locator('.stage').waitFor()
    expect(await page.locator('.app-header').count()).toBe(0)
    expect(await page.locator('.region-list').count()).toBe(0)
    await page.goto(baseUrl())
    await page.locator('.app-header').waitFor()
    expect(await page.locator('.region-list').count()).toBe(1)
    await page.close()
  })

  it('answers a well-formed message from the allowed origin and refuses malformed ones', async () => {
    const page = await context.newPage()
    await page.goto(`http://localhost:${host.port}/host.html`)
    const frame = await appFrame(page)
    await sendToApp(page, 'hello')
    await sendToApp(page, { chainExplorer: 'select', args: 'knee-left', id: 'bad-args' })
    await sendToApp(page, { chainExplorer: 'select', args: ['knee-left'], id: 'extra', html: '<img src=x onerror=alert(1)>' })
    await sendToApp(page, { chainExplorer: 'select', args: ['knee-left'], id: 1 })
    // Three replies, whatever else (the change the select caused) arrives between them.
    const replyCount = () => received(page).then((r) => r.filter((m) => (m.data as { chainExplorer: string }).chainExplorer === 'reply').length)
    await expect.poll(replyCount, { timeout: 15_000 }).toBeGreaterThanOrEqual(3)
    const all = await received(page)
    const replies = all.filter((m) => (m.data as { chainExplorer: string }).chainExplorer === 'reply').map((m) => m.data)
    expect(replies).toEqual([
      { chainExplorer: 'reply', id: 'bad-args', error: expect.stringContaining('args must be an array') },
      { chainExplorer: 'reply', id: 'extra', error: 'Unexpected field "html".' },
      { chainExplorer: 'reply', id: 1, result: null },
    ])
    expect(all.every((m) => m.origin === new URL(baseUrl()).origin)).toBe(true)
    // The app reports every change of its state (the scene becoming ready too): find the select's.
    const change = all.find((m) => {
      const data = m.data as { chainExplorer: string; state?: { region?: string | null } }
      return data.chainExplorer === 'change' && data.state?.region === 'knee-left'
    })
    expect(change?.data).toMatchObject({ chainExplorer: 'change', state: { region: 'knee-left', step: 0, steps: 5 } })
    expect(await frame.evaluate(() => window.chainExplorer.state().region)).toBe('knee-left')
    await page.close()
  })

  it('ignores messages from another origin than the one in the link, and tells it nothing', async () => {
    const page = await context.newPage()
    // The same page from 127.0.0.1: another origin than the localhost the link allows.
    await page.goto(`http://127.0.0.1:${host.port}/host.html`)
    const frame = await appFrame(page)
    await sendToApp(page, { chainExplorer: 'select', args: ['hip-right'], id: 1 })
    await sendToApp(page, { chainExplorer: 'state', id: 2 })
    // A local call in the frame proves the app is listening and running.
    await frame.evaluate(() => window.chainExplorer.select('pelvis'))
    await page.waitForTimeout(1500)
    expect(await frame.evaluate(() => window.chainExplorer.state().region)).toBe('pelvis')
    expect(await received(page)).toEqual([])
    await page.close()
  })

  it('the example page in docs/ drives the app with its buttons and lists the change messages', async () => {
    const page = await context.newPage()
    const requests: string[] = []
    page.on('request', (r) => requests.push(r.url()))
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(`http://localhost:${host.port}/docs/embed-example.html`)
    const region = page.getByLabel('Region')
    await expect.poll(() => region.isEnabled(), { timeout: 30_000 }).toBe(true)
    await region.selectOption({ label: 'Left knee' })
    await expect.poll(() => page.locator('#state').textContent(), { timeout: 15_000 }).toBe('knee-left: link 1 of 5, playing')
    await page.getByRole('button', { name: 'Next link' }).click()
    await expect.poll(() => page.locator('#state').textContent(), { timeout: 15_000 }).toMatch(/^knee-left: link 2 of 5/)
    await page.getByRole('button', { name: 'Play / pause' }).click()
    await expect.poll(() => page.locator('#state').textContent(), { timeout: 15_000 }).toBe('knee-left: link 2 of 5, paused')
    const log = await page.locator('#log li').allTextContents()
    expect(log.filter((t) => t.includes('"chainExplorer":"change"')).length).toBeGreaterThanOrEqual(3)
    const frame = page.frames().find((f) => f.url().includes('/dist/'))
    expect(frame).toBeTruthy()
    await waitForScene(frame as unknown as Page)
    await page.waitForTimeout(1500)
    await page.screenshot({ path: `${SHOTS}/embed-example.png` })
    expect(requests.filter((u) => !u.startsWith(`http://localhost:${host.port}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([])
    await page.close()
  })
})
