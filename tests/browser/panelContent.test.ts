import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Locator } from 'playwright-core'
import { chainGait, chainWeights, resolveChain } from '../../src/chains/resolve'
import { CONDITIONS, GAIT_CHANGES } from '../../src/conditions'
import type { RegionKey } from '../../src/anatomy/regions'
import { EVIDENCE_GRADES } from '../../src/content/evidenceGrades'
import { extraLumbarSideBend } from '../../src/gait'
import { DEFAULT_SEVERITY } from '../../src/state/store'
import { launchBrowser, openApp, type AppPage } from './support/app'

// Data-driven over CONDITIONS, so every condition registered later is covered without editing here.

/** The region each condition is tried on: its kind's left-side key, or the central region itself. */
const regionOf = (kind: string) => (kind === 'lumbar' || kind === 'pelvis' ? kind : `${kind}-left`) as RegionKey

let browser: Browser
let laptop: AppPage
let presenter: AppPage

const ready = (app: AppPage) => app.page.waitForFunction(() => window.chainExplorer !== undefined)

beforeAll(async () => {
  browser = await launchBrowser()
  laptop = await openApp(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce', waitForScene: false })
  presenter = await openApp(browser, {
    viewport: { width: 1024, height: 768 },
    reducedMotion: 'reduce',
    waitForScene: false,
    hash: '#mode=present',
  })
  await Promise.all([ready(laptop), ready(presenter)])
})

afterAll(async () => {
  await laptop?.close()
  await presenter?.close()
  await browser?.close()
})

/** Every evidence badge inside `scope`, as [word shown, tooltip]. */
async function badges(scope: Locator): Promise<[string, string][]> {
  return scope.locator('.evidence-badge').evaluateAll((els) => els.map((el) => [el.querySelector('[aria-hidden]')!.textContent!, el.getAttribute('title')!]))
}

const badgeOf = (grade: keyof typeof EVIDENCE_GRADES): [string, string] => [EVIDENCE_GRADES[grade].word, EVIDENCE_GRADES[grade].meaning]

describe.each(CONDITIONS)('panel of $id', (condition) => {
  const region = regionOf(condition.kind)

  it('on a 1280×800 laptop: "Get help now" fits the first screen, cited, with the young-person sign', async () => {
    const { page } = laptop
    await page.evaluate(([k, c]) => window.chainExplorer.select(k as never, { condition: c as never }), [region, condition.id])
    const panel = page.locator(`.explanation-panel[data-condition="${condition.id}"]`)
    await panel.waitFor()
    const help = panel.locator('.get-help')
    const box = (await help.boundingBox())!
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.y + box.height).toBeLessThanOrEqual(800)
    expect(await help.getByRole('heading', { name: 'Get help now' }).isVisible()).toBe(true)
    expect(await help.innerText()).toContain('Any child or teenager with a limp')
    const items = help.locator('li')
    expect(await items.count()).toBeGreaterThanOrEqual(condition.panel.getHelpNow.length)
    // Each sign cites its guidelines by number into the panel's own source list.
    for (const citation of await help.locator('li .citation').allTextContents()) expect(citation).toMatch(/\[\d+(, \d+)*\]$/)
    expect(await help.locator('li .citation').count()).toBe(await items.count())
  })

  it('on a laptop: At a glance, both "What helps" lists, and a badge on every step that says its grade', async () => {
    const { page } = laptop
    const panel = page.locator(`.explanation-panel[data-condition="${condition.id}"]`)
    const glance = panel.locator('.at-a-glance')
    expect(await glance.isVisible()).toBe(true)
    expect((await glance.locator('p, li').allInnerTexts()).join(' ').split(/\s+/).length).toBeLessThanOrEqual(120)
    expect(await panel.locator('.help-list--offer li').count()).toBe(condition.panel.whatCliniciansMayOffer.length)
    expect(await panel.locator('.help-list--against li').count()).toBe(condition.panel.whatGuidelinesAdviseAgainst.length)
    expect(await panel.getByRole('heading', { name: 'What the guidelines advise against or find no benefit for' }).isVisible()).toBe(true)
    expect(await badges(panel.locator('.chain-steps'))).toEqual(condition.links.map((l) => badgeOf(l.grade)))
    // The caption over the skeleton shows the playing link's grade.
    const step = await page.evaluate(() => window.chainExplorer.state().step)
    expect(await badges(page.locator('.step-caption'))).toEqual([badgeOf(condition.links[step]!.grade)])
  })

  it('on a laptop: the daily figure shows the engine\'s per-step number, rounded', async () => {
    const { page } = laptop
    const figure = page.locator(`.explanation-panel[data-condition="${condition.id}"] .daily-figure`)
    const engine = extraLumbarSideBend(chainGait(resolveChain(region, 'left', condition), DEFAULT_SEVERITY), chainWeights(resolveChain(region, 'left', condition)))
    expect(Number(await figure.getAttribute('data-degrees'))).toBeCloseTo(engine.perStep, 2)
    const text = await figure.innerText()
    const shown = text.match(/bends up to (\d+)° differently from normal walking on each step/)
    expect(shown, text).not.toBeNull()
    expect(Number(shown![1])).toBe(Math.round(engine.perStep))
    expect(text).not.toMatch(/further|of extra bending/)
  })

  it('on a laptop: the gait chart legend names each change in the curves with its grade', async () => {
    const { page } = laptop
    // Keyboard activation: a pointer click waits for the software-rendered page to hold still, which a
    // loaded machine can take a minute to do.
    const toggle = page.getByRole('button', { name: 'Joint-angle charts' })
    if ((await page.locator('.gait-charts').count()) === 0) await toggle.press('Enter')
    await page.evaluate(() => {
      while (window.chainExplorer.state().step < window.chainExplorer.state().steps - 1) window.chainExplorer.next()
    })
    const ids = [...new Set(condition.links.map((l) => l.change))]
    await expect.poll(() => page.locator('.gait-change-legend li').count()).toBe(ids.length)
    expect(await badges(page.locator('.gait-change-legend'))).toEqual(ids.map((id) => badgeOf(GAIT_CHANGES.get(id)!.grade)))
  })

  it('on a laptop: lists its sources with their kind and a plain link that opens in a new tab', async () => {
    const { page } = laptop
    const sources = page.locator(`.explanation-panel[data-condition="${condition.id}"] .sources li`)
    expect(await sources.count()).toBeGreaterThanOrEqual(condition.panel.sources.length)
    expect(await sources.locator('.sources__type').count()).toBe(await sources.count())
    const links = await sources.locator('a').evaluateAll((els) => els.map((a) => [a.getAttribute('href'), a.getAttribute('target'), a.getAttribute('rel')]))
    expect(links.length).toBeGreaterThan(0)
    for (const [href, target, rel] of links) {
      expect(href).toMatch(/^https?:\/\//)
      expect(target).toBe('_blank')
      expect(rel).toContain('noopener')
    }
  })

  it('prints its handout on at most two A4 pages', async () => {
    const { page } = laptop
    await page.emulateMedia({ media: 'print' })
    try {
      const pdf = await page.pdf({ format: 'A4', printBackground: true })
      expect((pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length).toBeLessThanOrEqual(2)
    } finally {
      await page.emulateMedia({ media: 'screen' })
    }
  })

  it('in presenter mode at 1024×768: the projected screen shows At a glance, Get help now one tap away, and the caption\'s grade', async () => {
    const { page } = presenter
    await page.evaluate(([k, c]) => window.chainExplorer.select(k as never, { condition: c as never }), [region, condition.id])
    expect(await page.evaluate(() => window.chainExplorer.state().mode)).toBe('present')
    // Presenter mode replaces the panel with the condition's short text (issue 12), beside the skeleton.
    const glance = page.locator('.presenter-glance')
    await glance.waitFor({ timeout: 80_000 })
    expect(await glance.locator('.presenter-glance__chain li').count()).toBe(condition.panel.atAGlance.chain.length)
    expect(await badges(page.locator('.step-caption'))).toEqual([badgeOf(condition.links[0]!.grade)])
    // Get help now is on the projected screen too, its signs one tap away.
    const help = glance.locator('.presenter-glance__help')
    expect(await help.locator('summary').innerText()).toContain('Get help now')
    await help.locator('summary').click()
    expect(await help.locator('li').count()).toBeGreaterThanOrEqual(condition.panel.getHelpNow.length)
    expect(await help.innerText()).toContain('Any child or teenager with a limp')
    await help.locator('summary').click()
  }, 150_000)
})

describe('panels in Chromium', () => {
  it('made no console errors and no request to another origin', () => {
    expect([...laptop.consoleErrors, ...presenter.consoleErrors]).toEqual([])
    expect([...laptop.foreignRequests, ...presenter.foreignRequests]).toEqual([])
  })
})
