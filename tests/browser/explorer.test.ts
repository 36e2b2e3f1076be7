import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openApp, type AppPage } from './support/app'

const KEYS = ['lumbar', 'pelvis', 'hip-left', 'hip-right', 'knee-left', 'knee-right', 'ankle-left', 'ankle-right'] as const
const LABELS: Record<(typeof KEYS)[number], string> = {
  lumbar: 'Lumbar spine',
  pelvis: 'Pelvis',
  'hip-left': 'Left hip',
  'hip-right': 'Right hip',
  'knee-left': 'Left knee',
  'knee-right': 'Right knee',
  'ankle-left': 'Left ankle',
  'ankle-right': 'Right ankle',
}

let browser: Browser
let app: AppPage

/**
 * The region's clickable point, once the scene has settled on the current view: the same point two
 * frames apart (closing the panel widens the canvas and reframes the camera over a few frames, more
 * of them on a slow machine, and a point taken in between is not where the bone ends up).
 */
async function positionOf(page: Page, key: string) {
  const twoFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))))
  const point = () => page.evaluate((k) => window.chainExplorer.screenPosition(k as never), key)
  await twoFrames()
  let p = await point()
  for (let i = 0; i < 30; i++) {
    await twoFrames()
    const next = await point()
    if (p && next && Math.hypot(next.x - p.x, next.y - p.y) < 0.5) return next
    p = next
  }
  return p
}

async function frontView(page: Page) {
  await page.evaluate(() => window.chainExplorer.select(null))
  await page.locator('body').press('Shift+F')
}

beforeAll(async () => {
  browser = await launchBrowser()
  // Reduced motion: camera moves are instant and the chain shows still frames, so positions are stable.
  app = await openApp(browser, { viewport: { width: 900, height: 640 }, reducedMotion: 'reduce' })
  await app.page.waitForFunction(() => document.querySelector('.app') !== null)
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

describe('the 3D explorer in Chromium', () => {
  for (const key of KEYS) {
    it(`a click on the skeleton at screenPosition('${key}') chooses ${LABELS[key]} and opens its panel`, async () => {
      const { page } = app
      await frontView(page)
      const p = await positionOf(page, key)
      expect(p, `${key} should be visible from the front`).not.toBeNull()
      await page.mouse.click(p!.x, p!.y)
      await expect.poll(() => page.evaluate(() => window.chainExplorer.state().region)).toBe(key)
      await page.getByRole('complementary').waitFor()
      expect(await page.getByRole('complementary').getByRole('heading', { level: 2 }).textContent()).toBe(LABELS[key])
      expect(new URL(page.url()).hash).toContain(`region=${key}`)
      expect(await page.getByRole('button', { name: LABELS[key], exact: true }).getAttribute('aria-pressed')).toBe('true')
    })
  }

  it('names the region under the pointer', async () => {
    const { page } = app
    await frontView(page)
    const p = await positionOf(page, 'knee-right')
    await page.mouse.move(p!.x, p!.y)
    await expect.poll(() => page.locator('.hover-tag__name').textContent()).toBe('Right knee')
    await page.mouse.move(5, 300)
    await expect.poll(() => page.locator('.hover-tag__name').count()).toBe(0)
  })

  it('turns the view on a drag and never selects at the end of it', async () => {
    const { page } = app
    await frontView(page)
    const before = await positionOf(page, 'knee-left')
    await page.mouse.move(before!.x, before!.y)
    await page.mouse.down()
    await page.mouse.move(before!.x + 120, before!.y + 10, { steps: 8 })
    await page.mouse.up()
    expect(await page.evaluate(() => window.chainExplorer.state().region)).toBeNull()
    const after = await positionOf(page, 'lumbar')
    const lumbarFront = await (async () => {
      await page.locator('body').press('Shift+F')
      return positionOf(page, 'lumbar')
    })()
    expect(after === null || Math.abs(after.x - lumbarFront!.x) > 3 || Math.abs(after.y - lumbarFront!.y) > 3).toBe(true)
  })

  it('goes back to the overview on a click on empty space', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('pelvis'))
    const box = (await page.locator('.stage__viewport').boundingBox())!
    await page.mouse.click(box.x + box.width * 0.5, box.y + 20)
    await expect.poll(() => page.evaluate(() => window.chainExplorer.state().region)).toBeNull()
  })

  it('shows the anatomical views from the keyboard: front, back and the skeleton’s left side', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select(null))
    await page.locator('body').press('Shift+F')
    const fl = await positionOf(page, 'knee-left')
    const fr = await positionOf(page, 'knee-right')
    // From the front the skeleton's left knee is on the viewer's right.
    expect(fl!.x).toBeGreaterThan(fr!.x)
    await page.locator('body').press('Shift+B')
    const bl = await positionOf(page, 'knee-left')
    const br = await positionOf(page, 'knee-right')
    expect(bl!.x).toBeLessThan(br!.x)
    await page.locator('body').press('Shift+L')
    expect(await positionOf(page, 'knee-left')).not.toBeNull()
    expect(await positionOf(page, 'ankle-left')).not.toBeNull()
    await page.getByRole('toolbar', { name: 'View' }).getByRole('button', { name: 'Front' }).click()
    const again = await positionOf(page, 'knee-left')
    expect(Math.abs(again!.x - fl!.x)).toBeLessThan(4)
  })

  it('turns and zooms with the arrow and plus keys when the 3D view has focus', async () => {
    const { page } = app
    await page.locator('body').press('Shift+F')
    const gap = async () => Math.abs((await positionOf(page, 'knee-left'))!.x - (await positionOf(page, 'knee-right'))!.x)
    const start = await gap()
    await page.locator('.stage__viewport').focus()
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft')
    // Turned 30° about the vertical: the knees line up, so they come closer together on screen.
    expect(await gap()).toBeLessThan(start * 0.93)
    await page.locator('body').press('Shift+F')
    const a = await positionOf(page, 'knee-left')
    const b = await positionOf(page, 'knee-right')
    await page.locator('.stage__viewport').focus()
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    const za = await positionOf(page, 'knee-left')
    const zb = await positionOf(page, 'knee-right')
    // Closer: the two knees are farther apart on screen.
    expect(Math.abs(za!.x - zb!.x)).toBeGreaterThan(Math.abs(a!.x - b!.x) * 1.2)
    await page.locator('body').press('0')
  })

  it('hides and shows the region name tags', async () => {
    const { page } = app
    await page.locator('body').press('Shift+F')
    await expect.poll(() => page.locator('.region-label:not([hidden])').count()).toBeGreaterThanOrEqual(5)
    await page.getByRole('button', { name: 'Names' }).click()
    expect(await page.locator('.region-label').count()).toBe(0)
    await page.locator('body').press('n')
    await expect.poll(() => page.locator('.region-label:not([hidden])').count()).toBeGreaterThanOrEqual(5)
  })

  it('made no console errors and no request to another origin', () => {
    expect(app.consoleErrors).toEqual([])
    expect(app.foreignRequests).toEqual([])
  })
})

describe('touch', () => {
  it('a tap on a region chooses it', async () => {
    const touch = await openApp(browser, { viewport: { width: 420, height: 800 }, reducedMotion: 'reduce', touch: true })
    try {
      await touch.page.locator('body').press('Shift+F')
      const p = await positionOf(touch.page, 'knee-left')
      expect(p).not.toBeNull()
      await touch.page.touchscreen.tap(p!.x, p!.y)
      await expect.poll(() => touch.page.evaluate(() => window.chainExplorer.state().region)).toBe('knee-left')
      expect(touch.consoleErrors).toEqual([])
    } finally {
      await touch.close()
    }
  })
})
