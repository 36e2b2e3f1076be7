import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { PNG } from 'pngjs'
import { canvasPixels, launchBrowser, openApp, type AppPage } from './support/app'

let browser: Browser
let app: AppPage

beforeAll(async () => {
  browser = await launchBrowser()
  // Wide enough that the chain, framed beside the caption and the open panel, is drawn at a readable size.
  app = await openApp(browser, { hash: '#muscles=all', viewport: { width: 1280, height: 800 } })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

/** Share of canvas pixels in the muscles' red-brown (bones are ivory, the floor and sky blue-grey). */
function muscleShare(png: PNG): number {
  let n = 0
  const { data } = png
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!, g = data[i + 1]!, b = data[i + 2]!
    if (r > 60 && r > 1.45 * g && r > 1.45 * b) n++
  }
  return n / (data.length / 4)
}

describe('the muscle layer in Chromium', () => {
  it('draws the muscles from a link with muscles=all, and hides them when switched off with M', async () => {
    const { page } = app
    // The muscles load after the full skeleton and are tied to their paths in idle time.
    await expect.poll(async () => muscleShare(await canvasPixels(page)), { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0.005)
    expect(await page.getByRole('radio', { name: 'All' }).getAttribute('aria-checked')).toBe('true')
    await page.locator('body').press('m')
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#muscles=off')
    await expect.poll(async () => muscleShare(await canvasPixels(page)), { timeout: 30_000, interval: 1000 }).toBeLessThan(0.001)
  })

  it('shows the chain’s muscles by default once a chain plays, and nothing from another origin', async () => {
    const { page } = app
    // Reduced motion: the skeleton holds a still frame and the glows hold still, so two pictures compare.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.getByRole('radio', { name: 'Chain' }).click()
    await page.evaluate(() => window.chainExplorer.select('lumbar'))
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#region=lumbar')
    await expect.poll(async () => muscleShare(await canvasPixels(page)), { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0.0005)
    // Held still, so the only change between the two pictures is the muscles.
    await page.evaluate(() => window.chainExplorer.pause())
    await page.waitForTimeout(1500)
    const withMuscles = muscleShare(await canvasPixels(page))
    await page.getByRole('radio', { name: 'Off' }).click()
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#region=lumbar&muscles=off')
    await page.waitForTimeout(1500)
    const without = muscleShare(await canvasPixels(page))
    // The back muscles of both sides and the leg muscles the chain names: a few hundred pixels at least.
    expect(withMuscles - without).toBeGreaterThan(0.0005)
    expect(app.foreignRequests).toEqual([])
    expect(app.consoleErrors).toEqual([])
  })
})
