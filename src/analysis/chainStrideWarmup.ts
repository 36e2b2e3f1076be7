/**
 * Asks the gait-analysis worker for the stride grid of the chain on screen (and of the chain compared
 * beside it) whenever the chain, the severity or the compare view changes, so each link's fade-in finds
 * its strides already measured instead of measuring them between frames (gaitJobs.ts, strideGrid).
 * No React, no three.
 */
import { chainSpecOf, type GaitJob } from './gaitJobs'
import { wantGaitJobs } from './gaitAnalysisClient'
import { compareChainOf } from '../state/compare'
import type { AppState, AppStore } from '../state/store'

/** After what is on screen (0), before the panel's later steps (2). */
export const STRIDE_GRID_PRIORITY = 1

/** The stride-grid jobs a state needs: its chain's and its compare chain's. */
export function strideGridJobs(state: Pick<AppState, 'chain' | 'severity' | 'compare'>): GaitJob[] {
  const chains = [state.chain, compareChainOf(state.chain, state.compare)]
  return chains.flatMap((chain) => (chain ? [{ kind: 'strides' as const, chain: chainSpecOf(chain), severity: state.severity }] : []))
}

const want = (s: AppState) => wantGaitJobs('stride-grid', strideGridJobs(s), STRIDE_GRID_PRIORITY)

/** Keeps the worker measuring the stride grid of the store's chain. Returns a function that stops it. */
export function startChainStrideWarmup(store: AppStore): () => void {
  want(store.getState())
  const stop = store.subscribe((next, prev) => {
    if (next.chain !== prev.chain || next.severity !== prev.severity || next.compare !== prev.compare) want(next)
  })
  return () => {
    stop()
    wantGaitJobs('stride-grid', [], STRIDE_GRID_PRIORITY)
  }
}
