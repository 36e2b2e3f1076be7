/**
 * The page's side of the gait-analysis worker: who wants which analyses (gaitJobs.ts), the results so far,
 * and a fallback that computes them here where no worker can run (tests, a browser without module workers,
 * a worker script that failed to load).
 *
 * Why a worker: at every link change the charts and the footfall report sample the chain's new walk (about
 * 300 poses), and each fade-in measures a dozen stride geometries. On a school PC that renders in software
 * this was most of the script time of a playing chain, and it fell in the frames the skeleton needed. Now
 * the worker works them out while the previous link plays, usually for every link of the chain at once.
 *
 * No React, no three: components read it through useGaitJob (src/ui/chain/useGaitJob.ts).
 */
import { importStrideGeometries } from '../gait'
import { gaitJobFamily, gaitJobKey, runGaitJob, type GaitJob, type GaitJobResult } from './gaitJobs'

/** What the client needs of a Worker (tests pass their own). */
export interface GaitWorkerPort {
  postMessage(message: unknown, transfer: Transferable[]): void
  terminate(): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
}

export type GaitWorkerFactory = () => GaitWorkerPort | null

/** Results kept (a chain's steps, its compare chain and the last few chains visited). */
const RESULT_LIMIT = 64
/** What is remembered for a stride grid once it is in the gait engine's own cache. */
const GRID_IMPORTED = true

function startWorker(): GaitWorkerPort | null {
  if (typeof Worker === 'undefined') return null
  try {
    return new Worker(new URL('./gaitAnalysis.worker.ts', import.meta.url), { type: 'module', name: 'gait-analysis' })
  } catch {
    return null
  }
}

let factory: GaitWorkerFactory = startWorker
/** undefined: not started yet; null: none, so everything is computed here. */
let worker: GaitWorkerPort | null | undefined
const results = new Map<string, unknown>()
/** The family (gaitJobFamily) of each job sent or run, and the newest result of each family. */
const families = new Map<string, string>()
const latest = new Map<string, unknown>()
const failed = new Set<string>()
const wants = new Map<string, { jobs: readonly GaitJob[]; priority: number }>()
const listeners = new Set<() => void>()
let version = 0
let flushQueued = false
let lastPosted = ''

/**
 * How many analyses (curves, footfall) were worked out on this thread and how many came from the worker,
 * and how many stride grids the worker measured (for the debug probe and tests).
 */
export const gaitAnalysisCounts = { here: 0, worker: 0, grids: 0 }

function notify() {
  version++
  for (const l of listeners) l()
}

/** Puts `value` last (newest) in `map` and drops the oldest entry past RESULT_LIMIT; returns the dropped key. */
function keepNewest(map: Map<string, unknown>, key: string, value: unknown): string | undefined {
  map.delete(key)
  map.set(key, value)
  if (map.size <= RESULT_LIMIT) return undefined
  const oldest = map.keys().next().value!
  map.delete(oldest)
  return oldest
}

function remember(key: string, value: unknown) {
  const dropped = keepNewest(results, key, value)
  if (dropped !== undefined) families.delete(dropped)
  const family = families.get(key)
  if (family !== undefined) keepNewest(latest, family, value)
}

function receive(message: { key: string; result?: unknown; error?: string }) {
  if (message.error !== undefined) {
    failed.add(message.key)
  } else if (message.key.startsWith('strides|')) {
    importStrideGeometries((message.result as GaitJobResult<Extract<GaitJob, { kind: 'strides' }>>).entries)
    remember(message.key, GRID_IMPORTED)
    gaitAnalysisCounts.grids++
  } else {
    remember(message.key, message.result)
    gaitAnalysisCounts.worker++
  }
  notify()
}

function ensureWorker(): GaitWorkerPort | null {
  if (worker !== undefined) return worker
  const started = factory()
  worker = started
  if (started) {
    started.addEventListener('message', (event) => {
      if (worker === started) receive(event.data as { key: string; result?: unknown; error?: string })
    })
    // The script did not load or crashed: from now on everything is computed here.
    started.addEventListener('error', () => {
      if (worker !== started) return
      started.terminate()
      worker = null
      notify()
    })
  }
  return started
}

/** Sends the worker what is wanted now, most urgent first, replacing what it still had queued. */
function flush() {
  flushQueued = false
  // The worker starts with the first chain, not with the page (the overview needs no analyses).
  if (worker === undefined && wants.size === 0) return
  const w = ensureWorker()
  if (!w) return
  const list: { key: string; job: GaitJob }[] = []
  const seen = new Set<string>()
  const ordered = [...wants.values()].toSorted((a, b) => a.priority - b.priority)
  for (const { jobs } of ordered) {
    for (const job of jobs) {
      const key = gaitJobKey(job)
      if (seen.has(key) || results.has(key) || failed.has(key)) continue
      seen.add(key)
      families.set(key, gaitJobFamily(job))
      list.push({ key, job })
    }
  }
  const keys = list.map((j) => j.key).join('\n')
  if (keys === lastPosted) return
  lastPosted = keys
  w.postMessage({ jobs: list }, [])
}

/**
 * States what `owner` wants worked out (replacing what it wanted before; an empty list withdraws it).
 * Lower priorities go first: 0 for what is on screen, then the stride grid, then what comes next.
 */
export function wantGaitJobs(owner: string, jobs: readonly GaitJob[], priority: number): void {
  if (jobs.length === 0) wants.delete(owner)
  else wants.set(owner, { jobs, priority })
  if (flushQueued) return
  flushQueued = true
  queueMicrotask(flush)
}

/**
 * The job's result if it is known; where no worker runs (or the worker failed this job), it is worked out
 * here and then. Undefined while the worker is on it. A stride grid is never run here: without it the
 * engine simply measures each stride when it first needs it.
 */
export function gaitJobResult<J extends GaitJob>(job: J): GaitJobResult<J> | undefined {
  const key = gaitJobKey(job)
  if (results.has(key)) return results.get(key) as GaitJobResult<J>
  if (job.kind === 'strides') return undefined
  if (ensureWorker() && !failed.has(key)) return undefined
  const value = runGaitJob(job)
  families.set(key, gaitJobFamily(job))
  remember(key, value)
  gaitAnalysisCounts.here++
  return value
}

/**
 * The newest result of the same family as `job` (the same analysis of the same chain at another step or
 * severity): what a panel keeps showing while the worker works out the new one. Undefined if none.
 */
export function previousGaitJobResult<J extends GaitJob>(job: J): GaitJobResult<J> | undefined {
  return latest.get(gaitJobFamily(job)) as GaitJobResult<J> | undefined
}

export function subscribeGaitAnalysis(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Changes whenever a result arrives or the worker is given up (for useSyncExternalStore). */
export function gaitAnalysisVersion(): number {
  return version
}

/** Starts over with another worker factory (tests); the current worker is stopped. */
export function resetGaitAnalysis(next: GaitWorkerFactory = startWorker): void {
  worker?.terminate()
  worker = undefined
  factory = next
  results.clear()
  families.clear()
  latest.clear()
  failed.clear()
  wants.clear()
  lastPosted = ''
  gaitAnalysisCounts.here = 0
  gaitAnalysisCounts.worker = 0
  gaitAnalysisCounts.grids = 0
  notify()
}
