import type { BudgetRow } from '../size-budgets.mjs'
import type { FirstFrameBreakdown, FrameBreakdown } from './investigate'
import type { Machine } from './machine'
import type { Kind } from './measures'
import type { ModelBuild } from './modelBuild'
import type { Summary } from './stats'

export interface FrameFigures {
  fps: Summary | null
  scriptMsPerFrame: Summary | null
  taskMsPerFrame: Summary | null
}

/** Frames with the quality governor moving as it does for a user (`?quality=auto`), once it settled. */
export interface AdaptiveFigures extends FrameFigures {
  /** Ladder level settled at (0 best), and seconds from opening the chain until its last change. */
  level: Summary | null
  settledAfterS: Summary | null
  /** Each run: the levels passed through, the model drawn at the end and the status line shown. */
  runs: { levels: number[]; model: string; status: string }[]
}

/** Everything `npm run bench` writes to performance.json; the Markdown table is made from it. */
export interface BenchResults {
  machine: Machine
  quick: boolean
  runs: number
  /** Seconds of frame counting per figure. */
  frameSpanSeconds: number
  selections: number
  budgets: BudgetRow[]
  /** Files of each build by kind: raw and gzip (gzip -6 of each file, as a server compresses). */
  distBytes: { app: Record<Kind, { raw: number; gzip: number }>; bare: Record<Kind, { raw: number; gzip: number }> }
  /** Bytes a cold first visit received (resource timing), medians over the runs. */
  visitBytes: { app: Record<Kind, { wire: number; raw: number; count: number }>; bare: Record<Kind, { wire: number; raw: number; count: number }> }
  /** content-encoding of each response of the app's visit, by path (as vite preview serves it). */
  encodings: Record<string, string>
  foreignRequests: string[]
  load: { appFirstFrameMs: Summary | null; appFullModelMs: Summary | null; bareFirstFrameMs: Summary | null; ratio: Summary | null }
  frames: { full: FrameFigures; lite: FrameFigures; bare: FrameFigures; adaptive?: AdaptiveFigures }
  clickToPanelMs: Summary | null
  /** Event Timing reported no interaction of 16 ms or more in this many runs. */
  clickUnder16: number
  memory: { selections: number; heapMB: Summary | null; geometries: Summary | null; textures: Summary | null; programs: Summary | null }[]
  modelBuild: ModelBuild | null
  firstFrame: FirstFrameBreakdown[] | null
  frameBreakdown: FrameBreakdown | null
  errors: string[]
}
