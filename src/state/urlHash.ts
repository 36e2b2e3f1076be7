import { getRegion, isRegionKey, type RegionKey, type Side } from '../anatomy/regions'
import { conditionById, defaultConditionFor, isConditionId, type ConditionId } from '../conditions'
import { compareProblem, type CompareWith } from './compare'
import { DEFAULT_SEVERITY, MUSCLE_LAYERS, SPEEDS, type AppMode, type MuscleLayer } from './store'
import { formatLesson, lessonSlides, parseLesson, type Lesson } from '../lesson/lesson'

/** The part of the app's state that a link can carry. Pure: no window, no React. */
export interface UrlState {
  region: RegionKey | null
  /** The region's condition (null on the overview); the URL leaves out the region kind's default. */
  condition: ConditionId | null
  /** The compare view: a second condition of the region's kind or 'normal'; null when off. */
  compare: CompareWith | null
  /** 0-based link index (the URL shows it 1-based, as people count). */
  step: number
  speed: number
  mode: AppMode
  /** Side of the problem for the lumbar spine and pelvis. */
  side: Side
  /** 0..1 (the URL shows a percentage). */
  severity: number
  /** The muscle layer; the URL leaves out the default, 'chain'. */
  muscles: MuscleLayer
  /** A lesson (`lesson=stiff-ankle.left.80,...&predict=1`); while one runs, region and step come from its slide. */
  lesson: Lesson | null
  /** 0-based slide of the lesson (the URL shows it 1-based). */
  slide: number
}

export const DEFAULT_URL_STATE: UrlState = {
  region: null,
  condition: null,
  compare: null,
  step: 0,
  speed: 1,
  mode: 'explore',
  side: 'left',
  severity: DEFAULT_SEVERITY,
  muscles: 'chain',
  lesson: null,
  slide: 0,
}

export interface ParsedHash {
  state: UrlState
  /** Human-readable reasons a part of the hash was ignored; empty when it was all understood. */
  problems: string[]
}

/** Longest value quoted back in a notice, so a pasted essay cannot flood the screen. */
const MAX_QUOTED = 40

function quote(value: string): string {
  const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value
  return `“${short}”`
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * Reads `#region=knee-left&condition=stiff-knee&compare=normal&step=3&speed=0.5&mode=present` (the canonical form) or the short
 * `#knee-left` a teacher might type into a slide. Anything not understood falls back to its
 * default and is reported; the rest of the link still works.
 */
export function parseHash(hash: string): ParsedHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  const state: UrlState = { ...DEFAULT_URL_STATE }
  const problems: string[] = []
  if (raw.trim() === '') return { state, problems }

  if (!raw.includes('=')) {
    const value = decode(raw)
    if (isRegionKey(value)) {
      state.region = value
      state.condition = defaultConditionFor(getRegion(value).kind).id
    } else problems.push(`The link names a region this app does not know: ${quote(value)}.`)
    return { state, problems }
  }

  const params = new URLSearchParams(raw)
  const lessonText = params.get('lesson')
  if (lessonText !== null) {
    const predict = params.get('predict')
    if (predict !== null && predict !== '1' && predict !== '0') problems.push(`The link's predict value, ${quote(predict)}, is neither 1 nor 0.`)
    const parsed = parseLesson(lessonText, predict === '1')
    problems.push(...parsed.problems)
    state.lesson = parsed.lesson
    const slide = params.get('slide')
    if (state.lesson && slide !== null) {
      const n = Number(slide)
      const count = lessonSlides(state.lesson).length
      if (!Number.isInteger(n) || n < 1 || n > count) problems.push(`This lesson has ${count} slides; ${quote(slide)} is not one of them.`)
      else state.slide = n - 1
    }
    // The lesson decides region and step; only the presentation settings are read besides.
    if (state.lesson) {
      readPresentation(params, state, problems)
      return { state, problems }
    }
  }
  const region = params.get('region')
  if (region !== null && region !== '') {
    if (isRegionKey(region)) state.region = region
    else problems.push(`The link names a region this app does not know: ${quote(region)}.`)
  }

  const condition = params.get('condition')
  if (state.region) {
    const chosen = getRegion(state.region)
    const fallback = defaultConditionFor(chosen.kind)
    state.condition = fallback.id
    if (condition !== null && condition !== '') {
      if (!isConditionId(condition)) {
        problems.push(`The link names a condition this app does not know: ${quote(condition)}; showing ${fallback.label.toLowerCase()}.`)
      } else if (conditionById(condition).kind !== chosen.kind) {
        problems.push(`The condition ${quote(condition)} does not start at the ${chosen.label.toLowerCase()}; showing ${fallback.label.toLowerCase()}.`)
      } else state.condition = condition
    }
  } else if (condition !== null && condition !== '') {
    problems.push('The link gives a condition but no region, so it starts at the overview.')
  }

  const compare = params.get('compare')
  if (compare !== null && compare !== '') {
    const problem = compareProblem(state.region, state.condition, compare)
    if (problem) problems.push(`${problem} The link's compare view is left off.`)
    else state.compare = compare as CompareWith
  }

  const step = params.get('step')
  if (step !== null) {
    const n = Number(step)
    const links = state.region ? conditionById(state.condition!).links.length : 0
    if (!state.region) problems.push('The link gives a step but no region, so it starts at the overview.')
    else if (!Number.isInteger(n) || n < 1) problems.push(`The step in the link, ${quote(step)}, is not a step number.`)
    else if (n > links) {
      problems.push(`This chain has ${links} steps, not ${n}; showing the last one.`)
      state.step = links - 1
    } else state.step = n - 1
  }

  readPresentation(params, state, problems)

  const side = params.get('side')
  if (side !== null) {
    if (side === 'left' || side === 'right') state.side = side
    else problems.push(`The side in the link, ${quote(side)}, is neither left nor right.`)
  }

  const severity = params.get('severity')
  if (severity !== null) {
    const n = Number(severity)
    if (Number.isFinite(n) && n >= 0 && n <= 100) state.severity = n / 100
    else problems.push(`The severity in the link, ${quote(severity)}, is not a percentage from 0 to 100.`)
  }

  const muscles = params.get('muscles')
  if (muscles !== null) {
    if ((MUSCLE_LAYERS as readonly string[]).includes(muscles)) state.muscles = muscles as MuscleLayer
    else problems.push(`The muscles in the link, ${quote(muscles)}, are not one of ${MUSCLE_LAYERS.join(', ')}; showing the chain’s muscles.`)
  }
  return { state, problems }
}

/** Speed and mode: the parts of a link that apply to a lesson as much as to one region. */
function readPresentation(params: URLSearchParams, state: UrlState, problems: string[]) {
  const speed = params.get('speed')
  if (speed !== null) {
    const n = Number(speed)
    if (SPEEDS.includes(n as (typeof SPEEDS)[number])) state.speed = n
    else problems.push(`The speed in the link, ${quote(speed)}, is not one of ${SPEEDS.join(', ')}; playing at normal speed.`)
  }

  const mode = params.get('mode')
  if (mode !== null) {
    if (mode === 'present' || mode === 'explore') state.mode = mode
    else problems.push(`The link asks for a mode this app does not have: ${quote(mode)}.`)
  }
}

/** The canonical hash for a state, '' for the default view. Defaults are left out to keep links short. */
export function formatHash(state: UrlState): string {
  const params = new URLSearchParams()
  if (state.lesson) {
    // Written by hand below: condition ids, sides and commas need no escaping, and stay readable in a slide.
    if (state.lesson.predict) params.set('predict', '1')
    if (state.slide > 0) params.set('slide', String(state.slide + 1))
  } else if (state.region) {
    params.set('region', state.region)
    if (state.condition && state.condition !== defaultConditionFor(getRegion(state.region).kind).id) params.set('condition', state.condition)
    if (state.compare) params.set('compare', state.compare)
    if (state.step > 0) params.set('step', String(state.step + 1))
    if (getRegion(state.region).side === null && state.side !== DEFAULT_URL_STATE.side) params.set('side', state.side)
    if (Math.round(state.severity * 100) !== Math.round(DEFAULT_SEVERITY * 100)) params.set('severity', String(Math.round(state.severity * 100)))
  }
  if (state.speed !== 1) params.set('speed', String(state.speed))
  if (state.mode !== 'explore') params.set('mode', state.mode)
  if (state.muscles !== DEFAULT_URL_STATE.muscles) params.set('muscles', state.muscles)
  const text = [state.lesson ? `lesson=${formatLesson(state.lesson)}` : '', params.toString()].filter(Boolean).join('&')
  return text ? `#${text}` : ''
}
