/**
 * A lesson: conditions played one after another, each opened by a title card, stepped with a clicker.
 * The lesson is a flat list of slides (card, then per link an optional "predict" prompt and the link),
 * so next, previous, first and last card are index arithmetic. Pure: no React, no three, no window.
 */
import { REGION_KEYS, REGION_KINDS, getRegion, regionKeyFor, type RegionKey, type Side } from '../anatomy/regions'
import { conditionById, defaultConditionFor, isConditionId, type ConditionId } from '../conditions'
import type { ResolvedChain } from '../chains/types'

/** One chain of a lesson: which condition, on which side, how strong (0..1). */
export interface LessonItem {
  condition: ConditionId
  side: Side
  severity: number
}

export interface Lesson {
  items: readonly LessonItem[]
  /** Ask the class to predict each link before it shows. */
  predict: boolean
}

/** What the screen shows at one point of a lesson. */
export type LessonSlide =
  | { kind: 'card'; item: number }
  | { kind: 'predict'; item: number; step: number }
  | { kind: 'link'; item: number; step: number }

/** At most this many chains in a lesson, so a pasted link cannot build an endless one. */
export const MAX_LESSON_ITEMS = 12

/**
 * "Run a lesson": each region's default condition, from the feet up, the way a limp climbs the body
 * (five chains; the builder adds the second condition of any region).
 */
export const DEFAULT_LESSON: Lesson = {
  items: REGION_KINDS.toReversed().map((kind) => ({ condition: defaultConditionFor(kind).id, side: 'left', severity: 0.8 })),
  predict: false,
}

/** The region a lesson item starts at: its condition's kind on its side. */
export function lessonRegion(item: LessonItem): RegionKey {
  return regionKeyFor(conditionById(item.condition).kind, item.side)
}

/** The question a chain answers, for its title card, in our own words. */
export function lessonQuestion(item: LessonItem): string {
  const c = conditionById(item.condition)
  if (c.kind === 'lumbar') return 'How can a problem in the low back change the walk, and the changed walk load the low back again?'
  return `How can this problem at the ${getRegion(lessonRegion(item)).label.toLowerCase()} reach the low back, one link at a time?`
}

/** Every slide of a lesson in order. Link 0 needs no prediction: the card has named the origin. */
export function lessonSlides(lesson: Lesson): LessonSlide[] {
  const slides: LessonSlide[] = []
  lesson.items.forEach((item, i) => {
    slides.push({ kind: 'card', item: i })
    const links = conditionById(item.condition).links.length
    for (let step = 0; step < links; step++) {
      if (lesson.predict && step > 0) slides.push({ kind: 'predict', item: i, step })
      slides.push({ kind: 'link', item: i, step })
    }
  })
  return slides
}

/** The index of the title card of item `item` (clamped to the lesson). */
export function cardIndex(slides: readonly LessonSlide[], item: number): number {
  const cards = slides.flatMap((s, i) => (s.kind === 'card' ? [i] : []))
  return cards[Math.max(0, Math.min(cards.length - 1, item))] ?? 0
}

/**
 * The regions marked as possible answers before link `step`: every region not lit by an earlier link,
 * plus the right answer (a chain may come back to a region it has already lit).
 */
export function predictCandidates(chain: ResolvedChain, step: number): RegionKey[] {
  const lit = new Set(chain.links.slice(0, step).map((l) => l.region))
  const answer = chain.links[step]?.region
  return REGION_KEYS.filter((k) => !lit.has(k) || k === answer)
}

/** `stiff-knee.left.80,stiff-ankle.right.60`: condition, side and severity in percent per chain. */
export function formatLesson(lesson: Lesson): string {
  return lesson.items.map((i) => `${i.condition}.${i.side}.${Math.round(i.severity * 100)}`).join(',')
}

export interface ParsedLesson {
  /** null when nothing in the text could be used. */
  lesson: Lesson | null
  problems: string[]
}

const quote = (s: string) => `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`

/**
 * Reads the `lesson=` value of a link. `all` (or an empty value) is the default lesson. Each entry is
 * `condition[.side[.severity]]`; an entry not understood is left out and reported, the rest still plays.
 */
export function parseLesson(text: string, predict: boolean): ParsedLesson {
  const value = text.trim()
  if (value === '' || value === 'all') return { lesson: { ...DEFAULT_LESSON, predict }, problems: [] }
  const problems: string[] = []
  const items: LessonItem[] = []
  const entries = value.split(',')
  if (entries.length > MAX_LESSON_ITEMS) problems.push(`A lesson holds at most ${MAX_LESSON_ITEMS} chains; the rest were left out.`)
  for (const entry of entries.slice(0, MAX_LESSON_ITEMS)) {
    const [id = '', side = 'left', severity = '80', ...extra] = entry.split('.')
    const n = Number(severity)
    if (!isConditionId(id)) problems.push(`The lesson names a condition this app does not know: ${quote(id)}.`)
    else if ((side !== 'left' && side !== 'right') || extra.length > 0) problems.push(`The lesson entry ${quote(entry)} is not condition.side.severity.`)
    else if (!Number.isInteger(n) || n < 0 || n > 100) problems.push(`The severity in the lesson entry ${quote(entry)} is not a percentage from 0 to 100.`)
    else items.push({ condition: id, side, severity: n / 100 })
  }
  return { lesson: items.length > 0 ? { items, predict } : null, problems }
}
