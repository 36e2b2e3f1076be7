/**
 * `npm run bench`: builds the app and a bare one-cube react-three-fiber page with the same Vite config,
 * serves both on 127.0.0.1 and measures them in headless Chromium with software WebGL (SwiftShader):
 * first-visit bytes, time to the first frame, frame rate and script per frame while a chain plays (full
 * and lite model), click-to-panel latency, memory after many selections, the model build time; in a full
 * run also where the first frame and a playing frame spend their time. Writes PERFORMANCE.md and
 * performance.json into --out (default docs/) and prints the table. Exits 1 when it cannot make its table.
 *
 *   --quick       2 runs, shorter spans, 100 selections, no model build and no investigation (CI)
 *   --runs N      runs per figure (default 5)
 *   --out DIR     where to write (default docs)
 *   --report-only rewrite PERFORMANCE.md from --out's performance.json, measuring nothing
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import type { Browser } from 'playwright-core'
import { distFiles } from '../check-size.mjs'
import { checkBudgets } from '../size-budgets.mjs'
import { launch, openPage, waitFor } from './browser'
import { firstFrameBreakdown, frameBreakdown, type FirstFrameBreakdown, type FrameBreakdown } from './investigate'
import { currentLoad, describeMachine } from './machine'
import { KINDS, adaptiveFrames, appFrames, bareFrames, coldLoad, kindOf, liteFrames, type AdaptiveRun, type FrameRun, type FrameSession, type Kind, type LoadRun } from './measures'
import { timeModelBuild, type ModelBuild } from './modelBuild'
import { keptFindings, missingFigures, renderMarkdown } from './report'
import type { BenchResults, FrameFigures } from './results'
import { buildBoth, serve, BARE_ROOT } from './servers'
import { summarize } from './stats'

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    out: { type: 'string', default: 'docs' },
    'report-only': { type: 'boolean', default: false },
  },
})
const quick = args.quick!
const runs = Number(args.runs ?? (quick ? 2 : 5))
const spanMs = quick ? 2000 : 5000
const selections = quick ? 100 : 500
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number of at least 1, got ${args.runs}`)

const log = (line: string) => console.error(`[bench] ${line}`)
const errors: string[] = []
async function attempt<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn()
  } catch (error) {
    const message = `${what}: ${(error as Error).message.split('\n')[0]}`
    errors.push(message)
    log(`FAILED ${message}`)
    return null
  }
}
async function withBrowser<T>(fn: (b: Browser) => Promise<T>): Promise<T> {
  const browser = await launch()
  try {
    return await fn(browser)
  } finally {
    await browser.close()
  }
}

function bytesByKind(dir: string): Record<Kind, { raw: number; gzip: number }> {
  const out = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, gzip: 0 }])) as Record<Kind, { raw: number; gzip: number }>
  for (const f of distFiles(dir)) {
    if (f.path.endsWith('.map')) continue
    const slot = out[kindOf(`http://x/${f.path}`)]
    slot.raw += f.raw
    slot.gzip += f.gzip
  }
  return out
}

const medianOf = (loads: LoadRun[], pick: (l: LoadRun) => number) => summarize(loads.map(pick))?.median ?? 0

function medianBytes(loads: LoadRun[]) {
  return Object.fromEntries(
    KINDS.map((k) => {
      const wire = medianOf(loads, (l) => l.bytes[k].wire)
      return [k, { wire, raw: medianOf(loads, (l) => l.bytes[k].raw), count: medianOf(loads, (l) => l.bytes[k].count) }]
    }),
  ) as BenchResults['visitBytes']['app']
}

const frameFigures = (list: (FrameRun | null | undefined)[]): FrameFigures => ({
  fps: summarize(list.map((f) => f?.fps)),
  scriptMsPerFrame: summarize(list.map((f) => f?.scriptMsPerFrame)),
  taskMsPerFrame: summarize(list.map((f) => f?.taskMsPerFrame)),
})

/** The table from the results; exit code 1 when a figure it cannot do without is missing. */
function writeReport(results: BenchResults) {
  const markdown = renderMarkdown(results, keptFindings(join(args.out!, 'PERFORMANCE.md')))
  writeFileSync(join(args.out!, 'PERFORMANCE.md'), markdown)
  console.log(markdown)
  const missing = missingFigures(results)
  if (missing.length) {
    log(`could not produce the table: no figure for ${missing.join(', ')}`)
    process.exitCode = 1
  } else log(`wrote ${join(args.out!, 'PERFORMANCE.md')} and performance.json`)
}

if (args['report-only']) {
  // Re-renders PERFORMANCE.md from the performance.json of an earlier run (after editing the report's layout).
  writeReport(JSON.parse(readFileSync(join(args.out!, 'performance.json'), 'utf8')) as BenchResults)
  process.exit()
}

const work = mkdtempSync(join(tmpdir(), 'ccx-bench-'))
const machine = describeMachine()
log(`${quick ? 'quick' : 'full'} run: ${runs} runs, ${spanMs / 1000} s frame spans, ${selections} selections; scratch ${work}`)
const built = await buildBoth(work)
const budgets = checkBudgets(distFiles(built.app))
const app = await serve(undefined, built.app)
const bare = await serve(BARE_ROOT, built.bare)
log(`serving the app at ${app.url} and the bare page at ${bare.url}`)

try {
  await withBrowser(async (browser) => {
    machine.chromium = browser.version()
    const bp = await openPage(browser, bare.url, { viewport: { width: 320, height: 240 } })
    await waitFor(bp.page, 'firstFrame')
    machine.webglRenderer = await bp.page.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2')
      const ext = gl?.getExtension('WEBGL_debug_renderer_info')
      return gl && ext ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'no WebGL2'
    })
    await bp.context.close()
  })

  const appLoads: LoadRun[] = []
  const bareLoads: LoadRun[] = []
  const sessions: (FrameSession | null)[] = []
  const lites: (FrameRun | null)[] = []
  const bares: (FrameRun | null)[] = []
  const adaptives: (AdaptiveRun | null)[] = []
  const ratios: number[] = []
  for (let run = 1; run <= runs; run++) {
    log(`run ${run}/${runs}: cold loads (a fresh browser each)`)
    const a = await attempt(`run ${run} app load`, () => withBrowser((b) => coldLoad(b, app.url, true)))
    const c = await attempt(`run ${run} bare load`, () => withBrowser((b) => coldLoad(b, bare.url, false)))
    if (a) appLoads.push(a)
    if (c) bareLoads.push(c)
    if (a && c) ratios.push(a.firstFrameMs / c.firstFrameMs)
    log(`run ${run}/${runs}: frames, click, memory`)
    await withBrowser(async (b) => {
      sessions.push(await attempt(`run ${run} app frames`, () => appFrames(b, app.url, spanMs, selections)))
      lites.push(await attempt(`run ${run} lite frames`, () => liteFrames(b, app.url, spanMs)))
      bares.push(await attempt(`run ${run} bare frames`, () => bareFrames(b, bare.url, spanMs)))
      adaptives.push(await attempt(`run ${run} adaptive frames`, () => adaptiveFrames(b, app.url, spanMs)))
    })
  }

  let firstFrame: FirstFrameBreakdown[] | null = null
  let breakdown: FrameBreakdown | null = null
  let modelBuild: ModelBuild | null = null
  if (!quick) {
    log('investigation: what the first frame waits for (3 cold loads with GL timing)')
    firstFrame = []
    for (let i = 0; i < 3; i++) {
      const f = await attempt(`first-frame breakdown ${i + 1}`, () => withBrowser((b) => firstFrameBreakdown(b, app.url)))
      if (f) firstFrame.push(f)
    }
    log('investigation: a playing frame with parts switched off')
    breakdown = await attempt('frame breakdown', () => withBrowser((b) => frameBreakdown(b, app.url, 8000)))
    log('timing npm run build:model')
    modelBuild = await attempt('model build', async () => timeModelBuild(work))
  }

  machine.loadAverage.end = currentLoad()
  const clicks = sessions.map((s) => s?.clickMs)
  const memoryAt = (i: number) => sessions.map((s) => s?.memory[i]).filter((m) => m !== undefined)
  const results: BenchResults = {
    machine,
    quick,
    runs,
    frameSpanSeconds: spanMs / 1000,
    selections,
    budgets,
    distBytes: { app: bytesByKind(built.app), bare: bytesByKind(built.bare) },
    visitBytes: { app: medianBytes(appLoads), bare: medianBytes(bareLoads) },
    encodings: appLoads[0]?.encodings ?? {},
    foreignRequests: [...new Set(appLoads.flatMap((l) => l.foreign))],
    load: {
      appFirstFrameMs: summarize(appLoads.map((l) => l.firstFrameMs)),
      appFullModelMs: summarize(appLoads.map((l) => l.fullModelMs)),
      bareFirstFrameMs: summarize(bareLoads.map((l) => l.firstFrameMs)),
      ratio: summarize(ratios),
    },
    frames: {
      full: frameFigures(sessions.map((s) => s?.full)),
      lite: frameFigures(lites),
      bare: frameFigures(bares),
      adaptive: {
        ...frameFigures(adaptives),
        level: summarize(adaptives.map((a) => a?.level)),
        settledAfterS: summarize(adaptives.map((a) => a?.settledAfterS)),
        runs: adaptives.filter((a) => a !== null).map(({ levels, model, status }) => ({ levels, model, status })),
      },
    },
    clickToPanelMs: summarize(clicks),
    clickUnder16: sessions.filter((s) => s && s.clickMs === null).length,
    memory: [0, 1].map((i) => ({
      selections: i === 0 ? 10 : selections,
      heapMB: summarize(memoryAt(i).map((m) => m!.heapMB)),
      geometries: summarize(memoryAt(i).map((m) => m!.geometries)),
      textures: summarize(memoryAt(i).map((m) => m!.textures)),
      programs: summarize(memoryAt(i).map((m) => m!.programs)),
    })),
    modelBuild,
    firstFrame,
    frameBreakdown: breakdown,
    errors,
  }
  mkdirSync(args.out!, { recursive: true })
  writeFileSync(join(args.out!, 'performance.json'), `${JSON.stringify(results, null, 2)}\n`)
  writeReport(results)
} finally {
  await app.server.close()
  await bare.server.close()
  rmSync(work, { recursive: true, force: true })
}
