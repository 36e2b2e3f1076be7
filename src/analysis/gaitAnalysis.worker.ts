/**
 * The gait-analysis worker: runs the panel's analyses and a chain's stride grid (gaitJobs.ts) away from
 * the thread that draws the skeleton, so a link change does not stall the walk.
 *
 * Protocol (gaitAnalysisClient.ts is the other end):
 * - in:  { jobs: { key, job }[] }: what is wanted now, most urgent first; it REPLACES the jobs still queued
 *        (a teacher clicking through regions only needs the last one's analyses);
 * - out: { key, result } per finished job, or { key, error } when a job threw.
 * One job per task, so a new list is read between jobs.
 */
import { runGaitJob, type GaitJob } from './gaitJobs'

interface Queued {
  key: string
  job: GaitJob
}

/** The worker's global scope (the project's types are the page's: DOM, not WebWorker). */
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void
  addEventListener(type: 'message', listener: (event: MessageEvent<{ jobs: Queued[] }>) => void): void
}

let queue: Queued[] = []
let scheduled = false

function schedule() {
  if (scheduled || queue.length === 0) return
  scheduled = true
  setTimeout(runNext, 0)
}

function runNext() {
  scheduled = false
  const next = queue.shift()
  if (next) {
    try {
      scope.postMessage({ key: next.key, result: runGaitJob(next.job) }, [])
    } catch (error) {
      scope.postMessage({ key: next.key, error: error instanceof Error ? error.message : String(error) }, [])
    }
  }
  schedule()
}

scope.addEventListener('message', (event) => {
  queue = event.data.jobs.slice()
  schedule()
})
