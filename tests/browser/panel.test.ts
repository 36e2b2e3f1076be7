import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, openApp, type AppPage } from './support/app'

let browser: Browser
let app: AppPage

const SECTIONS = ['What goes wrong', 'How it reaches the low back', 'What a person may notice', 'What helps', 'Did you know?', 'Sources']

beforeAll(async () => {
  browser = await launchBrowser()
  app = await openApp(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

describe('explanation panels in Chromium', () => {
  const REGIONS: [string, string][] = [
    ['lumbar', 'Lumbar spine'],
    ['pelvis', 'Pelvis'],
    ['hip-left', 'Left hip'],
    ['knee-right', 'Right knee'],
    ['ankle-left', 'Left ankle'],
  ]
  for (const [key, label] of REGIONS) {
    it(`${label}: the panel opens with every section, one step per link`, async () => {
      const { page } = app
      await page.evaluate((k) => window.chainExplorer.select(k as never), key)
      const panel = page.getByRole('complementary', { name: label })
      await panel.waitFor()
      expect(await panel.getByRole('heading', { level: 3 }).allTextContents()).toEqual(SECTIONS)
      const { steps } = await page.evaluate(() => window.chainExplorer.state())
      expect(await panel.locator('.chain-step').count()).toBe(steps)
      for (const section of await panel.locator('.panel-section').all()) expect(((await section.textContent()) ?? '').length).toBeGreaterThan(40)
      expect(await panel.locator('.sources li').count()).toBeGreaterThanOrEqual(2)
      // The figure computed from the animation, marked as illustrative.
      expect(await panel.locator('.daily-figure').textContent()).toMatch(/Illustrative/)
      // Sided panels speak of the chosen side.
      const side = key.endsWith('-left') ? 'left' : key.endsWith('-right') ? 'right' : ''
      expect((await panel.locator('.explanation-panel__title').textContent())!.toLowerCase()).toContain(side)
    })
  }

  it('says once, plainly, that it teaches and does not diagnose', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    await page.getByRole('complementary').waitFor()
    const text = await page.locator('body').innerText()
    expect(text.match(/does not diagnose/g)).toHaveLength(1)
  })

  it('moves the animation to the link of a step that is clicked, and marks the current step', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    const panel = page.getByRole('complementary', { name: 'Left knee' })
    await panel.getByRole('button', { name: /^Step 3:/ }).click()
    expect(await page.evaluate(() => window.chainExplorer.state().step)).toBe(2)
    expect(await panel.locator('.chain-step').nth(2).getAttribute('aria-current')).toBe('step')
    expect(await page.locator('.step-caption__title').textContent()).toBe('The pelvis hikes')
    // And the other way: the animation moving on highlights the next step.
    await page.evaluate(() => window.chainExplorer.next())
    await expect.poll(() => panel.locator('.chain-step').nth(3).getAttribute('aria-current')).toBe('step')
  })

  it('explains a term in a small popover that Escape closes without closing the panel', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('lumbar'))
    const panel = page.getByRole('complementary', { name: 'Lumbar spine' })
    const term = panel.getByRole('button', { name: 'radiculopathy', exact: true }).first()
    await term.click()
    expect(await term.getAttribute('aria-expanded')).toBe('true')
    expect(await panel.locator('.term__popover').textContent()).toMatch(/Radiculopathy/i)
    await term.press('Escape')
    expect(await panel.locator('.term__popover').count()).toBe(0)
    expect(await page.getByRole('complementary').count()).toBe(1)
  })

  it('prints a one-page handout of the open region: title, steps, what helps and sources', async () => {
    const { page } = app
    // The longest panel first: it must still fit one page.
    await page.evaluate(() => window.chainExplorer.select('lumbar'))
    await page.getByRole('complementary').waitFor()
    const longest = await page.pdf({ format: 'A4', printBackground: true })
    expect(longest.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).toHaveLength(1)
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    await page.getByRole('complementary').waitFor()
    await page.emulateMedia({ media: 'print' })
    try {
      const shown = async (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none')
      expect(await shown('.explanation-panel__title')).toBe(true)
      expect(await shown('.panel-section--steps')).toBe(true)
      expect(await shown('.panel-section--helps')).toBe(true)
      expect(await shown('.panel-section--sources')).toBe(true)
      expect(await shown('.disclaimer')).toBe(true)
      expect(await shown('.stage')).toBe(false)
      expect(await shown('.region-list')).toBe(false)
      expect(await shown('.panel-section--wrong')).toBe(false)
      const handout = await page.locator('.explanation-panel').innerText()
      expect(handout).toMatch(/^left knee\s+knee/i)
      expect(handout).toContain('How it reaches the low back')
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []
      expect(pages).toHaveLength(1)
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('made no console errors and no request to another origin', () => {
    expect(app.consoleErrors).toEqual([])
    expect(app.foreignRequests).toEqual([])
  })
})

describe('phones', () => {
  it('shows the panel as a bottom sheet over the 3D view', async () => {
    const phone = await openApp(browser, { viewport: { width: 390, height: 844 }, touch: true, reducedMotion: 'reduce', hash: '#region=ankle-right' })
    try {
      const panel = phone.page.getByRole('complementary', { name: 'Right ankle' })
      await panel.waitFor()
      const box = (await panel.boundingBox())!
      expect(box.width).toBeGreaterThan(380)
      expect(box.y + box.height).toBeGreaterThan(840)
      expect(box.height).toBeLessThan(844 * 0.6)
      await phone.page.getByRole('button', { name: 'Close explanation' }).click()
      expect(await phone.page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true)
      expect(phone.consoleErrors).toEqual([])
    } finally {
      await phone.close()
    }
  })
})
