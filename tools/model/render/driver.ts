/**
 * Renders views of a GLB in headless Chromium (software WebGL): starts a Vite server for the
 * renderer page, opens it with Playwright, and returns PNGs. Used by model:shots and model:preview.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { chromium, type Browser, type Page } from 'playwright-core'
import { createServer, type ViteDevServer } from 'vite'
import { BROWSER_ADVICE, CHROME_ARGS, findChrome } from '../../../scripts/find-chrome.mjs'
import type { ViewSpec } from './render'

export interface NamedView extends ViewSpec {
  name: string
  title: string
}


export class ModelRenderer {
  private constructor(
    private server: ViteDevServer,
    private browser: Browser,
    private page: Page,
  ) {}

  /** Opens the renderer with one model file, or several drawn together (the skeleton and its muscles). */
  static async open(glbPath: string | string[]): Promise<ModelRenderer> {
    const paths = Array.isArray(glbPath) ? glbPath : [glbPath]
    const executablePath = findChrome()
    if (!executablePath) throw new Error(BROWSER_ADVICE)
    const server = await createServer({
      root: fileURLToPath(new URL('.', import.meta.url)),
      configFile: false,
      logLevel: 'warn',
      server: { host: '127.0.0.1', port: 0 },
      plugins: [
        {
          name: 'serve-model',
          configureServer(s) {
            paths.forEach((path, i) =>
              s.middlewares.use(`/model-${i}.glb`, (_req, res) => {
                res.setHeader('Content-Type', 'model/gltf-binary')
                res.end(readFileSync(path))
              }),
            )
          },
        },
      ],
    })
    await server.listen()
    const url = server.resolvedUrls!.local[0]!
    const browser = await chromium.launch({ executablePath, args: CHROME_ARGS })
    const page = await browser.newPage({ viewport: { width: 800, height: 800 } })
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    await page.goto(url)
    await page.waitForFunction(() => typeof window.loadModel === 'function', null, { timeout: 60_000 })
    for (let i = 0; i < paths.length; i++) await page.evaluate((model) => window.loadModel(model), `/model-${i}.glb`)
    if (errors.length) throw new Error(errors.join('\n'))
    return new ModelRenderer(server, browser, page)
  }


  async render(view: ViewSpec): Promise<Buffer> {
    await this.page.setViewportSize({ width: view.width, height: view.height })
    await this.page.evaluate((spec) => window.renderView(spec), view)
    return this.page.locator('canvas').screenshot()
  }

  /** A labelled grid of images, rendered as an HTML page and captured as one PNG. */
  async sheet(images: { title: string; png: Buffer }[], columns: number, title: string, cell = 360): Promise<Buffer> {
    const sheetPage = await this.browser.newPage({ viewport: { width: columns * cell + 40, height: 200 } })
    const cells = images
      .map((i) => `<figure><img src="data:image/png;base64,${i.png.toString('base64')}"><figcaption>${escapeHtml(i.title)}</figcaption></figure>`)
      .join('')
    await sheetPage.setContent(`<!doctype html><style>
      body{margin:0;padding:20px;background:#10141b;color:#e8edf5;font:16px system-ui,sans-serif}
      h1{font-size:22px;margin:0 0 14px}
      .grid{display:grid;grid-template-columns:repeat(${columns},${cell}px);gap:10px}
      figure{margin:0;background:#161b24;border-radius:8px;overflow:hidden}
      img{width:${cell}px;height:auto;display:block}
      figcaption{padding:6px 10px 8px;font-size:14px;color:#c7cfdb}
    </style><h1>${escapeHtml(title)}</h1><div class="grid">${cells}</div>`)
    const png = await sheetPage.screenshot({ fullPage: true })
    await sheetPage.close()
    return png
  }

  async close() {
    await this.browser.close()
    await this.server.close()
  }
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
}
