import { chromium } from 'playwright-core'
const ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist']
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ARGS })
const context = await browser.newContext({ viewport: { width: 1024, height: 768 } })
const page = await context.newPage()
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)))
page.on('pageerror', (e) => console.log('pageerror', e.message))
await page.goto('http://127.0.0.1:4731/#region=knee-left&step=3&mode=present')
await page.waitForTimeout(20000)
console.log(await page.evaluate(() => JSON.stringify(window.chainExplorer?.state())))
await page.screenshot({ path: '/tmp/i-shots/dbg.png' })
await browser.close()
