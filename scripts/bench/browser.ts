import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core'
import { BROWSER_ADVICE, CHROME_ARGS, findChrome } from '../find-chrome.mjs'

export const LOAD_VIEWPORT = { width: 1280, height: 720 }
/** The weak-school-PC setting of issue 13, for every frame figure. */
export const FRAME_VIEWPORT = { width: 960, height: 540 }

export async function launch(): Promise<Browser> {
  const executablePath = findChrome()
  if (!executablePath) throw new Error(BROWSER_ADVICE)
  return chromium.launch({ executablePath, headless: true, args: CHROME_ARGS })
}

/**
 * tsx compiles this script with esbuild's keepNames, which wraps functions in a `__name` helper that the
 * page does not have; functions handed to page.evaluate need it defined there.
 */
const NAME_SHIM = 'globalThis.__name = (f) => f'

/**
 * Marks, from the first animation frame on, the time of the first animation frame after the scene's
 * first frame was drawn (the app's `state().ready`, the bare page's `bareBench.ready`) and after the full
 * model was on screen. The same probe for both pages, so their figures compare.
 */
const FIRST_FRAME_PROBE = `
  window.benchProbe = { firstFrame: null, fullModel: null, longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.benchProbe.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  (function poll() {
    const t = performance.now();
    const b = window.benchProbe;
    const s = window.chainExplorer ? window.chainExplorer.state() : null;
    if (b.firstFrame === null && ((s && s.ready) || (window.bareBench && window.bareBench.ready))) b.firstFrame = t;
    if (b.fullModel === null && s && s.model === 'full') b.fullModel = t;
    if (b.firstFrame === null || (b.fullModel === null && !window.bareBench)) requestAnimationFrame(poll);
  })();
`

export interface BenchPage {
  page: Page
  context: BrowserContext
  cdp: CDPSession
  /** Requests to another origin (all blocked); the app must make none. */
  foreign: string[]
  /** content-encoding of each response, by URL. */
  encodings: Map<string, string>
}

export interface PageOptions {
  viewport: { width: number; height: number }
  /** URL path ends whose requests are held unanswered (e.g. the full model, to keep the lite one on screen). */
  hold?: string[]
  /** Extra script to run before the page's own. */
  initScript?: string
  /** Runs with the DevTools session before navigation (e.g. to start a CPU profile). */
  beforeGoto?: (cdp: CDPSession) => Promise<void>
}

export async function openPage(browser: Browser, url: string, options: PageOptions): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: options.viewport, deviceScaleFactor: 1 })
  const origin = new URL(url).origin
  const foreign: string[] = []
  await context.route('**/*', (route) => {
    const target = route.request().url()
    if (target.startsWith('data:') || target.startsWith('blob:')) return route.continue()
    if (new URL(target).origin !== origin) {
      foreign.push(target)
      return route.abort('blockedbyclient')
    }
    // A held request is never answered: the page waits as it would on a very slow network.
    if (options.hold?.some((end) => new URL(target).pathname.endsWith(end))) return
    return route.continue()
  })
  await context.addInitScript(NAME_SHIM)
  await context.addInitScript(FIRST_FRAME_PROBE)
  if (options.initScript) await context.addInitScript(options.initScript)
  const page = await context.newPage()
  const encodings = new Map<string, string>()
  page.on('response', (r) => encodings.set(r.url(), r.headers()['content-encoding'] ?? 'identity'))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await options.beforeGoto?.(cdp)
  await page.goto(url)
  return { page, context, cdp, foreign, encodings }
}

export async function waitFor(page: Page, what: 'firstFrame' | 'fullModel', timeout = 120_000): Promise<number> {
  await page.waitForFunction((key) => (window as never as { benchProbe: Record<string, number | null> }).benchProbe[key] !== null, what, { timeout })
  return page.evaluate((key) => (window as never as { benchProbe: Record<string, number> }).benchProbe[key]!, what)
}

export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(list.map((m) => [m.name, m.value]))
}
