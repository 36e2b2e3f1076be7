/**
 * `npm run icons`: renders the app's install icons from public/icons/icon.svg with headless Chromium
 * (the same browser the tests use; nothing is downloaded):
 * - icon-192.png, icon-512.png: the icon as drawn, rounded corners transparent;
 * - icon-maskable-512.png: full-bleed background, the drawing shrunk into the central safe zone
 *   (a circle of 80% of the width) so launchers can crop it to any shape;
 * - apple-touch-icon.png (180 px): full bleed, as iOS rounds the corners itself.
 */
import { readFileSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { BROWSER_ADVICE, findChrome } from './find-chrome.mjs'

const DIR = 'public/icons'
const source = readFileSync(`${DIR}/icon.svg`, 'utf8')
const background = /<rect id="background"[^>]*\/>/.exec(source)?.[0]
if (!background) throw new Error('icon.svg needs a <rect id="background" .../>')
const art = source.replace(background, '').replace(/<svg[^>]*>|<\/svg>|<!--[\s\S]*?-->/g, '')
const fill = /fill="([^"]+)"/.exec(background)?.[1] ?? '#161b24'

/** The drawing scaled about the centre on a square background (no rounded corners). */
const fullBleed = (scale: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${fill}"/>` +
  `<g transform="translate(256 256) scale(${scale}) translate(-256 -256)">${art}</g></svg>`

const ICONS = [
  { file: 'icon-192.png', size: 192, svg: source },
  { file: 'icon-512.png', size: 512, svg: source },
  // The art spans about 404 px of 512 at scale 1 (diagonal reach ~ 0.9 of the width); 0.78 keeps it inside the 80% circle.
  { file: 'icon-maskable-512.png', size: 512, svg: fullBleed(0.78) },
  { file: 'apple-touch-icon.png', size: 180, svg: fullBleed(0.9) },
]

const executablePath = findChrome()
if (!executablePath) throw new Error(BROWSER_ADVICE)
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox'] })
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } })
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(icon.svg).toString('base64')}`
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${dataUrl}" width="${icon.size}" height="${icon.size}">`)
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode())
    await page.screenshot({ path: `${DIR}/${icon.file}`, omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } })
    await page.close()
    console.log(`${DIR}/${icon.file}`)
  }
} finally {
  await browser.close()
}
