import { describe, expect, it } from 'vitest'
import {
  braceTokens,
  fillSidePlaceholders,
  parseRichText,
  termKeys,
  toPlainText,
  wordsForKey,
} from '../../src/content/richText'
import type { TextSegment } from '../../src/content/types'

const text = (t: string): TextSegment => ({ kind: 'text', text: t })
const term = (key: string, t: string): TextSegment => ({ kind: 'term', key, text: t })

describe('parseRichText: well-formed markup', () => {
  it('returns plain text as one text segment, and nothing for an empty string', () => {
    expect(parseRichText('A plain sentence.')).toEqual([text('A plain sentence.')])
    expect(parseRichText('')).toEqual([])
  })

  it('turns [[key]] into a term that shows the key, hyphens read as spaces', () => {
    expect(parseRichText('It is called [[sciatica]].')).toEqual([text('It is called '), term('sciatica', 'sciatica'), text('.')])
    expect(parseRichText('[[nerve-root]]')).toEqual([term('nerve-root', 'nerve root')])
    expect(wordsForKey('trendelenburg-gait')).toBe('trendelenburg gait')
  })

  it('turns [[key|shown words]] into a term that shows those words', () => {
    expect(parseRichText('A pinched root ([[radiculopathy|radiculopathy]]) or [[tens|TENS]]')).toEqual([
      text('A pinched root ('),
      term('radiculopathy', 'radiculopathy'),
      text(') or '),
      term('tens', 'TENS'),
    ])
    expect(parseRichText('[[hip-abductors|  hip abductors ]]')).toEqual([term('hip-abductors', 'hip abductors')])
  })

  it('reads terms that touch each other or the text around them', () => {
    expect(parseRichText('[[a]][[b|B]]x')).toEqual([term('a', 'a'), term('b', 'B'), text('x')])
  })

  it('never leaves two text segments side by side', () => {
    for (const input of ['a [[ b', 'x [[Bad]] y [[ok]] z', '[[[sciatica]]]', ']] [[ ]] [[|x]]']) {
      const segments = parseRichText(input)
      for (let i = 1; i < segments.length; i++) {
        expect(segments[i - 1]?.kind === 'text' && segments[i]?.kind === 'text').toBe(false)
      }
      expect(segments.every((s) => s.text !== '')).toBe(true)
    }
  })
})

describe('parseRichText: side placeholders', () => {
  it('fills {side} and {otherSide} for the left and the right', () => {
    expect(toPlainText('The {side} hip and the {otherSide} foot', { side: 'left' })).toBe('The left hip and the right foot')
    expect(toPlainText('The {side} hip and the {otherSide} foot', { side: 'right' })).toBe('The right hip and the left foot')
    expect(fillSidePlaceholders('{side}{side}', 'right')).toBe('rightright')
  })

  it('leaves placeholders as written when no side is given', () => {
    expect(parseRichText('The {side} knee', {})).toEqual([text('The {side} knee')])
    expect(parseRichText('The {side} knee', { side: null })).toEqual([text('The {side} knee')])
  })

  it('fills placeholders inside shown words too', () => {
    expect(parseRichText('[[hip-hiking|the {side} hip hikes]]', { side: 'left' })).toEqual([
      term('hip-hiking', 'the left hip hikes'),
    ])
  })

  it('leaves any other brace token alone and reports it', () => {
    expect(toPlainText('{Side} {other} {side}', { side: 'left' })).toBe('{Side} {other} left')
    expect(braceTokens('{side} and {otherSide} but {oops}')).toEqual(['{side}', '{otherSide}', '{oops}'])
  })
})

describe('parseRichText: malformed markup stays plain text', () => {
  const malformed = [
    '[[sciatica',
    'an unclosed [[ bracket',
    '[[]]',
    '[[Sciatica]]',
    '[[nerve root]]',
    '[[-root]]',
    '[[nerve--root]]',
    '[[sciatica|]]',
    '[[sciatica|   ]]',
    '[[sciatica|one|two]]',
    '[[|shown]]',
    ']] backwards [[',
    '[single]',
    '[[sciatica]',
    '[ [sciatica]]',
  ]

  it.each(malformed)('%s', (input) => {
    const segments = parseRichText(input)
    expect(segments).toEqual([text(input)])
  })

  it('still finds a well-formed reference after a stray bracket', () => {
    expect(parseRichText('[[[sciatica]]')).toEqual([text('['), term('sciatica', 'sciatica')])
    expect(parseRichText('[[a [[sciatica]] b')).toEqual([text('[[a '), term('sciatica', 'sciatica'), text(' b')])
  })
})

describe('parseRichText: nothing that looks like HTML becomes anything but text', () => {
  const htmlish = [
    '<b>bold</b> & <i>italic</i>',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '&lt;b&gt; &amp; &#60;',
    '[[<b>sciatica</b>]]',
    '[[sciatica|<img src=x onerror=alert(1)>]]',
    '[[sciatica|a > b]]',
    '<a href="javascript:alert(1)">[[x]]</a>',
  ]

  it.each(htmlish)('%s', (input) => {
    const segments = parseRichText(input)
    // Every character of the input survives as written, in order, and no tag reaches a term.
    expect(segments.map((s) => s.text).join('')).toBe(input.replace('[[x]]', 'x'))
    expect(segments.every((s) => (s.kind === 'term' ? Object.keys(s).length === 3 : Object.keys(s).length === 2))).toBe(true)
    expect(segments.filter((s) => s.kind === 'term' && /[<>]/.test(s.text))).toEqual([])
  })

  it('keeps an HTML-looking string as a single text segment', () => {
    expect(parseRichText('<b>bold</b>')).toEqual([text('<b>bold</b>')])
  })
})

describe('helpers', () => {
  it('lists the term keys in order, repeats included', () => {
    expect(termKeys('[[a]] x [[b|B]] [[a|A]] [[Bad]]')).toEqual(['a', 'b', 'a'])
  })

  it('gives the plain text a reader sees', () => {
    expect(toPlainText('A [[nerve-root]] and [[tens|TENS]] on the {side}', { side: 'right' })).toBe(
      'A nerve root and TENS on the right',
    )
  })
})
