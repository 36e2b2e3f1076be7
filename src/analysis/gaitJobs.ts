/**
 * The gait analyses the panel shows for a chain (joint curves, the footfall report) and the stride grid a
 * chain's fade-ins walk through, as plain data in and out, so they can run in the gait-analysis worker
 * (gaitAnalysis.worker.ts) instead of on the thread that draws the skeleton. The same functions run here
 * when no worker is available. Pure: no React, no three.
 */
import type { RegionKey, Side } from '../anatomy/regions'
import { chainGait, chainWeights, resolveChain } from '../chains/resolve'
import type { ResolvedChain } from '../chains/types'
import { conditionById, type ConditionId } from '../conditions'
import {
  clearStrideCache,
  exportStrideGeometries,
  footfallReport,
  gaitCurves,
  strideGeometry,
  type FootfallReport,
  type GaitCurves,
  type StrideGeometry,
} from '../gait'
import { AMOUNT_STEPS } from '../gait/stride'

/** A chain as data: what resolveChain needs to build it again in another thread. */
export interface ChainSpec {
  region: RegionKey
  side: Side
  condition: ConditionId
}

export type GaitJob =
  /** The joint curves of the chain's walk at these weights, for one side's hip, knee and ankle. */
  | { kind: 'curves'; chain: ChainSpec; severity: number; weights: Record<string, number>; side: Side; samples: number }
  /** The footfall report of the chain's walk at these weights. */
  | { kind: 'footfall'; chain: ChainSpec; severity: number; weights: Record<string, number> }
  /** Every stride geometry the chain's fade-ins ask for at this severity (see strideGrid). */
  | { kind: 'strides'; chain: ChainSpec; severity: number }

export interface StrideGrid {
  entries: [string, StrideGeometry][]
}

/** What each kind of job gives. */
export interface GaitJobResults {
  curves: GaitCurves
  footfall: FootfallReport
  strides: StrideGrid
}

export type GaitJobResult<J extends GaitJob = GaitJob> = GaitJobResults[J['kind']]

export function chainSpecOf(chain: ResolvedChain): ChainSpec {
  return { region: chain.region, side: chain.side, condition: chain.condition.id as ConditionId }
}

/** The chain a spec names (the same links and sides as the one it was taken from). */
export function chainOfSpec(spec: ChainSpec): ResolvedChain {
  return resolveChain(spec.region, spec.side, conditionById(spec.condition))
}

/** Same kind of analysis of the same chain (and side): jobs that differ only in step or severity. */
export function gaitJobFamily(job: GaitJob): string {
  const c = job.chain
  return `${job.kind}|${c.condition}|${c.region}|${c.side}${job.kind === 'curves' ? `|${job.side}` : ''}`
}

/** A job's identity: its family, severity, weights (in a fixed order) and sampling; equal jobs have equal keys. */
export function gaitJobKey(job: GaitJob): string {
  const head = `${gaitJobFamily(job)}|${job.severity}`
  if (job.kind === 'strides') return head
  const weights = Object.keys(job.weights)
    .toSorted()
    .map((id) => `${id}=${job.weights[id]}`)
    .join(',')
  return job.kind === 'curves' ? `${head}|${weights}|${job.samples}` : `${head}|${weights}`
}

/**
 * The stride cache's grid (amounts in steps of 1 / AMOUNT_STEPS, stride.ts) reaches every value a chain's fade-ins pass
 * through: while link i fades in, the links before it are at weight 1 and its own change rises from 0 to 1,
 * so at severity s its amount takes the grid values 0, 0.1, … up to s. Measuring them all ahead of time
 * means a fade-in on screen finds each one already measured.
 */
export function strideGrid(chain: ResolvedChain, severity: number): StrideGrid {
  clearStrideCache()
  const condition = chainGait(chain, severity)
  const top = Math.round(Math.max(0, Math.min(1, severity)) * AMOUNT_STEPS)
  for (let i = 0; i < chain.links.length; i++) {
    const weights = chainWeights(chain, i)
    const change = chain.links[i]!.change
    for (let q = 0; q <= top; q++) {
      weights[change] = top === 0 ? 0 : q / top
      strideGeometry(condition, weights)
    }
  }
  return { entries: exportStrideGeometries() }
}

/** Runs one job. */
export function runGaitJob<J extends GaitJob>(job: J): GaitJobResult<J>
export function runGaitJob(job: GaitJob): GaitJobResult {
  const chain = chainOfSpec(job.chain)
  switch (job.kind) {
    case 'curves':
      return gaitCurves({ side: job.side, condition: chainGait(chain, job.severity), weights: job.weights, samples: job.samples })
    case 'footfall':
      return footfallReport(chainGait(chain, job.severity), job.weights)
    case 'strides':
      return strideGrid(chain, job.severity)
  }
}
