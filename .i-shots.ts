import { chromium } from 'playwright-core'
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']
const base = 'http://127.0.0.1:4731/'
const shots = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS })
async function open(hash: string, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height }, serviceWorkers: 'block' })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.log('pageerror', e.message))
  await page.goto(base + hash)
  await page.waitForFunction(() => window.chainExplorer?.state().ready === true && window.chainExplorer.state().model === 'full', null, { timeout: 120000 })
  return { page, context }
}
const settle = (p: import('playwright-core').Page) => p.waitForTimeout(2500)
for (const name of shots) {
  if (name === 'present1024' || name === 'present1920' || name === 'present1280') {
    const [w, h] = name === 'present1024' ? [1024, 768] : name === 'present1280' ? [1280, 720] : [1920, 1080]
    const { page, context } = await open('#region=knee-left&step=3&mode=present', w, h)
    await settle(page)
    const pos = await page.evaluate(() => window.chainExplorer.chain()!.map((l) => [l.region, window.chainExplorer.screenPosition(l.region)]))
    console.log(name, JSON.stringify(pos))
    await page.screenshot({ path: `/tmp/i-shots/${name}.png` })
    await context.close()
  } else if (name === 'card') {
    const { page, context } = await open('#lesson=all&predict=1&mode=present', 1280, 720)
    await settle(page)
    await page.screenshot({ path: `/tmp/i-shots/card.png` })
    await page.keyboard.press('PageDown')
    await page.waitForFunction(() => document.querySelector('.app')?.getAttribute('data-lesson') === 'link')
    await page.keyboard.press('PageDown')
    await page.waitForSelector('.predict-marker:not([hidden])', { timeout: 60000 })
    await page.waitForTimeout(2500)
    await page.screenshot({ path: `/tmp/i-shots/predict.png`, timeout: 90000 })
    console.log(await page.evaluate(() => location.hash))
    await context.close()
  } else if (name === 'panel1100') {
    const { page, context } = await open('#region=knee-left', 1100, 700)
    await page.locator('body').press('Shift+L')
    await settle(page)
    const pos = await page.evaluate(() => window.chainExplorer.chain()!.map((l) => [l.region, window.chainExplorer.screenPosition(l.region)]))
    console.log(name, JSON.stringify(pos))
    await page.screenshot({ path: `/tmp/i-shots/panel1100.png` })
    await context.close()
  } else if (name === 'presenterview') {
    const { page, context } = await open('#lesson=stiff-knee.left.80,stiff-ankle.right.60&mode=present', 1024, 768)
    const popup = await context.newPage()
    await popup.setViewportSize({ width: 1000, height: 760 })
    await popup.goto(base + '?presenter')
    await popup.getByRole('button', { name: 'Next' }).click()
    await popup.getByRole('button', { name: 'Next' }).click()
    await page.waitForTimeout(2500)
    await popup.screenshot({ path: `/tmp/i-shots/presenter-view.png` })
    await page.screenshot({ path: `/tmp/i-shots/presenter-main.png` })
    await context.close()
  }
}
await browser.close()
