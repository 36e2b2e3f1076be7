import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DISCLAIMER } from '../../src/content/disclaimer'
import { GLOSSARY } from '../../src/content/glossary'
import { RED_FLAGS } from '../../src/content/redFlags'
import { toPlainText } from '../../src/content/richText'
import { SOURCES } from '../../src/content/sources'
import { CONDITIONS } from './support/conditionList'

/** Runs of this many consecutive words shared with a source article count as copying. */
const RUN = 8

const ARTICLES = ['limping-and-back-pain.txt', 'can-limping-cause-back-pain.txt'].map((name) => ({
  name,
  text: readFileSync(new URL(`../fixtures/source-articles/${name}`, import.meta.url), 'utf8'),
}))

/** Lower-case words; apostrophes dropped ("isn’t" -> "isnt"), every other non-alphanumeric splits. */
function words(s: string): string[] {
  return s
    .toLowerCase()
    .replaceAll(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

function runs(s: string, n: number): string[] {
  const w = words(s)
  const out: string[] = []
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '))
  return out
}

const ARTICLE_RUNS = new Set(ARTICLES.flatMap((a) => runs(a.text, RUN)))

/** The first run of RUN words `text` shares with a source article, or null. */
function copiedRun(text: string): string | null {
  return runs(text, RUN).find((r) => ARTICLE_RUNS.has(r)) ?? null
}

/** Every string the app shows from src/content, markup resolved, with where it comes from. */
function allContent(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = []
  const walk = (value: unknown, where: string) => {
    if (typeof value === 'string') {
      // Resolve markup for both sides so that the words a reader sees are checked.
      out.push({ where, text: toPlainText(value, { side: 'left' }) })
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${where}[${i}]`))
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`)
    }
  }
  for (const c of CONDITIONS) {
    walk(c.links, `${c.id}.links`)
    walk(c.panel, `${c.id}.panel`)
  }
  walk(RED_FLAGS, 'RED_FLAGS')
  walk(GLOSSARY, 'GLOSSARY')
  walk(SOURCES, 'SOURCES')
  walk(DISCLAIMER, 'DISCLAIMER')
  return out
}

describe('the guard itself', () => {
  it('has both articles to compare against', () => {
    expect(ARTICLES.map((a) => words(a.text).length > 300)).toEqual([true, true])
    expect(ARTICLE_RUNS.size).toBeGreaterThan(800)
  })

  it('catches a sentence lifted from either article, even with its case and punctuation changed', () => {
    expect(copiedRun('limping CAN cause back pain; individuals take between 5,000 to 10,000 steps a day')).not.toBeNull()
    expect(copiedRun('The standard non-surgical treatment recommendation for this type of radiating pain is exercise.')).not.toBeNull()
    expect(copiedRun('Back pain isnt always limited to your back area at all')).not.toBeNull()
    expect(copiedRun('Back pain is not always confined to the back.')).toBeNull()
  })

  it('leaves the project’s own sentences alone', () => {
    expect(copiedRun('Most people take somewhere between 5,000 and 10,000 steps a day.')).toBeNull()
  })
})

describe('content is written in the project’s own words', () => {
  const content = allContent()

  it('collects every condition, panel, red flag, glossary, source, summary and disclaimer string', () => {
    expect(content.length).toBeGreaterThan(900)
  })

  it(`shares no run of ${RUN} consecutive words with either source article`, () => {
    const copied = content.flatMap(({ where, text }) => {
      const run = copiedRun(text)
      return run ? [`${where}: "${run}"`] : []
    })
    expect(copied).toEqual([])
  })

  it('carries none of the clinic article’s advertising', () => {
    const advertising = [
      /beverly hills|spine institute|spinal restoration/i,
      /(?<!\d)\d{3}[-. ]\d{3}[-. ]\d{4}(?!\d)/, // a phone number
      /\bcall\b.*\btoday\b|schedule an|in-person evaluation|minimally invasive/i,
    ]
    const found = content.filter(({ text }) => advertising.some((re) => re.test(text))).map(({ where }) => where)
    expect(found).toEqual([])
  })
})
