import { afterEach, describe, expect, it } from 'vitest'
import {
  gaitAnalysisCounts,
  gaitAnalysisVersion,
  gaitJobResult,
  previousGaitJobResult,
  resetGaitAnalysis,
  subscribeGaitAnalysis,
  wantGaitJobs,
  type GaitWorkerPort,
} from '../../src/analysis/gaitAnalysisClient'
import { chainSpecOf, gaitJobKey, runGaitJob, type GaitJob } from '../../src/analysis/gaitJobs'
import { chainGait, chainWeights, resolveChain } from '../../src/chains/resolve'
import { clearStrideCache, exportStrideGeometries, strideGeometry } from '../../src/gait'

const knee = resolveChain('knee-left')
const spec = chainSpecOf(knee)
const footfallAt = (step: number, severity = 0.6): Extract<GaitJob, { kind: 'footfall' }> => ({ kind: 'footfall', chain: spec, severity, weights: chainWeights(knee, step + 1) })
const strides: GaitJob = { kind: 'strides', chain: spec, severity: 0.6 }

/** A worker that keeps what it is sent and answers only when told to, running the real job here. */
class FakeWorker implements GaitWorkerPort {
  sent: { key: string; job: GaitJob }[][] = []
  terminated = false
  private listeners = { message: [] as ((event: MessageEvent) => void)[], error: [] as ((event: ErrorEvent) => void)[] }
  postMessage(message: unknown) {
    this.sent.push((message as { jobs: { key: string; job: GaitJob }[] }).jobs)
  }
  terminate() {
    this.terminated = true
  }
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void
  addEventListener(type: 'message' | 'error', listener: ((event: MessageEvent) => void) | ((event: ErrorEvent) => void)) {
    ;(this.listeners[type] as unknown[]).push(listener)
  }
  /** Delivers a message from the worker. */
  reply(data: unknown) {
    for (const l of this.listeners.message) l({ data } as MessageEvent)
  }
  fail() {
    for (const l of this.listeners.error) l({} as ErrorEvent)
  }
  /** Runs and answers a job of the last list sent. */
  answer(index = 0) {
    const { key, job } = this.sent.at(-1)![index]!
    this.reply({ key, result: runGaitJob(job) })
  }
}

const settle = () => new Promise<void>((r) => queueMicrotask(r))

afterEach(() => resetGaitAnalysis())

describe('the gait-analysis client', () => {
  it('without a worker, works a job out here, once', () => {
    resetGaitAnalysis(() => null)
    const first = gaitJobResult(footfallAt(0))
    expect(first).toEqual(runGaitJob(footfallAt(0)))
    expect(gaitJobResult(footfallAt(0))).toBe(first)
    expect(gaitAnalysisCounts).toEqual({ here: 1, worker: 0, grids: 0 })
    // A stride grid is never worked out on this thread.
    expect(gaitJobResult(strides)).toBeUndefined()
  })

  it('sends what is wanted, most urgent first, and hands out the answers', async () => {
    const worker = new FakeWorker()
    resetGaitAnalysis(() => worker)
    let heard = 0
    const stop = subscribeGaitAnalysis(() => heard++)
    wantGaitJobs('later', [footfallAt(1), footfallAt(2)], 2)
    wantGaitJobs('grid', [strides], 1)
    wantGaitJobs('now', [footfallAt(0)], 0)
    // One message for the three calls, after them.
    expect(worker.sent).toHaveLength(0)
    await settle()
    expect(worker.sent).toHaveLength(1)
    expect(worker.sent[0]!.map((j) => j.key)).toEqual([footfallAt(0), strides, footfallAt(1), footfallAt(2)].map(gaitJobKey))
    // The worker is on it: nothing is computed here meanwhile.
    expect(gaitJobResult(footfallAt(0))).toBeUndefined()
    const version = gaitAnalysisVersion()
    worker.answer(0)
    expect(gaitAnalysisVersion()).toBeGreaterThan(version)
    expect(heard).toBe(1)
    expect(gaitJobResult(footfallAt(0))).toEqual(runGaitJob(footfallAt(0)))
    expect(gaitAnalysisCounts).toEqual({ here: 0, worker: 1, grids: 0 })
    stop()
  })

  it('a new list replaces the old one and leaves out what is answered', async () => {
    const worker = new FakeWorker()
    resetGaitAnalysis(() => worker)
    wantGaitJobs('now', [footfallAt(0)], 0)
    wantGaitJobs('later', [footfallAt(1)], 2)
    await settle()
    worker.answer(0)
    wantGaitJobs('now', [footfallAt(1)], 0)
    wantGaitJobs('later', [footfallAt(0), footfallAt(2)], 2)
    await settle()
    expect(worker.sent.at(-1)!.map((j) => j.key)).toEqual([footfallAt(1), footfallAt(2)].map(gaitJobKey))
    // The same list again is not sent again.
    wantGaitJobs('later', [footfallAt(0), footfallAt(2)], 2)
    await settle()
    expect(worker.sent).toHaveLength(2)
    // Nothing wanted: the worker's queue is emptied.
    wantGaitJobs('now', [], 0)
    wantGaitJobs('later', [], 2)
    await settle()
    expect(worker.sent.at(-1)).toEqual([])
  })

  it('does not start a worker while nothing is wanted', async () => {
    let started = 0
    resetGaitAnalysis(() => {
      started++
      return new FakeWorker()
    })
    wantGaitJobs('grid', [], 1)
    await settle()
    expect(started).toBe(0)
    wantGaitJobs('grid', [strides], 1)
    await settle()
    expect(started).toBe(1)
  })

  it('while a new step is worked out, the chain\'s previous result is at hand', async () => {
    const worker = new FakeWorker()
    resetGaitAnalysis(() => worker)
    wantGaitJobs('now', [footfallAt(0)], 0)
    await settle()
    worker.answer(0)
    wantGaitJobs('now', [footfallAt(1)], 0)
    await settle()
    expect(gaitJobResult(footfallAt(1))).toBeUndefined()
    expect(previousGaitJobResult(footfallAt(1))).toBe(gaitJobResult(footfallAt(0)))
    // Another chain's result is not offered for this one.
    const ankle = { ...footfallAt(1), chain: chainSpecOf(resolveChain('ankle-left')) }
    expect(previousGaitJobResult(ankle)).toBeUndefined()
  })

  it('puts a stride grid into the engine\'s cache', async () => {
    const worker = new FakeWorker()
    resetGaitAnalysis(() => worker)
    wantGaitJobs('grid', [strides], 1)
    await settle()
    // The fake worker runs the grid in this thread; start from an empty cache as the page would.
    const grid = runGaitJob(strides as Extract<GaitJob, { kind: 'strides' }>)
    clearStrideCache()
    worker.reply({ key: gaitJobKey(strides), result: grid })
    const held = exportStrideGeometries().length
    expect(held).toBe(grid.entries.length)
    strideGeometry(chainGait(knee, 0.6), { [knee.links[0]!.change]: 0.5 })
    expect(exportStrideGeometries()).toHaveLength(held)
    // Answered: not asked for again.
    wantGaitJobs('grid', [strides], 1)
    wantGaitJobs('now', [footfallAt(0)], 0)
    await settle()
    expect(worker.sent.at(-1)!.map((j) => j.key)).toEqual([gaitJobKey(footfallAt(0))])
  })

  it('computes here once the worker fails, or a job fails in it', async () => {
    const worker = new FakeWorker()
    resetGaitAnalysis(() => worker)
    wantGaitJobs('now', [footfallAt(0), footfallAt(1)], 0)
    await settle()
    worker.reply({ key: gaitJobKey(footfallAt(0)), error: 'out of memory' })
    expect(gaitJobResult(footfallAt(0))).toEqual(runGaitJob(footfallAt(0)))
    expect(gaitJobResult(footfallAt(1))).toBeUndefined()
    worker.fail()
    expect(worker.terminated).toBe(true)
    expect(gaitJobResult(footfallAt(1))).toEqual(runGaitJob(footfallAt(1)))
    expect(gaitAnalysisCounts.here).toBe(2)
  })
})
