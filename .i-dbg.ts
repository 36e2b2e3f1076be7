import { chromium } from 'playwright-core'
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS })
const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, serviceWorkers: 'block' })
const page = await context.newPage()
page.on('pageerror', (e) => console.log('pageerror', e.stack))
await page.goto('http://127.0.0.1:4731/#lesson=all&mode=present')
await page.waitForFunction(() => document.querySelector('.title-card') !== null)
for (let i = 0; i < 14; i++) {
  const kind = await page.evaluate(() => document.querySelector('.app')?.getAttribute('data-lesson'))
  const key = kind === 'card' ? ' ' : i % 2 === 0 ? 'PageDown' : 'ArrowRight'
  await page.keyboard.press(key)
  console.log(i, kind, JSON.stringify(key), await page.evaluate(() => location.hash.replace(/lesson=[^&]*/, '') + ' ' + document.activeElement?.tagName + '.' + document.activeElement?.className))
}
await browser.close()
