import { useEffect, useSyncExternalStore } from 'react'
import { gaitAnalysisVersion, gaitJobResult, previousGaitJobResult, subscribeGaitAnalysis, wantGaitJobs } from '../../analysis/gaitAnalysisClient'
import type { GaitJob, GaitJobResult } from '../../analysis/gaitJobs'

/** What is on screen goes to the worker first; the chain's other steps after its stride grid. */
const NOW = 0
const LATER = 2

export interface GaitJobView<R> {
  /** The result, or while the worker works out a new step, the newest one of the same chain (stale); null before any. */
  result: R | null
  /** True while the result shown is another step's or severity's. */
  stale: boolean
}

/**
 * A gait analysis for a panel (see gaitAnalysisClient): `job` is what the panel shows now and `upcoming`
 * what it will show next (the chain's other steps), worked out ahead while the chain plays. Both must keep
 * their identity between renders (useMemo). While a new step is worked out the chain's previous result
 * stays on screen, marked stale, so the chart does not blink at every link.
 */
export function useGaitJob<J extends GaitJob>(owner: string, job: J | null, upcoming: readonly GaitJob[]): GaitJobView<GaitJobResult<J>> {
  useSyncExternalStore(subscribeGaitAnalysis, gaitAnalysisVersion)
  useEffect(() => {
    wantGaitJobs(`${owner}:now`, job ? [job] : [], NOW)
    return () => wantGaitJobs(`${owner}:now`, [], NOW)
  }, [owner, job])
  useEffect(() => {
    wantGaitJobs(`${owner}:later`, upcoming, LATER)
    return () => wantGaitJobs(`${owner}:later`, [], LATER)
  }, [owner, upcoming])
  if (!job) return { result: null, stale: false }
  const result = gaitJobResult(job)
  if (result !== undefined) return { result, stale: false }
  const previous = previousGaitJobResult(job)
  return { result: previous ?? null, stale: previous !== undefined }
}
