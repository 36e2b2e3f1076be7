import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, openApp } from './support/app'

/**
 * The classroom: presenter mode laid out for projectors, a lesson driven by clicker keys only,
 * prediction prompts, the presenter view in a second window, and the slide-program keys.
 */
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

interface Box {
  name: string
  left: number
  top: number
  right: number
  bottom: number
}

const frames = (page: Page, n = 3) =>
  page.evaluate(
    (count) =>
      new Promise<void>((resolve) => {
        let left = count
        const tick = () => (--left <= 0 ? resolve() : requestAnimationFrame(tick))
        requestAnimationFrame(tick)
      }),
    n,
  )

/** Boxes of the elements that must never overlap each other or the chain on a projector. */
const overlayBoxes = (page: Page) =>
  page.evaluate(() => {
    const names = ['.step-caption', '.role-legend', '.presenter-bar__count', '.presenter-bar__buttons', '.presenter-glance', '.chain-controls', '.gait-charts', '.view-controls__group']
    return names.flatMap((name) =>
      [...document.querySelectorAll(name)].flatMap((el) => {
        const r = el.getBoundingClientRect()
        const hidden = r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === 'hidden'
        return hidden ? [] : [{ name, left: r.left, top: r.top, right: r.right, bottom: r.bottom }]
      }),
    )
  })

const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top))

/** The chain's regions on screen, once the camera has settled (two reads a few frames apart agree). */
async function settledChainPositions(page: Page) {
  const read = () => page.evaluate(() => window.chainExplorer.chain()!.map((l) => ({ region: l.region, p: window.chainExplorer.screenPosition(l.region) })))
  let before = await read()
  const end = Date.now() + 40_000
  while (Date.now() < end) {
    await frames(page, 2)
    const now = await read()
    const still = now.every((n, j) => n.p && before[j]!.p && Math.hypot(n.p.x - before[j]!.p!.x, n.p.y - before[j]!.p!.y) < 1)
    if (still) return now
    before = now
  }
  return before
}

const slideKind = (page: Page) => page.evaluate(() => document.querySelector('.app')?.getAttribute('data-lesson') ?? null)

describe('classroom', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 1920, height: 1080 },
  ]) {
    it(`presenter mode at ${viewport.width}×${viewport.height}: nothing overlaps, and the chain's regions are framed in the open`, async () => {
      const app = await openApp(browser, { viewport, reducedMotion: 'reduce', hash: '#region=knee-left&step=3&mode=present' })
      try {
        const { page } = app
        const positions = await settledChainPositions(page)
        const boxes = await overlayBoxes(page)
        expect(boxes.map((b) => b.name)).toEqual(expect.arrayContaining(['.step-caption', '.presenter-bar__count', '.presenter-bar__buttons', '.presenter-glance', '.chain-controls']))
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i]!, boxes[j]!), `${boxes[i]!.name} over ${boxes[j]!.name}`).toBe(0)
        }
        for (const { region, p } of positions) {
          expect(p, `${region} visible`).not.toBeNull()
          const under = boxes.filter((b) => p!.x >= b.left && p!.x <= b.right && p!.y >= b.top && p!.y <= b.bottom)
          expect(under.map((b) => b.name), `${region} under an overlay`).toEqual([])
        }
        // At least 28 px at 1080p; never below 20 px on a smaller projector.
        const title = await page.locator('.step-caption__title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
        expect(title).toBeGreaterThanOrEqual(viewport.height >= 1080 ? 28 : 20)
        // The explanation panel gives way to the short text.
        expect(await page.locator('.explanation-panel').isVisible()).toBe(false)
      } finally {
        await app.close()
      }
    }, 240_000)
  }

  it('outside presenter mode, at 1100×700 with the panel open, the side view frames the whole chain in the free space', async () => {
    const app = await openApp(browser, { viewport: { width: 1100, height: 700 }, reducedMotion: 'reduce', hash: '#region=knee-left' })
    try {
      const { page } = app
      await page.locator('body').press('Shift+L')
      const positions = await settledChainPositions(page)
      const boxes = await overlayBoxes(page)
      expect(await page.locator('.explanation-panel').isVisible()).toBe(true)
      for (const { region, p } of positions) {
        expect(p, `${region} visible`).not.toBeNull()
        expect(boxes.filter((b) => p!.x >= b.left && p!.x <= b.right && p!.y >= b.top && p!.y <= b.bottom).map((b) => b.name), region).toEqual([])
      }
      const ankle = await page.evaluate(() => window.chainExplorer.screenPosition('ankle-left'))
      expect(ankle).not.toBeNull()
    } finally {
      await app.close()
    }
  }, 180_000)

  it('runs the whole default lesson with clicker keys only, first card to last and back, Home and End', async () => {
    const app = await openApp(browser, { viewport: { width: 1024, height: 768 }, hash: '#lesson=all&mode=present', waitForScene: false })
    try {
      const { page } = app
      await page.waitForFunction(() => document.querySelector('.title-card') !== null)
      const total = await page.evaluate(() => {
        const h = new URLSearchParams(location.hash.slice(1))
        return h.get('lesson')!.split(',').length
      })
      expect(total).toBe(5)
      const seen: string[] = []
      const cards: (string | null)[] = []
      for (let i = 0; i < 60; i++) {
        const kind = await slideKind(page)
        seen.push(kind!)
        if (kind === 'card') cards.push(await page.locator('.title-card__count').textContent())
        const before = await page.evaluate(() => location.hash)
        // Clickers send Page Down or →; on a title card Space goes on too.
        await page.keyboard.press(kind === 'card' ? ' ' : i % 2 === 0 ? 'PageDown' : 'ArrowRight')
        if ((await page.evaluate(() => location.hash)) === before) break
      }
      expect(cards).toEqual(['Chain 1 of 5', 'Chain 2 of 5', 'Chain 3 of 5', 'Chain 4 of 5', 'Chain 5 of 5'])
      // Each chain plays every link, and the lesson ends on the last link of the low back's chain.
      const end = await page.evaluate(() => window.chainExplorer.state())
      expect(end).toMatchObject({ region: 'lumbar', step: end.steps - 1 })
      const linkCount = seen.filter((k) => k === 'link').length
      expect(linkCount).toBeGreaterThanOrEqual(5 * 3)
      // Back across chains to the first card.
      for (let i = 0; i < seen.length; i++) await page.keyboard.press('PageUp')
      expect(await slideKind(page)).toBe('card')
      await expect.poll(() => page.locator('.title-card__count').textContent()).toBe('Chain 1 of 5')
      expect((await page.evaluate(() => window.chainExplorer.state())).region).toBe('ankle-left')
      await page.keyboard.press('End')
      await expect.poll(() => page.locator('.title-card__count').textContent()).toBe('Chain 5 of 5')
      await page.keyboard.press('Home')
      await expect.poll(() => page.locator('.title-card__count').textContent()).toBe('Chain 1 of 5')
    } finally {
      await app.close()
    }
  })

  it('asks the class to predict, marks the candidates on the skeleton, then reveals the link', async () => {
    const app = await openApp(browser, { viewport: { width: 1024, height: 768 }, hash: '#lesson=stiff-knee.left.80&predict=1&mode=present' })
    try {
      const { page } = app
      await page.keyboard.press('PageDown')
      expect(await slideKind(page)).toBe('link')
      await page.keyboard.press('PageDown')
      await expect.poll(() => slideKind(page)).toBe('predict')
      await expect.poll(() => page.locator('.predict-prompt__question').textContent()).toBe('Which region takes the strain next?')
      // The caption would give the answer away while the question is asked.
      expect(await page.locator('.step-caption').isVisible()).toBe(false)
      const answer = await page.evaluate(() => window.chainExplorer.chain()![1]!.region)
      await page.waitForSelector(`.predict-marker[data-region="${answer}"]:not([hidden])`, { timeout: 60_000 })
      // The marker sits on its region: it follows the skeleton (and the camera settling on the new
      // framing as the caption hides) a few times a second.
      const offset = async () => {
        const marker = await page.locator(`.predict-marker[data-region="${answer}"]`).boundingBox()
        const spot = await page.evaluate((key) => window.chainExplorer.screenPosition(key as never), answer)
        expect(spot).not.toBeNull()
        return Math.hypot(marker!.x + marker!.width / 2 - spot!.x, marker!.y + marker!.height / 2 - spot!.y)
      }
      await expect.poll(offset, { timeout: 10_000 }).toBeLessThan(80)
      expect(await page.locator('.predict-marker').count()).toBeGreaterThan(1)
      await page.keyboard.press('PageDown')
      await expect.poll(() => slideKind(page)).toBe('link')
      expect(await page.locator('.predict-prompt').count()).toBe(0)
      await expect.poll(() => page.locator('.step-caption__count').textContent()).toBe('Step 2 of 5')
    } finally {
      await app.close()
    }
  })

  it('the presenter view drives the projected window and follows it', async () => {
    const app = await openApp(browser, { viewport: { width: 1024, height: 768 }, hash: '#lesson=stiff-knee.left.80,stiff-ankle.right.60&mode=present', waitForScene: false })
    try {
      const { page, context } = app
      await page.waitForFunction(() => document.querySelector('.title-card') !== null)
      const laptop = await context.newPage()
      await laptop.goto(new URL('?presenter', page.url()).href.replace(/#.*$/, ''))
      await expect.poll(() => laptop.locator('.presenter-view__position').textContent()).toMatch(/^Chain 1 of 2 · slide 1 of \d+$/)
      expect(await laptop.locator('.presenter-view__notes').textContent()).toMatch(/Questions for the class/)
      await laptop.getByRole('button', { name: 'Next', exact: true }).click()
      await expect.poll(() => slideKind(page)).toBe('link')
      await expect.poll(() => laptop.locator('.presenter-view__heading').textContent()).toMatch(/^Step 1: /)
      // And the other way: the clicker on the projected window moves the laptop's view.
      await page.bringToFront()
      await page.keyboard.press('End')
      await expect.poll(() => laptop.locator('.presenter-view__position').textContent()).toMatch(/^Chain 2 of 2/)
      await laptop.getByRole('button', { name: 'Black screen' }).click()
      await expect.poll(() => page.locator('.blackout[data-colour="black"]').count()).toBe(1)
      await laptop.close()
    } finally {
      await app.close()
    }
  })

  it('slide-program keys: B and . black, W and , white, any key returns; F full screen; 1-5 regions; ? help', async () => {
    const app = await openApp(browser, { viewport: { width: 1024, height: 768 }, hash: '#mode=present', waitForScene: false })
    try {
      const { page } = app
      await page.waitForFunction(() => window.chainExplorer !== undefined)
      for (const [key, colour] of [['b', 'black'], ['.', 'black'], ['w', 'white'], [',', 'white']] as const) {
        await page.keyboard.press(key)
        await expect.poll(() => page.locator(`.blackout[data-colour="${colour}"]`).count()).toBe(1)
        await page.keyboard.press('x')
        await expect.poll(() => page.locator('.blackout').count()).toBe(0)
      }
      await page.keyboard.press('f')
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true)
      await page.keyboard.press('f')
      await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false)
      const kinds: [string, string][] = [['1', 'lumbar'], ['2', 'pelvis'], ['3', 'hip-left'], ['4', 'knee-left'], ['5', 'ankle-left']]
      for (const [key, region] of kinds) {
        await page.keyboard.press(key)
        expect((await page.evaluate(() => window.chainExplorer.state())).region, key).toBe(region)
      }
      await page.keyboard.press('?')
      await expect.poll(() => page.locator('dialog.shortcuts').evaluate((d: HTMLDialogElement) => d.open)).toBe(true)
      expect(await page.locator('dialog.shortcuts').textContent()).toContain('Shift+F, Shift+B')
    } finally {
      await app.close()
    }
  })
})

describe('worksheet', () => {
  it('prints a lesson as a worksheet and an answer sheet, one chain per page, each with its picture', async () => {
    const app = await openApp(browser, { viewport: { width: 1024, height: 768 } })
    try {
      const { page } = app
      await page.getByRole('button', { name: 'Build a lesson' }).click()
      const builder = page.getByRole('dialog', { name: 'Build a lesson' })
      // Three chains: remove two of the five.
      await builder.getByRole('button', { name: /^Remove / }).first().click()
      await builder.getByRole('button', { name: /^Remove / }).first().click()
      expect(await builder.locator('.lesson-builder__items > li').count()).toBe(3)
      const pagesOf = async (kind: 'Worksheet' | 'Answer sheet') => {
        // The builder keeps its lesson while closed; it closes itself when a sheet opens.
        if (!(await builder.isVisible())) await page.getByRole('button', { name: 'Build a lesson' }).click()
        await builder.getByRole('button', { name: kind, exact: true }).click()
        await page.waitForSelector('.worksheet[data-ready="true"]', { timeout: 80_000 })
        const pictures = await page.locator('img.worksheet__picture').count()
        await page.emulateMedia({ media: 'print' })
        const pdf = await page.pdf({ format: 'A4', printBackground: true })
        await page.emulateMedia({ media: 'screen' })
        await page.getByRole('button', { name: 'Close', exact: true }).click()
        return { pages: (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length, pictures }
      }
      expect(await pagesOf('Worksheet')).toEqual({ pages: 3, pictures: 3 })
      expect(await pagesOf('Answer sheet')).toEqual({ pages: 3, pictures: 3 })
    } finally {
      await app.close()
    }
  }, 300_000)
})
