import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openApp, type AppPage } from './support/app'
import { defaultConditionFor } from '../../src/conditions'

let browser: Browser
let app: AppPage

const frames = (page: Page, n = 2) => page.evaluate((count) => new Promise<void>((resolve) => {
  let left = count
  const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick))
  requestAnimationFrame(tick)
}), n)

const state = (page: Page) => page.evaluate(() => window.chainExplorer.state())

beforeAll(async () => {
  browser = await launchBrowser()
  app = await openApp(browser, { viewport: { width: 900, height: 640 } })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

describe('compensation chains in Chromium', () => {
  const ORIGINS: [string, string, number][] = [
    ['ankle-left', 'Left ankle', 3],
    ['knee-right', 'Right knee', 3],
    ['hip-left', 'Left hip', 3],
    ['pelvis', 'Pelvis', 2],
    ['lumbar', 'Lumbar spine', 3],
  ]
  for (const [key, label, min] of ORIGINS) {
    it(`${label}: plays a chain of at least ${min} links that starts there and ends at the lumbar spine`, async () => {
      const { page } = app
      await page.getByRole('navigation', { name: 'Body regions' }).getByRole('button', { name: label, exact: true }).click()
      const s = await state(page)
      expect(s).toMatchObject({ region: key, step: 0, playing: true })
      expect(s.steps).toBeGreaterThanOrEqual(min)
      const links = await page.evaluate(() => window.chainExplorer.chain())
      expect(links).toHaveLength(s.steps)
      expect(links![0]).toMatchObject({ region: key, role: 'origin' })
      expect(links!.at(-1)).toMatchObject({ region: 'lumbar', role: 'overloaded' })
      await expect.poll(() => page.locator('.step-caption__count').textContent()).toBe(`Step 1 of ${s.steps}`)
    })
  }

  it('walks while playing: the feet move, and they stop when paused', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    await page.locator('body').press('Shift+F')
    await frames(page, 3)
    const a = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
    await page.waitForTimeout(700)
    const b = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
    // The foot's visible point moves several pixels in 0.7 s of walking (or goes behind the other leg).
    expect(a).not.toBeNull()
    const moved = b ? Math.hypot(b.x - a!.x, b.y - a!.y) : Infinity
    expect(moved).toBeGreaterThan(4)
    await page.getByRole('button', { name: 'Pause' }).click()
    expect((await state(page)).playing).toBe(false)
    await frames(page, 2)
    const p1 = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
    await page.waitForTimeout(500)
    const p2 = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
    expect(Math.hypot(p2!.x - p1!.x, p2!.y - p1!.y)).toBeLessThan(1)
  })

  it('the scrub bar follows the stride while playing, and holds where the user moves it', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    await page.evaluate(() => window.chainExplorer.play())
    const slider = page.getByRole('slider', { name: 'Moment in the stride' })
    const read = () => slider.evaluate((el) => (el as HTMLInputElement).valueAsNumber)
    await frames(page, 3)
    const seen = new Set<number>()
    for (let i = 0; i < 4; i++) {
      seen.add(await read())
      await page.waitForTimeout(250)
    }
    // Four readings a quarter second apart: the thumb moved with the walk.
    expect(seen.size).toBeGreaterThanOrEqual(3)
    await slider.focus()
    await slider.press('Home')
    for (let i = 0; i < 50; i++) await slider.press('ArrowRight')
    expect((await state(page)).playing).toBe(false)
    await frames(page, 4)
    expect(await read()).toBe(50)
    await page.evaluate(() => window.chainExplorer.play())
  })

  it('steps through the links with the buttons, the clicker keys and the API', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('ankle-right'))
    await page.getByRole('button', { name: 'Next link' }).click()
    expect((await state(page)).step).toBe(1)
    await expect.poll(() => page.locator('.step-caption__title').textContent()).toBe(defaultConditionFor('ankle').links[1]!.title)
    await page.locator('body').press('PageDown')
    await page.locator('body').press('PageDown')
    expect((await state(page)).step).toBe(3)
    await page.locator('body').press('PageUp')
    expect((await state(page)).step).toBe(2)
    await page.evaluate(() => {
      window.chainExplorer.next()
      window.chainExplorer.next()
      window.chainExplorer.next()
    })
    expect((await state(page)).step).toBe(4)
    expect(await page.getByRole('button', { name: 'Next link' }).isDisabled()).toBe(true)
    await page.getByRole('button', { name: 'Previous link' }).click()
    expect((await state(page)).step).toBe(3)
    expect(new URL(page.url()).hash).toContain('step=4')
  })

  it('moves on to the next link by itself while playing', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('pelvis'))
    await page.getByLabel('Speed').selectOption('2')
    expect((await state(page)).speed).toBe(2)
    // The first link lasts 5 s of chain time: at 2× it ends after 2.5 s.
    await expect.poll(() => state(page).then((s) => s.step), { timeout: 20_000 }).toBe(1)
    await page.getByLabel('Speed').selectOption('1')
  })

  it('shows normal walking beside the limp and the joint-angle charts', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('hip-left'))
    await page.getByRole('button', { name: 'Condition, side, severity and normal walking' }).click()
    await page.getByRole('combobox', { name: /^Normal walking/ }).selectOption('beside')
    if ((await page.locator('.gait-charts').count()) === 0) await page.getByRole('button', { name: 'Joint-angle charts' }).click()
    await expect.poll(() => page.locator('.gait-chart').count()).toBe(5)
    // Each chart has the current curve, normal walking (here the second skeleton's series) and a cursor
    // that follows the walk.
    const cursorX = () => page.locator('.gait-chart__cursor').first().getAttribute('x1')
    const x1 = await cursorX()
    await page.waitForTimeout(400)
    expect(await cursorX()).not.toBe(x1)
    const hip = page.locator('.gait-chart').first()
    expect(await hip.locator('.gait-chart__now').getAttribute('d')).not.toBe(await hip.locator('.gait-chart__second').getAttribute('d'))
    await page.getByRole('combobox', { name: /^Normal walking/ }).selectOption('off')
  })

  it('switches the problem to the other side', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    if ((await page.locator('#chain-settings').count()) === 0) await page.getByRole('button', { name: 'Condition, side, severity and normal walking' }).click()
    await page.getByRole('radio', { name: 'Right' }).click()
    expect((await state(page)).region).toBe('knee-right')
    expect((await page.evaluate(() => window.chainExplorer.chain()))!.map((l) => l.region)).toEqual(['knee-right', 'hip-right', 'pelvis', 'ankle-left', 'lumbar'])
  })

  it('made no console errors and no request to another origin', () => {
    expect(app.consoleErrors).toEqual([])
    expect(app.foreignRequests).toEqual([])
  })
})

describe('reduced motion', () => {
  it('shows each link as a still frame instead of continuous walking', async () => {
    const still = await openApp(browser, { viewport: { width: 800, height: 600 }, reducedMotion: 'reduce', hash: '#region=ankle-left' })
    try {
      const { page } = still
      await page.locator('body').press('Shift+F')
      await frames(page, 3)
      const a = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
      await page.waitForTimeout(600)
      const b = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
      expect(Math.hypot(b!.x - a!.x, b!.y - a!.y)).toBeLessThan(1)
      // A different link is a different still.
      await page.evaluate(() => window.chainExplorer.next())
      await page.evaluate(() => window.chainExplorer.next())
      await frames(page, 3)
      const knee1 = await page.evaluate(() => window.chainExplorer.screenPosition('knee-left'))
      await page.evaluate(() => window.chainExplorer.previous())
      await page.evaluate(() => window.chainExplorer.previous())
      await frames(page, 3)
      const knee0 = await page.evaluate(() => window.chainExplorer.screenPosition('knee-left'))
      expect(Math.hypot(knee1!.x - knee0!.x, knee1!.y - knee0!.y)).toBeGreaterThan(2)
      expect(still.consoleErrors).toEqual([])
    } finally {
      await still.close()
    }
  })
})
