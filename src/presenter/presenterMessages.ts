/**
 * What the projected window and the teacher's presenter view say to each other over a
 * BroadcastChannel (same browser, same origin, no server). Pure: no React, no three, no window.
 */
import { toPlainText } from '../content/richText'
import { ROLE_LABELS } from '../theme/palette'
import type { AppState } from '../state/store'
import { conditionById } from '../conditions'
import { lessonQuestion } from '../lesson/lesson'

export const PRESENTER_CHANNEL = 'chain-explorer-presenter'

/** What the presenter view may ask the projected window to do. */
export const PRESENTER_COMMANDS = ['forward', 'back', 'first', 'last', 'toggle-play', 'black', 'white', 'hello'] as const
export type PresenterCommand = (typeof PRESENTER_COMMANDS)[number]

/** Presenter view -> projected window. */
export interface CommandMessage {
  type: 'command'
  command: PresenterCommand
}

/** Projected window -> presenter view: everything the laptop screen shows, as plain text. */
export interface PresenterSnapshot {
  /** "Chain 2 of 5 · slide 7 of 31", or "" outside a lesson. */
  position: string
  /** What the class sees now. */
  now: { heading: string; text: string }
  /** What the next press shows, or null at the end. */
  next: string | null
  /** The chain's classroom material, or null on the overview. */
  notes: { condition: string; objectives: string[]; vignette: string; questions: string[] } | null
  playing: boolean
  blank: AppState['blank']
}

export interface SnapshotMessage {
  type: 'snapshot'
  snapshot: PresenterSnapshot
}

/** Only a message of exactly this shape is obeyed. */
export function isCommandMessage(data: unknown): data is CommandMessage {
  if (typeof data !== 'object' || data === null) return false
  const m = data as Record<string, unknown>
  return m.type === 'command' && Object.keys(m).length === 2 && (PRESENTER_COMMANDS as readonly unknown[]).includes(m.command)
}

export function isSnapshotMessage(data: unknown): data is SnapshotMessage {
  return typeof data === 'object' && data !== null && (data as Record<string, unknown>).type === 'snapshot'
}

type SnapshotSource = Pick<AppState, 'lesson' | 'slides' | 'slide' | 'chain' | 'step' | 'playing' | 'blank'>

/** The presenter view's content for the projected window's state. */
export function presenterSnapshot(s: SnapshotSource): PresenterSnapshot {
  const chain = s.chain
  const plain = (t: string) => toPlainText(t, { side: chain?.side ?? null })
  const classroom = chain?.condition.panel.classroom
  const notes = chain && classroom
    ? { condition: chain.condition.label, objectives: classroom.objectives.map(plain), vignette: plain(classroom.vignette), questions: classroom.questions.map(plain) }
    : null
  const linkText = (i: number) => {
    const link = chain?.links[i]
    return link ? `Step ${i + 1}: ${link.title} (${ROLE_LABELS[link.role].toLowerCase()})` : ''
  }
  const slide = s.lesson ? s.slides[s.slide] : undefined
  if (s.lesson && slide) {
    const item = s.lesson.items[slide.item]!
    const after = s.slides[s.slide + 1]
    const describe = (x: typeof slide): string => {
      if (x.kind === 'card') return `Title card: ${conditionById(s.lesson!.items[x.item]!.condition).label}`
      if (x.kind === 'predict') return `Question before step ${x.step + 1}: which region takes the strain next?`
      return x.item === slide.item ? linkText(x.step) : `Step ${x.step + 1} of the next chain`
    }
    const now =
      slide.kind === 'card'
        ? { heading: `Title card: ${conditionById(item.condition).label}`, text: lessonQuestion(item) }
        : slide.kind === 'predict'
          ? { heading: 'Which region takes the strain next?', text: `Answer: ${chain ? linkText(slide.step) : ''}` }
          : { heading: linkText(slide.step), text: plain(chain?.links[slide.step]?.caption ?? '') }
    return {
      position: `Chain ${slide.item + 1} of ${s.lesson.items.length} · slide ${s.slide + 1} of ${s.slides.length}`,
      now,
      next: after ? describe(after) : null,
      notes,
      playing: s.playing,
      blank: s.blank,
    }
  }
  return {
    position: '',
    now: chain ? { heading: linkText(s.step), text: plain(chain.links[s.step]?.caption ?? '') } : { heading: 'The overview', text: 'No region chosen.' },
    next: chain && s.step < chain.links.length - 1 ? linkText(s.step + 1) : null,
    notes,
    playing: s.playing,
    blank: s.blank,
  }
}
