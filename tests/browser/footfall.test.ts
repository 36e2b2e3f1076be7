import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { resolveChain, chainGait, chainWeights } from '../../src/chains/resolve'
import { conditionById } from '../../src/conditions'
import { footfallReport } from '../../src/gait'
import { launchBrowser, openApp, type AppPage } from './support/app'

let browser: Browser
let app: AppPage

beforeAll(async () => {
  browser = await launchBrowser()
  app = await openApp(browser, { viewport: { width: 1440, height: 860 }, hash: '#region=hip-left&condition=hip-osteoarthritis&severity=100' })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

const ATTRS = ['stance-left', 'stance-right', 'step-time-left', 'step-time-right', 'step-length-left', 'step-length-right', 'step-length-asymmetry'] as const

describe('footfall diagram', () => {
  it('shows the numbers the engine measures on the animated feet, for the link on screen', async () => {
    const { page } = app
    const figure = page.locator('figure.footfall')
    await figure.waitFor()
    // The last link: every change of the chain faded in.
    const steps = (await page.evaluate(() => window.chainExplorer.state())).steps
    for (let i = 1; i < steps; i++) await page.evaluate(() => window.chainExplorer.next())
    await page.evaluate(() => window.chainExplorer.pause())
    const state = await page.evaluate(() => window.chainExplorer.state())
    expect(state).toMatchObject({ region: 'hip-left', condition: 'hip-osteoarthritis', step: steps - 1 })
    const chain = resolveChain('hip-left', 'left', conditionById('hip-osteoarthritis'))
    const engine = footfallReport(chainGait(chain, 1), chainWeights(chain, steps))
    const expected: Record<(typeof ATTRS)[number], number> = {
      'stance-left': engine.left.stanceShare,
      'stance-right': engine.right.stanceShare,
      'step-time-left': engine.left.stepTime,
      'step-time-right': engine.right.stepTime,
      'step-length-left': engine.left.stepLength,
      'step-length-right': engine.right.stepLength,
      'step-length-asymmetry': engine.stepLengthAsymmetry,
    }
    for (const a of ATTRS) {
      await expect.poll(async () => Number(await figure.getAttribute(`data-${a}`)), { message: a }).toBeCloseTo(expected[a], 9)
    }
    // What a student reads: the painful (left) foot on the floor for less of the stride, in the table too.
    const cells = await figure.locator('tbody tr').first().locator('td').allTextContents()
    expect(cells.slice(0, 2)).toEqual([`${Math.round(engine.left.stanceShare * 100)} %`, `${Math.round(engine.right.stanceShare * 100)} %`])
    expect(engine.left.stanceShare).toBeLessThan(engine.right.stanceShare)
    expect(await figure.locator('rect.footfall__bar--now').count()).toBeGreaterThanOrEqual(4)
  })

  it('moves its cursor with the animation', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.play())
    const cursor = page.locator('.footfall__cursor')
    const first = await cursor.getAttribute('x1')
    await expect.poll(() => cursor.getAttribute('x1'), { timeout: 5000 }).not.toBe(first)
  })
})
