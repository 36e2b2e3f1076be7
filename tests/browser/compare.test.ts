import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { mkdirSync } from 'node:fs'
import { conditionsFor } from '../../src/conditions'
import { launchBrowser, openApp, type AppPage } from './support/app'

/**
 * The knee's second condition once it is registered (stiff knee vs flexion contracture); until then
 * the knee is compared with normal walking, the other half of the same mechanism.
 */
const knee = conditionsFor('knee')
const SECOND: string = knee[1]?.id ?? 'normal'
const SECOND_LABEL = knee[1]?.label ?? 'Normal walking'
/** Set SHOTS_DIR to keep the screenshots (e.g. /tmp/h2-shots). */
const SHOTS = process.env.SHOTS_DIR

let browser: Browser
let app: AppPage

beforeAll(async () => {
  browser = await launchBrowser()
  app = await openApp(browser, { viewport: { width: 1280, height: 720 } })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

/** Bone-coloured pixels (ivory, lit) in the page screenshot above each name plate: one skeleton per plate. */
async function bonePixelsAbovePlates(page: Page): Promise<number[]> {
  const boxes = await page.locator('.compare-plate__box').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
  const png = PNG.sync.read(await page.screenshot())
  return boxes.map((b) => {
    let n = 0
    const cx = Math.round(b.x + b.width / 2)
    for (let y = Math.max(0, Math.round(b.y - 320)); y < b.y - 10; y++) {
      for (let x = Math.max(0, cx - 60); x < Math.min(png.width, cx + 60); x++) {
        const i = (y * png.width + x) * 4
        const [r, g, bl] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!]
        if (r > 140 && g > 125 && bl > 95 && r >= bl) n++
      }
    }
    return n
  })
}

async function settle(page: Page) {
  await page.evaluate(() => window.chainExplorer.pause())
  // The camera glides to frame both skeletons; software rendering is slow, so wait until the plates stop moving.
  const where = () => page.locator('.compare-plate').evaluateAll((els) => els.map((e) => (e as HTMLElement).style.transform).join())
  let last = ''
  for (let i = 0; i < 30; i++) {
    await page.waitForTimeout(800)
    const now = await where()
    if (now === last && now !== '') return
    last = now
  }
}

describe('compare view', () => {
  it('opens from the Compare button: two skeletons on screen, each named under its feet, two chart series', { timeout: 200_000 }, async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    await page.getByRole('button', { name: 'Compare', exact: true }).click()
    await page.getByRole('group', { name: 'Compare with' }).getByRole('radio', { name: SECOND_LABEL }).click()
    await expect.poll(() => page.evaluate(() => window.chainExplorer.state().compare)).toBe(SECOND)
    expect(page.url()).toContain(`compare=${SECOND}`)
    await settle(page)

    const plates = page.locator('.compare-plate:not([hidden])')
    await expect.poll(() => plates.count()).toBe(2)
    const texts = await plates.allTextContents()
    expect(texts[0]).toContain(knee[0]!.label)
    expect(texts[0]).toContain('Left knee · severity 80 %')
    expect(texts[1]).toContain(SECOND_LABEL)
    const [first, second] = await page.locator('.compare-plate__box').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().x))
    expect(Math.abs(first! - second!)).toBeGreaterThan(150)
    const bone = await bonePixelsAbovePlates(page)
    expect(bone[0], `bone pixels above the plates: ${bone.join(', ')}`).toBeGreaterThan(400)
    expect(bone[1], `bone pixels above the plates: ${bone.join(', ')}`).toBeGreaterThan(400)
    await expect.poll(() => page.locator('.compare-note').textContent()).toMatch(/same moment of their stride/)

    await page.getByRole('button', { name: 'Joint-angle charts' }).click()
    const chart = page.locator('.gait-chart').first()
    // The curves come from the gait-analysis worker: the chart shows normal walking until they arrive.
    await expect.poll(() => chart.locator('path[data-series="first"]').count()).toBe(1)
    await expect.poll(() => chart.locator('path[data-series="second"]').count()).toBe(1)
    const legend = await page.locator('.gait-charts__legend').textContent()
    expect(legend).toContain(knee[0]!.label)
    expect(legend).toContain(SECOND_LABEL)
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true })
      await page.screenshot({ path: `${SHOTS}/compare-1280x720.png` })
      await page.setViewportSize({ width: 1024, height: 768 })
      await page.evaluate(() => window.chainExplorer.select('knee-left', { compare: null }))
      await page.evaluate((c) => window.chainExplorer.select('knee-left', { compare: c as never }), SECOND)
      await settle(page)
      await page.screenshot({ path: `${SHOTS}/compare-1024x768.png` })
      await page.setViewportSize({ width: 1280, height: 720 })
    }

    await page.getByRole('button', { name: 'Stop comparing' }).click()
    await expect.poll(() => page.evaluate(() => window.chainExplorer.state().compare)).toBeNull()
    await expect.poll(() => page.locator('.compare-plate').count()).toBe(0)
  })

  it('opens from the API and from a link, and refuses a condition of another region with a notice', { timeout: 200_000 }, async () => {
    const { page } = app
    await page.evaluate((c) => window.chainExplorer.select('knee-right', { compare: c as never }), SECOND)
    expect(await page.evaluate(() => window.chainExplorer.state())).toMatchObject({ region: 'knee-right', compare: SECOND })
    await expect.poll(() => page.locator('.compare-plate:not([hidden])').count()).toBe(2)

    // One WebGL page at a time: two walking skeletons on software rendering starve a second page.
    await app.close()
    const linked = await openApp(browser, { viewport: { width: 1024, height: 768 }, hash: `#region=knee-left&compare=${SECOND}` })
    try {
      expect(await linked.page.evaluate(() => window.chainExplorer.state())).toMatchObject({ region: 'knee-left', compare: SECOND })
      await expect.poll(() => linked.page.locator('.compare-plate:not([hidden])').count()).toBe(2)
      await linked.page.evaluate(() => {
        location.hash = '#region=knee-left&compare=stiff-ankle'
      })
      await expect.poll(() => linked.page.locator('.notice').textContent()).toMatch(/does not start at the left knee/)
      expect(await linked.page.evaluate(() => window.chainExplorer.state())).toMatchObject({ region: 'knee-left', compare: null })
      expect(linked.consoleErrors).toEqual([])
      expect(linked.foreignRequests).toEqual([])
    } finally {
      await linked.close()
    }
  })
})
