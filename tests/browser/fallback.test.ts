import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, openApp, type AppPage } from './support/app'

let browser: Browser
let app: AppPage

beforeAll(async () => {
  // A browser with WebGL switched off, as on some locked-down school machines.
  browser = await launchBrowser(['--disable-3d-apis', '--disable-webgl'])
  app = await openApp(browser, { viewport: { width: 1100, height: 700 }, waitForScene: false })
  await app.page.waitForSelector('.skeleton-2d')
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

describe('without WebGL', () => {
  it('draws the skeleton flat with the eight regions and says why', async () => {
    const { page } = app
    expect(await page.locator('.skeleton-2d__region').count()).toBe(8)
    expect(await page.getByRole('note').textContent()).toContain('WebGL')
    expect(await page.locator('canvas').count()).toBe(0)
  })

  it('chooses a region on the drawing, lights its chain step by step, and opens the panel', async () => {
    const { page } = app
    await page.locator('.skeleton-2d__region[data-region="knee-left"] circle').click()
    await page.getByRole('complementary', { name: 'Left knee' }).waitFor()
    expect(await page.locator('.skeleton-2d__region[data-region="knee-left"] circle').getAttribute('fill')).toBe('#D55E00')
    await page.getByRole('button', { name: 'Next link' }).click()
    expect(await page.evaluate(() => window.chainExplorer.state().step)).toBe(1)
    expect(await page.locator('.skeleton-2d__region[data-region="hip-left"] circle').getAttribute('fill')).toBe('#E69F00')
  })

  it('throws nothing uncaught and requests nothing from another origin', () => {
    expect(app.consoleErrors.filter((e) => e.startsWith('pageerror'))).toEqual([])
    expect(app.foreignRequests).toEqual([])
  })
})
