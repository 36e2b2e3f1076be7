import type { ChainExplorerDebug } from '../../src/scene/DebugProbe'
import type { Browser, Page } from 'playwright-core'
import { FRAME_VIEWPORT, LOAD_VIEWPORT, metrics, openPage, waitFor, type BenchPage } from './browser'

export type Kind = 'html' | 'js' | 'css' | 'model' | 'font' | 'other'
export const KINDS: Kind[] = ['html', 'js', 'css', 'model', 'font', 'other']

export function kindOf(url: string): Kind {
  const path = new URL(url).pathname
  if (path.endsWith('/') || path.endsWith('.html')) return 'html'
  if (/\.m?js$/.test(path)) return 'js'
  if (path.endsWith('.css')) return 'css'
  if (/\.(glb|gltf|bin)$/.test(path)) return 'model'
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font'
  return 'other'
}

/** Bytes by kind: `wire` is the body as sent (encodedBodySize), `raw` as decoded. */
export type Bytes = Record<Kind, { wire: number; raw: number; count: number }>

export interface LoadRun {
  firstFrameMs: number
  /** App only: the full model on screen. */
  fullModelMs: number | null
  bytes: Bytes
  encodings: Record<string, string>
  foreign: string[]
}

const pause = (page: Page, ms: number) => page.waitForTimeout(ms)

async function visitBytes(bp: BenchPage): Promise<{ bytes: Bytes; encodings: Record<string, string> }> {
  const entries = await bp.page.evaluate(() =>
    [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => {
      const r = e as PerformanceResourceTiming
      return { name: r.name, wire: r.encodedBodySize, raw: r.decodedBodySize }
    }),
  )
  const bytes = Object.fromEntries(KINDS.map((k) => [k, { wire: 0, raw: 0, count: 0 }])) as Bytes
  const encodings: Record<string, string> = {}
  for (const e of entries) {
    if (!e.name.startsWith('http')) continue
    const slot = bytes[kindOf(e.name)]
    slot.wire += e.wire
    slot.raw += e.raw
    slot.count++
    encodings[new URL(e.name).pathname] = bp.encodings.get(e.name) ?? 'unknown'
  }
  return { bytes, encodings }
}

/** One cold first visit (fresh browser, empty cache) at 1280×720. */
export async function coldLoad(browser: Browser, url: string, isApp: boolean): Promise<LoadRun> {
  const bp = await openPage(browser, url, { viewport: LOAD_VIEWPORT })
  try {
    const firstFrameMs = await waitFor(bp.page, 'firstFrame')
    const fullModelMs = isApp ? await waitFor(bp.page, 'fullModel') : null
    await pause(bp.page, 500)
    const { bytes, encodings } = await visitBytes(bp)
    return { firstFrameMs, fullModelMs, bytes, encodings, foreign: bp.foreign }
  } finally {
    await bp.context.close()
  }
}

export interface FrameRun {
  fps: number
  frames: number
  /** Main-thread JavaScript per frame (CDP ScriptDuration), and all main-thread task time per frame. */
  scriptMsPerFrame: number
  taskMsPerFrame: number
}

/** Counts animation frames and main-thread time over `ms` while the page runs as it is. */
export async function measureFrames(bp: BenchPage, ms: number): Promise<FrameRun> {
  const before = await metrics(bp.cdp)
  const { frames, elapsed } = await bp.page.evaluate(async (span) => {
    let counted = 0
    let stop = false
    const tick = () => {
      if (stop) return
      counted++
      requestAnimationFrame(tick)
    }
    const t0 = performance.now()
    requestAnimationFrame(tick)
    await new Promise((r) => setTimeout(r, span))
    stop = true
    return { frames: counted, elapsed: performance.now() - t0 }
  }, ms)
  const after = await metrics(bp.cdp)
  const perFrame = (name: string) => ((after[name]! - before[name]!) * 1000) / Math.max(frames, 1)
  return { fps: (frames * 1000) / elapsed, frames, scriptMsPerFrame: perFrame('ScriptDuration'), taskMsPerFrame: perFrame('TaskDuration') }
}

export async function selectRegion(page: Page, key: string) {
  await page.evaluate((k) => window.chainExplorer.select(k as never), key)
}

/**
 * A real click on the left knee (at its `screenPosition`) from the overview; the Event Timing API gives
 * the time from the input to the next paint after the handlers (the panel opening), in ms: the longest
 * entry of the interaction. Null when the browser reported no entry of 16 ms or more within 90 s.
 */
export async function clickLatency(page: Page): Promise<number | null> {
  await page.evaluate(() => {
    const w = window as never as { benchEvents: { name: string; duration: number; interactionId: number }[] }
    w.benchEvents = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as PerformanceEventTiming[]) w.benchEvents.push({ name: e.name, duration: e.duration, interactionId: e.interactionId })
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
  const point = await page.evaluate(() => window.chainExplorer.screenPosition('knee-left'))
  if (!point) throw new Error('screenPosition("knee-left") is null: cannot click the knee')
  await page.mouse.click(point.x, point.y)
  await page.waitForFunction(() => {
    const s = window.chainExplorer.state()
    return s.region === 'knee-left' && s.panelOpen
  }, null, { timeout: 30_000 })
  // Event Timing reports an interaction after the paint that follows it; under software WebGL that paint
  // can come many seconds later (the first chain frame compiles new shaders), so wait for the entry.
  const deadline = Date.now() + 90_000
  let click: { name: string; duration: number; interactionId: number }[] = []
  while (Date.now() < deadline) {
    await pause(page, 500)
    const events = await page.evaluate(() => (window as never as { benchEvents: { name: string; duration: number; interactionId: number }[] }).benchEvents)
    click = events.filter((e) => e.interactionId > 0 && ['pointerdown', 'pointerup', 'click'].includes(e.name))
    if (click.some((e) => e.name === 'click')) break
  }
  return click.length ? Math.max(...click.map((e) => e.duration)) : null
}

export interface MemorySample {
  selections: number
  heapMB: number
  geometries: number
  textures: number
  programs: number
}

/** Drives `count` more selections through the API, cycling the regions, then samples memory after a GC. */
export async function selectionsThenMemory(bp: BenchPage, count: number, done: number): Promise<MemorySample> {
  await bp.page.evaluate(async (range) => {
    const keys = window.chainExplorer.regions().map((r) => r.key)
    for (let i = range.from; i < range.to; i++) {
      window.chainExplorer.select(keys[i % keys.length]!)
      // Let React commit each selection (a task), and the scene draw now and then (a frame).
      await new Promise((r) => setTimeout(r, 0))
      if (i % 20 === 19) await new Promise((r) => requestAnimationFrame(r))
    }
  }, { from: done, to: done + count })
  await pause(bp.page, 1000)
  await bp.cdp.send('HeapProfiler.collectGarbage')
  const heap = await bp.cdp.send('Runtime.getHeapUsage')
  const info = await bp.page.evaluate(() => {
    const debug: ChainExplorerDebug = window.chainExplorerDebug!
    const { gl } = debug.three()
    return { geometries: gl.info.memory.geometries, textures: gl.info.memory.textures, programs: gl.info.programs?.length ?? -1 }
  })
  return { selections: done + count, heapMB: heap.usedSize / 2 ** 20, ...info }
}

export interface FrameSession {
  full: FrameRun
  clickMs: number | null
  memory: MemorySample[]
}

/** The app at 960×540 with `?debug`: click latency, frames while the knee chain plays, memory. */
export async function appFrames(browser: Browser, url: string, spanMs: number, selections: number): Promise<FrameSession> {
  const bp = await openPage(browser, `${url}?debug`, { viewport: FRAME_VIEWPORT })
  try {
    await waitFor(bp.page, 'fullModel')
    await pause(bp.page, 1500)
    const clickMs = await clickLatency(bp.page)
    await pause(bp.page, 2000)
    const full = await measureFrames(bp, spanMs)
    const memory = [await selectionsThenMemory(bp, 10, 0)]
    memory.push(await selectionsThenMemory(bp, selections - 10, 10))
    return { full, clickMs, memory }
  } finally {
    await bp.context.close()
  }
}

/** The lite model stays on screen because the full model's request is held; the knee chain plays. */
export async function liteFrames(browser: Browser, url: string, spanMs: number): Promise<FrameRun> {
  const bp = await openPage(browser, url, { viewport: FRAME_VIEWPORT, hold: ['/models/skeleton.glb'] })
  try {
    await waitFor(bp.page, 'firstFrame')
    const model = await bp.page.evaluate(() => window.chainExplorer.state().model)
    if (model !== 'lite') throw new Error(`expected the lite model on screen, found ${model}`)
    await selectRegion(bp.page, 'knee-left')
    await pause(bp.page, 2000)
    return await measureFrames(bp, spanMs)
  } finally {
    await bp.context.close()
  }
}

export interface AdaptiveRun extends FrameRun {
  /** The ladder level the governor settled at, and every level it passed through from the start. */
  level: number
  levels: number[]
  /** Seconds from opening the knee chain until the level last changed. */
  settledAfterS: number
  model: string
  /** The status line the user reads, as shown. */
  status: string
}

/** A level counts as settled when it has not changed for this long while the chain plays. */
const SETTLED_MS = 8000
const SETTLE_LIMIT_MS = 60_000

/**
 * The app as a user on this machine gets it: `?quality=auto` lets the quality governor move as it does
 * outside automation (tests and the other bench runs pin the level). The knee chain plays until the
 * level has been steady for SETTLED_MS, then frames are counted at that level.
 */
export async function adaptiveFrames(browser: Browser, url: string, spanMs: number): Promise<AdaptiveRun> {
  const bp = await openPage(browser, `${url}?debug&quality=auto`, { viewport: FRAME_VIEWPORT })
  try {
    await waitFor(bp.page, 'firstFrame')
    const level = () => bp.page.evaluate(() => window.chainExplorerDebug!.quality())
    const levels = [await level()]
    await selectRegion(bp.page, 'knee-left')
    const opened = Date.now()
    let changed = opened
    while (Date.now() - changed < SETTLED_MS) {
      if (Date.now() - opened > SETTLE_LIMIT_MS) throw new Error(`the quality level kept changing for ${SETTLE_LIMIT_MS / 1000} s: ${levels.join(' → ')}`)
      await pause(bp.page, 500)
      const now = await level()
      if (now !== levels.at(-1)) {
        levels.push(now)
        changed = Date.now()
      }
    }
    const frames = await measureFrames(bp, spanMs)
    const end = await level()
    if (end !== levels.at(-1)) throw new Error(`the quality level moved while frames were counted: ${levels.join(' → ')} → ${end}`)
    const seen = await bp.page.evaluate(() => ({
      model: window.chainExplorer.state().model,
      status: document.querySelector('.quality-status:not([hidden])')?.textContent ?? '',
    }))
    return { ...frames, level: end, levels, settledAfterS: (changed - opened) / 1000, ...seen }
  } finally {
    await bp.context.close()
  }
}

export async function bareFrames(browser: Browser, url: string, spanMs: number): Promise<FrameRun> {
  const bp = await openPage(browser, url, { viewport: FRAME_VIEWPORT })
  try {
    await waitFor(bp.page, 'firstFrame')
    await pause(bp.page, 2000)
    return await measureFrames(bp, spanMs)
  } finally {
    await bp.context.close()
  }
}
