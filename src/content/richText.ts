/**
 * The parser for the panels' `RichText` (the markup is described in src/content/types.ts).
 * Pure functions: they return data for the UI to render as text nodes and never produce HTML.
 */
import type { Side } from '../anatomy/regions'
import type { RichText, TextSegment } from './types'

/** The only two placeholders a `RichText` may hold. */
export const SIDE_PLACEHOLDERS = ['{side}', '{otherSide}'] as const

/** A glossary key: lower-case letters and digits, words joined by single hyphens. */
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
/** Characters that may not appear in shown words; a reference holding one is left as plain text. */
const FORBIDDEN_IN_SHOWN = /[[\]|<>]/

export interface ParseOptions {
  /** Fill `{side}` and `{otherSide}` for this side; without it the placeholders stay as written. */
  readonly side?: Side | null
}

function otherSide(side: Side): Side {
  return side === 'left' ? 'right' : 'left'
}

/** Replaces `{side}` and `{otherSide}` with "left"/"right". Other braces are left alone. */
export function fillSidePlaceholders(text: string, side: Side): string {
  return text.replaceAll('{side}', side).replaceAll('{otherSide}', otherSide(side))
}

/** The words a `[[key]]` reference shows when it gives none: the key with its hyphens read as spaces. */
export function wordsForKey(key: string): string {
  return key.replaceAll('-', ' ')
}

/** Reads the inside of `[[...]]`; null when it is not a well-formed reference. */
function readReference(inner: string): { key: string; text: string } | null {
  const bar = inner.indexOf('|')
  const key = bar === -1 ? inner : inner.slice(0, bar)
  if (!KEY.test(key)) return null
  if (bar === -1) return { key, text: wordsForKey(key) }
  const shown = inner.slice(bar + 1)
  if (FORBIDDEN_IN_SHOWN.test(shown) || shown.trim() === '') return null
  return { key, text: shown.trim() }
}

/**
 * Splits a `RichText` into text and glossary-term segments, in reading order.
 *
 * - `[[key]]` and `[[key|shown words]]` become `{ kind: 'term' }` segments.
 * - Anything malformed (an unclosed `[[`, an empty or invalid key, empty shown words, shown words
 *   holding `[`, `]`, `|`, `<` or `>`) stays in the text exactly as written.
 * - With `options.side`, the side placeholders are filled first (also inside shown words).
 * - Adjacent text is merged and empty text segments are dropped, so `''` gives `[]`.
 */
export function parseRichText(input: RichText, options: ParseOptions = {}): TextSegment[] {
  const source = options.side ? fillSidePlaceholders(input, options.side) : input
  const segments: TextSegment[] = []
  let pending = ''
  const flush = () => {
    if (pending !== '') segments.push({ kind: 'text', text: pending })
    pending = ''
  }

  let i = 0
  while (i < source.length) {
    const open = source.indexOf('[[', i)
    if (open === -1) {
      pending += source.slice(i)
      break
    }
    pending += source.slice(i, open)
    const close = source.indexOf(']]', open + 2)
    const reference = close === -1 ? null : readReference(source.slice(open + 2, close))
    if (reference && close !== -1) {
      flush()
      segments.push({ kind: 'term', key: reference.key, text: reference.text })
      i = close + 2
    } else {
      // Not a reference: keep one bracket as text and look again from the next character, so that
      // "[[[sciatica]]" still finds the well-formed reference inside.
      pending += source[open]
      i = open + 1
    }
  }
  flush()
  return segments
}

/** The text a reader sees, markup resolved: terms become their shown words. */
export function toPlainText(input: RichText, options: ParseOptions = {}): string {
  return parseRichText(input, options)
    .map((segment) => segment.text)
    .join('')
}

/** The glossary keys a `RichText` refers to, in order of appearance (repeats included). */
export function termKeys(input: RichText): string[] {
  return parseRichText(input).flatMap((segment) => (segment.kind === 'term' ? [segment.key] : []))
}

/** Every `{...}` token in a string, e.g. `['{side}', '{oops}']`; used to check that only the two placeholders appear. */
export function braceTokens(input: string): string[] {
  return input.match(/\{[^{}]*\}/g) ?? []
}
