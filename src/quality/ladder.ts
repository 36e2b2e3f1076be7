/**
 * The quality ladder: what the 3D view gives up, in order, when frames stay slow on a weak machine,
 * and when it takes it back. Pure decisions on measured frame times, so they are tested without a
 * browser; the scene applies the level (SceneCanvas, QualityGovernor). No React, no three.
 */

/** What one level draws. Each step down the ladder switches off one more of these. */
export interface QualitySettings {
  /** Highest device pixel ratio drawn (the screen's own ratio is never exceeded). */
  maxPixelRatio: number
  /** The soft contact shadow under the feet (a second render of the skeleton every frame). */
  contactShadow: boolean
  /** The key light's shadow map (a third render of the skeleton every frame). */
  shadowMap: boolean
  /** The studio environment light (image-based sheen; its first build is the slowest shader here). */
  environment: boolean
  /** The muscle layer, where the app has one. */
  muscles: boolean
  /** The full-detail skeleton (false: the first-view model, about a third of the triangles). */
  fullModel: boolean
  /** The normal-walking ghost with every bone (false: leg, pelvis and spine bones only). */
  fullGhost: boolean
}

export interface QualityStep {
  /** Short words for the status line: what this step gave up. */
  gaveUp: string
  settings: QualitySettings
}

const BEST: QualitySettings = {
  maxPixelRatio: 2,
  contactShadow: true,
  shadowMap: true,
  environment: true,
  muscles: true,
  fullModel: true,
  fullGhost: true,
}

/** The plainest skeleton that still teaches: one pass, no image light, the first-view model. */
const LEAN: QualitySettings = {
  maxPixelRatio: 1,
  contactShadow: false,
  shadowMap: false,
  environment: false,
  muscles: false,
  fullModel: false,
  fullGhost: true,
}

/** Level 0 is the best; each later level gives up one more thing, cheapest loss first. */
export const QUALITY_LADDER: readonly QualityStep[] = [
  { gaveUp: '', settings: BEST },
  { gaveUp: 'sharp pixels', settings: { ...BEST, maxPixelRatio: 1 } },
  { gaveUp: 'contact shadow', settings: { ...BEST, maxPixelRatio: 1, contactShadow: false } },
  { gaveUp: 'shadows', settings: { ...BEST, maxPixelRatio: 1, contactShadow: false, shadowMap: false } },
  {
    gaveUp: 'studio light',
    settings: { ...BEST, maxPixelRatio: 1, contactShadow: false, shadowMap: false, environment: false },
  },
  {
    gaveUp: 'muscles',
    settings: { ...BEST, maxPixelRatio: 1, contactShadow: false, shadowMap: false, environment: false, muscles: false },
  },
  { gaveUp: 'bone detail', settings: LEAN },
  {
    gaveUp: 'ghost detail',
    settings: { ...LEAN, fullGhost: false },
  },
  { gaveUp: 'full resolution', settings: { ...LEAN, fullGhost: false, maxPixelRatio: 0.75 } },
]

export const LOWEST_LEVEL = QUALITY_LADDER.length - 1

/**
 * Where a software renderer starts: no extra render passes and no environment, so the first frame
 * waits for three shader programs instead of twelve. The ladder climbs from here when there is headroom.
 */
export const SOFTWARE_START_LEVEL = 4

/**
 * Frame-time targets (ms). Slower than `slowMs` steps down; faster than `fastMs`, or a better level
 * predicted to stay under `climbMs`, may step up.
 */
export const QUALITY_TARGETS = {
  /** 20 frames a second: below this the walk looks like a slide show. */
  slowMs: 50,
  /** 40 frames a second: enough headroom to afford the next better level, whatever it costs. */
  fastMs: 25,
  /**
   * A better level whose frame time, predicted from what it cost when the ladder left it, stays under
   * this (a margin under `slowMs`) is worth trying again. This is how a software renderer, which never
   * reaches `fastMs`, climbs back after a passing slowdown (another program busy for a minute).
   */
  climbMs: 45,
  /** Consecutive slow windows before stepping down. */
  slowWindows: 2,
  /** Consecutive fast windows before stepping up (doubled each time a level up had to be given back). */
  fastWindows: 4,
} as const

/** What leaving a level showed: its frame time then, and the next level down's first frame time after. */
export interface LevelCost {
  at: number
  below: number
}

export interface LadderState {
  level: number
  slowRun: number
  /** Windows in a row with headroom for the next better level. */
  fastRun: number
  /** Per level: how many times stepping up to it failed (it was slow again at once). */
  failures: number[]
  /** The level last stepped up to, until one window there has been judged. */
  probing: number | null
  /** Per level: what it cost against the level below, measured back to back when the ladder left it. */
  costs: (LevelCost | null)[]
  /** The level just stepped down from and its last frame time, until the next window completes its cost. */
  left: { level: number; ms: number } | null
}

export function createLadder(level = 0): LadderState {
  return {
    level: clampLevel(level),
    slowRun: 0,
    fastRun: 0,
    failures: QUALITY_LADDER.map(() => 0),
    probing: null,
    costs: QUALITY_LADDER.map(() => null),
    left: null,
  }
}

/**
 * The frame time (ms) the next better level would take now, scaled from the two levels' frame times
 * measured back to back when the ladder left it (a slowdown that made both slower then scales out);
 * Infinity when that level was never measured.
 */
export function predictedBetterMs(state: LadderState, frameMs: number): number {
  const cost = state.level > 0 ? state.costs[state.level - 1] : null
  return cost && cost.below > 0 ? (frameMs * cost.at) / cost.below : Number.POSITIVE_INFINITY
}

export function clampLevel(level: number): number {
  return Number.isFinite(level) ? Math.max(0, Math.min(LOWEST_LEVEL, Math.round(level))) : 0
}

/** Windows of headroom needed before trying `level` again: doubled for every failed try, at most 64. */
export function windowsToClimb(state: LadderState, level: number): number {
  return QUALITY_TARGETS.fastWindows * 2 ** Math.min(4, state.failures[level] ?? 0)
}

/**
 * Judges one measuring window (its median frame time, ms, while the scene was animating) and returns
 * the next state. Steps down after `slowWindows` slow windows in a row, at once when a level just
 * stepped up to is slow (and remembers that failure), and up after enough windows with headroom:
 * fast ones, or ones at which the better level is predicted to run under `climbMs`.
 */
export function judgeWindow(state: LadderState, frameMs: number): LadderState {
  const next: LadderState = { ...state, failures: [...state.failures], costs: [...state.costs] }
  if (next.left !== null) {
    // The first window after stepping down: with the last one before, what the level left costs.
    if (next.left.level === next.level - 1) next.costs[next.left.level] = { at: next.left.ms, below: frameMs }
    next.left = null
  }
  const slow = frameMs > QUALITY_TARGETS.slowMs
  const stepDown = (): LadderState => ({ ...next, level: next.level + 1, slowRun: 0, fastRun: 0, left: { level: next.level, ms: frameMs } })
  if (next.probing !== null) {
    const tried = next.probing
    next.probing = null
    if (slow && tried === next.level && next.level < LOWEST_LEVEL) {
      next.failures[tried] = (next.failures[tried] ?? 0) + 1
      return stepDown()
    }
  }
  if (slow) {
    next.fastRun = 0
    next.slowRun += 1
    if (next.slowRun >= QUALITY_TARGETS.slowWindows && next.level < LOWEST_LEVEL) return stepDown()
    return next
  }
  next.slowRun = 0
  const headroom = frameMs < QUALITY_TARGETS.fastMs || predictedBetterMs(next, frameMs) < QUALITY_TARGETS.climbMs
  if (headroom && next.level > 0) {
    next.fastRun += 1
    if (next.fastRun >= windowsToClimb(next, next.level - 1)) {
      return { ...next, level: next.level - 1, fastRun: 0, probing: next.level - 1 }
    }
    return next
  }
  next.fastRun = 0
  return next
}

/** A loss the status line does not name when a wider one is also given up (the contact shadow is a shadow). */
const NAMED_WITHIN: Readonly<Record<string, string>> = { 'contact shadow': 'shadows' }

/**
 * The status line: null at the best level with smooth edges, else what the view has given up to keep
 * the walk smooth (smooth edges first: they go when the view starts, before any ladder step). A step
 * that only lowers the pixel ratio gives up nothing on a screen of `screenRatio` at or below the new
 * ratio (a school PC's 1× screen draws the same at ratio 2 and 1), so it is not named there; kept short,
 * the line stays one line over the scene.
 */
export function qualityStatus(level: number, smoothEdges = true, screenRatio = 1): string | null {
  const steps = QUALITY_LADDER.slice(0, clampLevel(level) + 1)
  const lost: string[] = []
  for (let i = 1; i < steps.length; i++) {
    const before = steps[i - 1]!.settings
    const now = steps[i]!.settings
    const onlyPixels = Object.keys(now).every((k) => k === 'maxPixelRatio' || now[k as keyof QualitySettings] === before[k as keyof QualitySettings])
    if (onlyPixels && Math.min(before.maxPixelRatio, screenRatio) <= now.maxPixelRatio) continue
    lost.push(steps[i]!.gaveUp)
  }
  const named = lost.filter((word) => !(NAMED_WITHIN[word] && lost.includes(NAMED_WITHIN[word])))
  if (!smoothEdges) named.unshift('smooth edges')
  if (named.length === 0) return null
  return `Lighter 3D for this computer: without ${named.join(', ')}`
}

/** Median of a window of frame times (ms); NaN for an empty window. */
export function medianMs(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN
  const sorted = samples.toSorted((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Renderers that draw on the CPU (blocklisted or absent GPU): start them low on the ladder. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render|lavapipe/i.test(name)
}
