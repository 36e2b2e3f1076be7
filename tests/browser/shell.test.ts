import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { baseUrl, canvasPixels, launchBrowser, openApp, shareUnlikeBackground, type AppPage } from './support/app'

const REGIONS: [string, string][] = [
  ['lumbar', 'Lumbar spine'],
  ['pelvis', 'Pelvis'],
  ['hip-left', 'Left hip'],
  ['hip-right', 'Right hip'],
  ['knee-left', 'Left knee'],
  ['knee-right', 'Right knee'],
  ['ankle-left', 'Left ankle'],
  ['ankle-right', 'Right ankle'],
]

let browser: Browser
let app: AppPage

beforeAll(async () => {
  browser = await launchBrowser()
  app = await openApp(browser)
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

describe('app shell in Chromium', () => {
  it('draws the scene in WebGL: the canvas is not blank', async () => {
    const hasWebGL = await app.page.evaluate(() => {
      const canvas = document.querySelector('canvas')
      return !!canvas && !!(canvas.getContext('webgl2') ?? canvas.getContext('webgl'))
    })
    expect(hasWebGL).toBe(true)
    const png = await canvasPixels(app.page)
    expect(png.width).toBeGreaterThan(100)
    expect(shareUnlikeBackground(png)).toBeGreaterThan(0.02)
  })

  it('ships a Content-Security-Policy limited to its own origin', async () => {
    const csp = await app.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
    expect(csp).toContain("default-src 'self'")
    expect(csp).not.toMatch(/https?:/)
  })

  it('has one button per region, named by its label, none pressed at first', async () => {
    const buttons = app.page.getByRole('navigation', { name: 'Body regions' }).getByRole('button')
    await expect.poll(() => buttons.allTextContents()).toEqual(REGIONS.map(([, label]) => label))
    for (const [, label] of REGIONS) {
      expect(await app.page.getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).toBe('false')
    }
    expect(await app.page.getByRole('complementary').count()).toBe(0)
  })

  for (const [key, label] of REGIONS) {
    it(`selects ${label}: pressed button, open panel, URL #region=${key}`, async () => {
      const { page } = app
      await page.getByRole('button', { name: label, exact: true }).click()
      expect(await page.getByRole('button', { name: label, exact: true }).getAttribute('aria-pressed')).toBe('true')
      const panel = page.getByRole('complementary', { name: label })
      await panel.waitFor()
      expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe(label)
      expect(new URL(page.url()).hash).toBe(`#region=${key}`)
      expect(await page.evaluate(() => window.chainExplorer.state().region)).toBe(key)
      const others = await page.locator('.region-button[aria-pressed="true"]').count()
      expect(others).toBe(1)
    })
  }

  it('closes the panel with its close button and with Escape', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Left knee', exact: true }).click()
    await page.getByRole('button', { name: 'Close explanation' }).click()
    expect(await page.getByRole('complementary').count()).toBe(0)
    await page.getByRole('button', { name: 'Left knee', exact: true }).click()
    await page.getByRole('complementary', { name: 'Left knee' }).waitFor()
    await page.keyboard.press('Escape')
    expect(await page.getByRole('complementary').count()).toBe(0)
    // A second Escape leaves the region and returns to the overview.
    await page.keyboard.press('Escape')
    expect(await page.evaluate(() => window.chainExplorer.state().region)).toBeNull()
  })

  it('restores the selection on reload and on Back/Forward', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Right hip', exact: true }).click()
    await page.getByRole('button', { name: 'Left ankle', exact: true }).click()
    await page.reload()
    await page.getByRole('complementary', { name: 'Left ankle' }).waitFor()
    expect(await page.getByRole('button', { name: 'Left ankle', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await page.goBack()
    await page.getByRole('complementary', { name: 'Right hip' }).waitFor()
    await page.goForward()
    await page.getByRole('complementary', { name: 'Left ankle' }).waitFor()
  })

  it('drives the same state through window.chainExplorer', async () => {
    const { page } = app
    const seen = await page.evaluate(() => {
      const events: (string | null)[] = []
      const off = window.chainExplorer.on('change', (s) => events.push(s.region))
      window.chainExplorer.select('pelvis')
      window.chainExplorer.select(null)
      off()
      return { events, keys: window.chainExplorer.regions().map((r) => r.key) }
    })
    expect(seen.events).toEqual(['pelvis', null])
    expect(seen.keys).toEqual(REGIONS.map(([key]) => key))
    expect(await page.getByRole('complementary').count()).toBe(0)
  })

  it('made no console errors and no request to another origin', () => {
    expect(app.consoleErrors).toEqual([])
    expect(app.foreignRequests).toEqual([])
    expect(app.requests.length).toBeGreaterThan(0)
  })
})

describe('links the app does not understand', () => {
  it('shows a short notice as text and the default view', async () => {
    const hostile = encodeURIComponent('<img src=x onerror="window.pwned=1">')
    const bad = await openApp(browser, { hash: `#region=${hostile}` })
    try {
      const notice = bad.page.getByRole('status')
      await expect.poll(() => notice.textContent()).toContain('does not know')
      expect(await bad.page.locator('.notice img').count()).toBe(0)
      expect(await bad.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
      expect(await bad.page.evaluate(() => window.chainExplorer.state().region)).toBeNull()
      expect(new URL(bad.page.url()).hash).toBe('')
      await bad.page.getByRole('button', { name: 'Dismiss message' }).click()
      expect(await notice.textContent()).toBe('')
      expect(bad.consoleErrors).toEqual([])
    } finally {
      await bad.close()
    }
  })

  it('opens a shared link straight on its region', async () => {
    const shared = await openApp(browser, { hash: '#region=knee-right' })
    try {
      await shared.page.getByRole('complementary', { name: 'Right knee' }).waitFor()
      expect(shared.page.url()).toMatch(new RegExp(`^${baseUrl()}#region=knee-right(&step=\\d)?$`))
    } finally {
      await shared.close()
    }
  })
})
