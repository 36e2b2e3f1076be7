import { describe, expect, it } from 'vitest'
import { REGIONS, type RegionKind } from '../../src/anatomy/regions'
import { CONDITIONS } from '../../src/conditions'
import { DISCLAIMER } from '../../src/content/disclaimer'
import { GLOSSARY, getGlossaryEntry, isGlossaryKey } from '../../src/content/glossary'
import { braceTokens, parseRichText, termKeys, toPlainText } from '../../src/content/richText'
import { SOURCES, formatCitation, isSourceId } from '../../src/content/sources'
import type { RegionPanel } from '../../src/content/types'

// Each check lists what is wrong (naming the field) and expects an empty list, so a failure says where.

const KINDS = [...new Set(REGIONS.map((r) => r.kind))]
/** Every panel, one per condition (a new condition's panel is checked without touching this file). */
const PANELS = CONDITIONS.map((c) => ({ id: c.id, kind: c.kind, panel: c.panel, links: c.links }))
const SIDED = new Set<RegionKind>(REGIONS.filter((r) => r.side !== null).map((r) => r.kind))
const ARTICLES: readonly string[] = ['limping-back-pain-article', 'spine-clinic-article']

interface Located {
  where: string
  text: string
}

/** Every reader-facing string of a panel with where it sits (ids and kinds left out). */
function panelTexts(panel: RegionPanel): Located[] {
  return [
    { where: 'title', text: panel.title },
    { where: 'condition', text: panel.condition },
    ...panel.whatGoesWrong.map((text, i) => ({ where: `whatGoesWrong[${i}]`, text })),
    ...panel.howItReachesTheBack.map((step, i) => ({ where: `howItReachesTheBack[${i}]`, text: step.text })),
    ...panel.whatYouMayNotice.map((text, i) => ({ where: `whatYouMayNotice[${i}]`, text })),
    ...panel.whatHelps.flatMap((item, i) => [
      { where: `whatHelps[${i}].title`, text: item.title },
      { where: `whatHelps[${i}].text`, text: item.text },
      ...(item.note === undefined ? [] : [{ where: `whatHelps[${i}].note`, text: item.note }]),
    ]),
    { where: 'didYouKnow', text: panel.didYouKnow },
  ]
}

/** The messages of the checks that fail, each prefixed with where. */
function problems(items: readonly Located[], checks: readonly [string, (text: string) => boolean][]): string[] {
  return items.flatMap(({ where, text }) =>
    checks.filter(([, ok]) => !ok(text)).map(([message]) => `${where}: ${message}: "${text}"`),
  )
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replaceAll(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

/** The first run of `n` consecutive words that `a` and `b` share, or null. */
function sharedRun(a: string, b: string, n: number): string | null {
  const grams = new Set<string>()
  const wa = words(a)
  for (let i = 0; i + n <= wa.length; i++) grams.add(wa.slice(i, i + n).join(' '))
  const wb = words(b)
  for (let i = 0; i + n <= wb.length; i++) {
    const gram = wb.slice(i, i + n).join(' ')
    if (grams.has(gram)) return gram
  }
  return null
}

const sentenceCount = (s: string) => s.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== '').length

describe('panels: one per condition, every section present', () => {
  it('has a panel for every condition, labelled with its kind, and a condition for every region kind', () => {
    expect(PANELS.filter((p) => p.panel.kind !== p.kind).map((p) => p.id)).toEqual([])
    expect([...new Set(PANELS.map((p) => p.kind))].toSorted()).toEqual(KINDS.toSorted())
  })

  describe.each(PANELS)('$id', ({ kind, panel }) => {
    const texts = panelTexts(panel)

    it('has a title and a condition without glossary markup', () => {
      const heads = texts.filter(({ where }) => where === 'title' || where === 'condition')
      expect(heads).toHaveLength(2)
      expect(problems(heads, [['no glossary markup in a heading', (t) => !/\[\[|\]\]/.test(t)]])).toEqual([])
    })

    it('has short paragraphs in "What goes wrong"', () => {
      expect(panel.whatGoesWrong.length).toBeGreaterThanOrEqual(3)
      const paragraphs = texts.filter(({ where }) => where.startsWith('whatGoesWrong'))
      expect(
        problems(paragraphs, [
          ['at most 420 characters', (t) => toPlainText(t).length <= 420],
          ['at most 4 sentences', (t) => sentenceCount(t) <= 4],
        ]),
      ).toEqual([])
    })

    it('has a short list in "What you may notice"', () => {
      expect(panel.whatYouMayNotice.length).toBeGreaterThanOrEqual(3)
      const items = texts.filter(({ where }) => where.startsWith('whatYouMayNotice'))
      expect(
        problems(items, [
          ['at most 120 characters', (t) => toPlainText(t).length <= 120],
          ['a list item, not a sentence', (t) => !/[.!?]$/.test(t)],
        ]),
      ).toEqual([])
    })

    it('has care options in "What helps", titles plain', () => {
      expect(panel.whatHelps.length).toBeGreaterThanOrEqual(3)
      const titles = texts.filter(({ where }) => /^whatHelps\[\d+\]\.title$/.test(where))
      expect(titles).toHaveLength(panel.whatHelps.length)
      expect(problems(titles, [['plain words only', (t) => !/\[\[|\]\]|[{}]/.test(t)]])).toEqual([])
    })

    it('says how often a step repeats in "Did you know"', () => {
      expect(panel.didYouKnow).toMatch(/5,000/)
      expect(panel.didYouKnow).toMatch(/10,000/)
      expect(panel.didYouKnow).toMatch(/\bsteps\b/)
    })

    it('writes every string cleanly: non-blank, trimmed, single spaces, no HTML', () => {
      expect(
        problems(texts, [
          ['not blank', (t) => t.trim() !== ''],
          ['trimmed', (t) => t === t.trim()],
          ['single spaces', (t) => !/\s{2,}/.test(t)],
          ['no HTML', (t) => !/[<>]|&[a-z#0-9]+;/i.test(t)],
        ]),
      ).toEqual([])
    })

    it('refers only to glossary terms that exist, with no malformed markup left over', () => {
      expect(
        problems(texts, [
          ['every [[key]] is in the glossary', (t) => termKeys(t).every(isGlossaryKey)],
          [
            'no unparsed [[ or ]]',
            (t) => parseRichText(t).every((s) => s.kind === 'term' || !/\[\[|\]\]/.test(s.text)),
          ],
        ]),
      ).toEqual([])
    })

    it('lists at least two sources, all in the sources table, no repeats, at least one source article', () => {
      expect(panel.sources.length).toBeGreaterThanOrEqual(2)
      expect(new Set(panel.sources).size).toBe(panel.sources.length)
      expect(panel.sources.filter((id) => !isSourceId(id))).toEqual([])
      expect(panel.sources.some((id) => ARTICLES.includes(id))).toBe(true)
    })

    it(`uses ${SIDED.has(kind) ? 'only {side}/{otherSide} placeholders, and {side} at least once' : 'no placeholders'}`, () => {
      const tokens = texts.flatMap(({ text }) => braceTokens(text))
      const allowed = SIDED.has(kind) ? ['{side}', '{otherSide}'] : []
      expect(tokens.filter((t) => !allowed.includes(t))).toEqual([])
      expect(tokens.includes('{side}')).toBe(SIDED.has(kind))
      // A brace that is not part of a token is a typo too.
      expect(problems(texts, [['no stray brace', (t) => !/[{}]/.test(t.replaceAll(/\{(side|otherSide)\}/g, ''))]])).toEqual([])
    })

    it('reads correctly for both sides', () => {
      for (const side of ['left', 'right'] as const) {
        expect(problems(texts, [[`no markup left for ${side}`, (t) => !/[{}]|\[\[|\]\]/.test(toPlainText(t, { side }))]])).toEqual([])
      }
      const expected = SIDED.has(kind) ? [`left ${kind}`, `right ${kind}`] : [null, null]
      const found = (['left', 'right'] as const).map((side) => {
        const condition = toPlainText(panel.condition, { side })
        return condition.includes(`${side} ${kind}`) ? `${side} ${kind}` : null
      })
      expect(found).toEqual(expected)
    })
  })
})

describe('panels: the steps are the chain', () => {
  describe.each(PANELS)('$id', ({ panel, links }) => {

    it('has exactly one step per chain link, in the same order', () => {
      expect(panel.howItReachesTheBack.map((s) => s.linkId)).toEqual(links.map((l) => l.id))
    })

    it('explains each link with more than its caption, in different words', () => {
      const wrong = panel.howItReachesTheBack.flatMap((step, i) => {
        const caption = links[i]?.caption ?? ''
        const plain = toPlainText(step.text, { side: 'left' })
        const run = sharedRun(caption, plain, 8)
        return [
          plain.length > caption.length ? null : `${step.linkId}: not longer than its caption`,
          run === null ? null : `${step.linkId}: repeats the caption's words "${run}"`,
        ].filter((m) => m !== null)
      })
      expect(wrong).toEqual([])
    })
  })
})

describe('glossary', () => {
  const REQUIRED = [
    'radiculopathy',
    'sciatica',
    'nerve-root',
    'intervertebral-disc',
    'trendelenburg-gait',
    'circumduction',
    'hip-hiking',
    'vaulting',
    'steppage-gait',
    'antalgic-gait',
    'lordosis',
    'sacroiliac-joint',
    'hip-abductors',
    'dorsiflexion',
    'quadratus-lumborum',
    'osteoporosis',
    'tens',
    'facet-joint',
  ]

  it('defines every required term', () => {
    expect(REQUIRED.filter((key) => getGlossaryEntry(key) === undefined)).toEqual([])
  })

  it('gives each entry a term and a short plain definition without markup', () => {
    const entries = Object.entries(GLOSSARY)
    expect(entries.filter(([key]) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(key))).toEqual([])
    expect(problems(entries.map(([key, e]) => ({ where: `${key}.term`, text: e.term })), [['not blank', (t) => t.trim() !== '']])).toEqual([])
    expect(
      problems(
        entries.map(([key, e]) => ({ where: `${key}.definition`, text: e.definition })),
        [
          ['not blank', (t) => t.trim() !== ''],
          ['at most 260 characters', (t) => t.length <= 260],
          ['no markup', (t) => !/\[\[|\]\]|[{}<>]/.test(t)],
          ['ends with a full stop', (t) => t.endsWith('.')],
        ],
      ),
    ).toEqual([])
  })

  it('has no unused entries: every term is referenced by some panel', () => {
    const used = new Set(PANELS.flatMap(({ panel }) => panelTexts(panel).flatMap(({ text }) => termKeys(text))))
    expect(Object.keys(GLOSSARY).filter((key) => !used.has(key))).toEqual([])
  })

  it('rejects unknown keys, including inherited property names', () => {
    expect(isGlossaryKey('not-a-term')).toBe(false)
    expect(isGlossaryKey('toString')).toBe(false)
    expect(getGlossaryEntry('constructor')).toBeUndefined()
  })
})

describe('sources', () => {
  const entries = Object.entries(SOURCES)

  it('has exactly one of title or description, and where it was published, for every source', () => {
    const wrong = entries.flatMap(([id, s]) =>
      [
        (s.title === undefined) === (s.description === undefined) ? 'needs exactly one of title and description' : null,
        (s.title ?? s.description ?? '').trim() === '' ? 'blank title or description' : null,
        s.publishedIn.trim() === '' ? 'blank publishedIn' : null,
        s.year !== undefined && (s.year < 1900 || s.year > 2100) ? 'odd year' : null,
        /https?:|www\./.test(JSON.stringify(s)) ? 'holds a URL' : null,
      ]
        .filter((m) => m !== null)
        .map((m) => `${id}: ${m}`),
    )
    expect(wrong).toEqual([])
  })

  it('cites the clinic article without the clinic', () => {
    expect(JSON.stringify(SOURCES['spine-clinic-article'])).not.toMatch(/beverly|institute|restoration|\d{3}-\d{4}/i)
  })

  it('has no unused sources: every source is listed by some panel', () => {
    const used = new Set<string>(PANELS.flatMap(({ panel }) => panel.sources))
    expect(Object.keys(SOURCES).filter((id) => !used.has(id))).toEqual([])
  })

  it('formats one plain citation line per source', () => {
    const lines = entries.map(([id, s]) => ({ where: id, text: formatCitation(s) }))
    expect(
      problems(lines, [
        ['no undefined', (t) => !t.includes('undefined')],
        ['no doubled punctuation or spaces', (t) => !/\.\.|\s{2}/.test(t)],
      ]),
    ).toEqual([])
    expect(formatCitation(SOURCES['vuurberg-2018'])).toBe(
      'Vuurberg et al. Diagnosis, treatment and prevention of ankle sprains: update of an evidence-based clinical guideline. British Journal of Sports Medicine 52:956, 2018.',
    )
    expect(formatCitation(SOURCES['cane-hip-oa-2022'])).toBe(
      '[Cane use and hip loading in late-stage hip osteoarthritis]. Archives of Rehabilitation Research and Clinical Translation 4:100209, 2022. PubMed 36123985.',
    )
  })
})

describe('disclaimer', () => {
  it('is one plain sentence', () => {
    expect(DISCLAIMER).toBe(DISCLAIMER.trim())
    expect(DISCLAIMER).not.toMatch(/\n|\[\[|[{}<>]/)
    expect(DISCLAIMER).toMatch(/^[A-Z].*\.$/)
    // Exactly one sentence end: the final full stop.
    expect(DISCLAIMER.match(/[.!?](\s|$)/g)).toHaveLength(1)
  })

  it('says that the app teaches and that it does not diagnose', () => {
    expect(DISCLAIMER).toMatch(/\bteach/i)
    expect(DISCLAIMER).toMatch(/\b(does not|doesn't|do not|never) diagnose/i)
  })
})
