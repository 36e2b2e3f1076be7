import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, openApp, type AppPage } from './support/app'

/** Pages in a PDF that Chromium printed. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length

let browser: Browser
let app: AppPage

const SECTIONS = [
  'Get help now',
  'At a glance',
  'What goes wrong',
  'How it reaches the low back',
  'What you may notice',
  'What clinicians may offer',
  'What the guidelines advise against or find no benefit for',
  'A young person’s example',
  'Did you know?',
  'For teachers',
  'Sources',
]

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
    await panel.getByRole('button', { name: /^Step 3:/ }).click({ timeout: 80_000 })
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

  it('prints a handout of at most two pages: the full panel and the classroom material, no page chrome', async () => {
    const { page } = app
    // The longest panel first: it must still fit two pages.
    await page.evaluate(() => window.chainExplorer.select('lumbar'))
    await page.getByRole('complementary').waitFor()
    expect(pageCount(await page.pdf({ format: 'A4', printBackground: true }))).toBeLessThanOrEqual(2)
    await page.evaluate(() => window.chainExplorer.select('knee-left'))
    await page.getByRole('complementary').waitFor()
    await page.emulateMedia({ media: 'print' })
    try {
      const shown = async (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none')
      for (const selector of [
        '.explanation-panel__title',
        '.get-help',
        '.panel-section--wrong',
        '.panel-section--steps',
        '.panel-section--notice',
        '.panel-section--offer',
        '.panel-section--against',
        '.panel-section--teen',
        '.panel-section--know',
        '.classroom__body',
        '.panel-section--sources',
        '.disclaimer',
      ]) {
        expect(await shown(selector), selector).toBe(true)
      }
      // The classroom material prints although it is folded on screen.
      expect(await page.locator('.classroom__toggle').getAttribute('aria-expanded')).toBe('false')
      expect(await shown('.stage')).toBe(false)
      expect(await shown('.region-list')).toBe(false)
      const handout = await page.locator('.explanation-panel').innerText()
      expect(handout).toMatch(/^left knee\s+knee/i)
      expect(handout).toContain('Learning objectives')
      expect(pageCount(await page.pdf({ format: 'A4', printBackground: true }))).toBeLessThanOrEqual(2)
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('at 1024×768 the close button and the whole condition name fit inside the panel, for every region', async () => {
    const { page } = app
    await page.setViewportSize({ width: 1024, height: 768 })
    try {
      for (const { key, label } of await page.evaluate(() => window.chainExplorer.regions())) {
        await page.evaluate((k) => window.chainExplorer.select(k as never), key)
        const panel = page.getByRole('complementary', { name: label })
        await panel.waitFor()
        const area = (await panel.boundingBox())!
        const close = (await panel.getByRole('button', { name: 'Close explanation' }).boundingBox())!
        expect(area.x + area.width, `${key}: panel inside the window`).toBeLessThanOrEqual(1024)
        expect(close.x, `${key}: close button`).toBeGreaterThanOrEqual(area.x)
        expect(close.x + close.width, `${key}: close button`).toBeLessThanOrEqual(area.x + area.width)
        // The menu is as wide as its longest option needs (measured on a copy with nothing around it),
        // give or take 2 px of its inner padding; cut to the old header's width it lost about 60 px.
        const menu = await panel.getByRole('combobox').evaluate((select: HTMLSelectElement) => {
          const free = select.cloneNode(true) as HTMLSelectElement
          free.style.cssText = 'position:absolute;left:0;top:0;max-width:none;min-width:0'
          select.parentElement!.append(free)
          const natural = free.getBoundingClientRect().width
          free.remove()
          return { shown: select.getBoundingClientRect().width, natural, right: select.getBoundingClientRect().right }
        })
        expect(menu.shown, `${key}: condition menu cut short`).toBeGreaterThanOrEqual(menu.natural - 2)
        expect(menu.right).toBeLessThanOrEqual(area.x + area.width)
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 })
    }
  })

  it('made no console errors and no request to another origin', () => {
    expect(app.consoleErrors).toEqual([])
    expect(app.foreignRequests).toEqual([])
  })
})

describe('phones', () => {
  it('shows the panel as a bottom sheet over the 3D view', async () => {
    // Waits for the skeleton: while software WebGL loads it, the page is too busy to answer in time.
    const phone = await openApp(browser, { viewport: { width: 390, height: 844 }, touch: true, reducedMotion: 'reduce', hash: '#region=ankle-right' })
    try {
      const panel = phone.page.getByRole('complementary', { name: 'Right ankle' })
      await panel.waitFor()
      const box = (await panel.boundingBox())!
      expect(box.width).toBeGreaterThan(380)
      expect(box.y + box.height).toBeGreaterThan(840)
      expect(box.height).toBeLessThan(844 * 0.6)
      // Phones show the short version first; the full text is one tap away.
      expect(await panel.locator('.at-a-glance').isVisible()).toBe(true)
      expect(await panel.locator('.panel-section--steps').isVisible()).toBe(false)
      const toggle = panel.getByRole('button', { name: 'Read the full text' })
      expect(await toggle.isVisible()).toBe(true)
      // Keyboard activation: a tap waits for the software-rendered page to hold still, slow on a loaded machine.
      await toggle.press('Enter')
      expect(await panel.locator('.panel-section--steps').isVisible()).toBe(true)
      await phone.page.getByRole('button', { name: 'Close explanation' }).press('Enter')
      expect(await phone.page.getByRole('button', { name: 'Pause' }).isVisible()).toBe(true)
      expect(phone.consoleErrors).toEqual([])
    } finally {
      await phone.close()
    }
  }, 150_000)
})
