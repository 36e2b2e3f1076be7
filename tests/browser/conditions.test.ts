import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { CONDITIONS } from '../../src/conditions'
import { launchBrowser, openApp, type AppPage } from './support/app'

/** The region each condition is tried on: its kind's left-side key, or the central region itself. */
const regionOf = (kind: string) => (kind === 'lumbar' || kind === 'pelvis' ? kind : `${kind}-left`)

let browser: Browser
let app: AppPage

beforeAll(async () => {
  browser = await launchBrowser()
  app = await openApp(browser, { viewport: { width: 1000, height: 680 } })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

// Data-driven over the condition list, so every condition added later is covered without editing here.
describe.each(CONDITIONS)('condition $id', (condition) => {
  const region = regionOf(condition.kind)

  it('is offered by the region’s panel picker and restarts its chain when chosen', async () => {
    const { page } = app
    await page.evaluate((key) => window.chainExplorer.select(key as never), region)
    await page.evaluate(() => window.chainExplorer.next())
    const picker = page.locator('.explanation-panel').getByLabel('Condition')
    const options = await picker.locator('option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value))
    const offered = await page.evaluate((key) => window.chainExplorer.conditions(key as never).map((c) => c.id), region)
    expect(options).toEqual(offered)
    expect(options).toContain(condition.id)
    await picker.selectOption(condition.id)
    await expect.poll(() => page.evaluate(() => window.chainExplorer.state().condition)).toBe(condition.id)
    expect(await page.evaluate(() => window.chainExplorer.state())).toMatchObject({ region, step: 0, steps: condition.links.length, playing: true })
    expect(await page.locator('.explanation-panel').getAttribute('data-condition')).toBe(condition.id)
    await expect.poll(() => page.locator('.step-caption__title').textContent()).toBe(condition.links[0]!.title)
  })

  it('opens from a link that names it', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select(null))
    await page.evaluate((hash) => (window.location.hash = hash), `#region=${region}&condition=${condition.id}`)
    await expect.poll(() => page.evaluate(() => window.chainExplorer.state().condition)).toBe(condition.id)
    expect((await page.evaluate(() => window.chainExplorer.state())).region).toBe(region)
    await expect.poll(() => page.locator('.explanation-panel').getAttribute('data-condition')).toBe(condition.id)
  })

  it('is chosen through the API', async () => {
    const { page } = app
    await page.evaluate(([key, id]) => window.chainExplorer.select(key as never, { condition: id as never }), [region, condition.id])
    expect(await page.evaluate(() => window.chainExplorer.state())).toMatchObject({ region, condition: condition.id, steps: condition.links.length })
    const links = await page.evaluate(() => window.chainExplorer.chain())
    expect(links!.map((l) => l.title)).toEqual(condition.links.map((l) => l.title))
  })
})

describe('conditions in the URL', () => {
  it('warns about an unknown condition as text and shows the region’s default', async () => {
    const bad = await openApp(browser, { hash: '#region=knee-right&condition=%3Cb%3Ebroken%3C%2Fb%3E', waitForScene: false })
    try {
      const notice = bad.page.locator('.notice-region')
      await expect.poll(() => notice.textContent()).toContain('<b>broken</b>')
      expect(await bad.page.locator('.notice b').count()).toBe(0)
      const s = await bad.page.evaluate(() => window.chainExplorer.state())
      expect(s).toMatchObject({ region: 'knee-right', condition: CONDITIONS.find((c) => c.kind === 'knee')!.id })
    } finally {
      await bad.close()
    }
  })
})
