import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openApp, type AppPage } from './support/app'

let browser: Browser
let app: AppPage

beforeAll(async () => {
  browser = await launchBrowser()
  // `?debug` exposes where the analyses were worked out (chainExplorerDebug.gaitAnalysis); the charts show
  // beside the panel from 1,400 px.
  app = await openApp(browser, { hash: '?debug#region=knee-left&condition=stiff-knee&severity=80', viewport: { width: 1440, height: 860 } })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

const counts = (page: Page) => page.evaluate(() => window.chainExplorerDebug!.gaitAnalysis())
/** The charts and the footfall report show the current step (nothing is still being worked out). */
const panelsSettled = (page: Page) =>
  page.waitForFunction(() => {
    const charts = document.querySelector('figure.gait-charts')
    const footfall = document.querySelector('figure.footfall')
    return charts !== null && footfall !== null && !charts.hasAttribute('data-pending') && !footfall.hasAttribute('data-pending') && charts.querySelector('path[data-series="first"]') !== null
  }, null, { timeout: 30_000 })

describe('the gait-analysis worker', () => {
  it('works out the charts and the footfall report of every link off the page\'s thread', async () => {
    const { page } = app
    await panelsSettled(page)
    const steps = (await page.evaluate(() => window.chainExplorer.state())).steps
    expect(steps).toBeGreaterThan(2)
    for (let i = 1; i < steps; i++) {
      await page.evaluate(() => window.chainExplorer.next())
      await panelsSettled(page)
    }
    const c = await counts(page)
    // Curves and footfall for each link, none of them on the page's thread.
    expect(c.here).toBe(0)
    expect(c.worker).toBeGreaterThanOrEqual(2 * steps)
    expect(app.consoleErrors).toEqual([])
  })

  it('measures each link\'s strides before it fades in, so the walking skeleton measures none', async () => {
    const { page } = app
    await page.waitForFunction(() => window.chainExplorerDebug!.gaitAnalysis().grids > 0, null, { timeout: 30_000 })
    const steps = (await page.evaluate(() => window.chainExplorer.state())).steps
    for (let i = 0; i < steps; i++) await page.evaluate(() => window.chainExplorer.previous())
    await page.evaluate(() => window.chainExplorer.play())
    const before = (await counts(page)).stridesMeasuredHere
    // Every link from its start, each fade-in (1.5 s) played through on screen.
    for (let i = 0; i < steps; i++) {
      if (i > 0) await page.evaluate(() => window.chainExplorer.next())
      await page.waitForTimeout(2000)
      expect((await page.evaluate(() => window.chainExplorer.state())).step).toBe(i)
    }
    expect((await counts(page)).stridesMeasuredHere).toBe(before)
  })
})
