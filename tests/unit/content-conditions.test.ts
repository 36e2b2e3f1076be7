import { describe, expect, it } from 'vitest'
import type { RegionKind } from '../../src/anatomy/regions'
import type { ConditionLink } from '../../src/conditions/types'
import { GLOSSARY, isGlossaryKey } from '../../src/content/glossary'
import { RED_FLAGS, isRedFlagId } from '../../src/content/redFlags'
import { braceTokens, parseRichText, termKeys, toPlainText } from '../../src/content/richText'
import { SOURCES, formatCitation, isSourceId, sourceLink } from '../../src/content/sources'
import type { ConditionPanel } from '../../src/content/types'
import { CONDITIONS } from './support/conditionList'

// Each check lists what is wrong (naming the condition and field) and expects an empty list, so a failure says where.

interface Located {
  where: string
  text: string
  /** Source ids the text is cited to, when the field carries them. */
  sources?: readonly string[]
}

/** Every reader-facing text of a panel except the classroom, with its citations. */
function panelTexts(panel: ConditionPanel): Located[] {
  const a = panel.atAGlance
  return [
    { where: 'title', text: panel.title },
    { where: 'atAGlance.whatGoesWrong', text: a.whatGoesWrong },
    ...a.chain.map((text, i) => ({ where: `atAGlance.chain[${i}]`, text })),
    { where: 'atAGlance.oneThingThatHelps', text: a.oneThingThatHelps },
    { where: 'atAGlance.getHelp', text: a.getHelp },
    ...panel.whatGoesWrong.map((p, i) => ({ where: `whatGoesWrong[${i}]`, text: p.text, sources: p.sources })),
    ...panel.howItReachesTheBack.map((s, i) => ({ where: `howItReachesTheBack[${i}]`, text: s.text, sources: s.sources })),
    ...panel.whatYouMayNotice.map((text, i) => ({ where: `whatYouMayNotice[${i}]`, text })),
    ...panel.whatCliniciansMayOffer.flatMap((o, i) => [
      { where: `whatCliniciansMayOffer[${i}].title`, text: o.title, sources: o.sources },
      { where: `whatCliniciansMayOffer[${i}].text`, text: o.text, sources: o.sources },
    ]),
    ...panel.whatGuidelinesAdviseAgainst.flatMap((o, i) => [
      { where: `whatGuidelinesAdviseAgainst[${i}].title`, text: o.title, sources: o.sources },
      { where: `whatGuidelinesAdviseAgainst[${i}].text`, text: o.text, sources: o.sources },
    ]),
    { where: 'teenExample.title', text: panel.teenExample.title, sources: panel.teenExample.sources },
    { where: 'teenExample.text', text: panel.teenExample.text, sources: panel.teenExample.sources },
    { where: 'dailyFigure', text: panel.dailyFigure.template, sources: panel.dailyFigure.sources },
  ]
}

function classroomTexts(panel: ConditionPanel): Located[] {
  const c = panel.classroom
  return [
    ...c.objectives.map((text, i) => ({ where: `classroom.objectives[${i}]`, text })),
    { where: 'classroom.vignette', text: c.vignette },
    ...c.questions.map((text, i) => ({ where: `classroom.questions[${i}]`, text })),
    { where: 'classroom.myth.myth', text: c.myth.myth },
    { where: 'classroom.myth.fact', text: c.myth.fact },
  ]
}

/** The words a reader sees (markup resolved, placeholders filled), counted as runs of letters or digits. */
function wordCount(texts: readonly Located[]): number {
  return texts.reduce((n, { text }) => n + (toPlainText(text, { side: 'left' }).match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0), 0)
}

/**
 * A figure: a number with a unit or a count ("2.9°", "5.5 %", "18 teenagers", "10 days"). Spinal levels (L5,
 * S1), guideline codes (NG59) and years in a guideline's name ("OARSI 2019") are names, not claims.
 */
function hasFigure(text: string): boolean {
  const stripped = text
    .replaceAll(/\b[LS]\d\b|\bNG\d+\b|\b(?:OARSI|NICE NG\d+|guideline) ?\d{4}\b|\b(?:the )?\d{4} (?:ankle sprain )?guideline\b/g, '')
    .replaceAll('{degrees}', '')
  return /\d/.test(stripped)
}

const CAUSAL = /\b(causes?|caused|causing|leads? to|led to|makes?|making)\b/i

describe('the ten conditions', () => {
  it('has the ten fixed ids, two per region kind, each panel naming its own condition', () => {
    expect(CONDITIONS.map((c) => c.id)).toEqual([
      'pinched-nerve-root',
      'nonspecific-low-back-pain',
      'sacroiliac-joint-pain',
      'leg-length-difference',
      'hip-osteoarthritis',
      'weak-hip-abductors',
      'stiff-knee',
      'knee-flexion-contracture',
      'stiff-ankle',
      'ankle-sprain',
    ])
    const perKind = new Map<RegionKind, number>()
    for (const c of CONDITIONS) perKind.set(c.kind, (perKind.get(c.kind) ?? 0) + 1)
    expect([...perKind.values()]).toEqual([2, 2, 2, 2, 2])
    expect(CONDITIONS.filter((c) => c.panel.condition !== c.id).map((c) => c.id)).toEqual([])
  })
})

describe.each(CONDITIONS)('$id: chain', ({ id, kind, links }) => {
  it('starts at its origin region and ends at the lumbar spine', () => {
    expect(links[0]?.role).toBe('origin')
    expect(links[0]?.kind).toBe(kind)
    expect(links.at(-1)?.kind).toBe('lumbar')
    expect(links.filter((l) => l.role === 'origin')).toHaveLength(1)
    // A lumbar chain goes down the leg before it comes back into the low back.
    const reachesLeg = links.some((l) => l.kind !== 'lumbar' && l.kind !== 'pelvis')
    expect(kind !== 'lumbar' || reachesLeg).toBe(true)
  })

  it('has unique link ids, kebab-case change ids, sides that fit the region, durations of 4.5-5 s', () => {
    expect(new Set(links.map((l) => l.id)).size).toBe(links.length)
    const wrong = links.flatMap((l) =>
      [
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(l.change) ? null : `change "${l.change}" is not kebab case`,
        (l.kind === 'lumbar' || l.kind === 'pelvis') === (l.side === null) ? null : 'side does not fit the region',
        l.duration >= 4.5 && l.duration <= 5 ? null : `duration ${l.duration}`,
      ]
        .filter((m) => m !== null)
        .map((m) => `${id}/${l.id}: ${m}`),
    )
    expect(wrong).toEqual([])
  })

  it('grades every link and keeps captions to one plain line of at most 140 characters', () => {
    const wrong = links.flatMap((l: ConditionLink) =>
      [
        ['measured', 'reasoned', 'illustrative'].includes(l.grade) ? null : 'no evidence grade',
        l.caption.length <= 140 ? null : `caption has ${l.caption.length} characters`,
        /[\n[\]{}<>]/.test(l.caption + l.title) ? 'markup or line break in caption or title' : null,
      ]
        .filter((m) => m !== null)
        .map((m) => `${id}/${l.id}: ${m}`),
    )
    expect(wrong).toEqual([])
  })

  it('uses causal words ("causes", "leads to", "makes") only in links graded measured, and in their steps', () => {
    const panel = CONDITIONS.find((c) => c.id === id)!.panel
    const wrong = links.flatMap((l, i) => {
      if (l.grade === 'measured') return []
      const texts = [l.title, l.caption, panel.howItReachesTheBack[i]?.text ?? '']
      return texts.filter((t) => CAUSAL.test(t)).map((t) => `${id}/${l.id} (${l.grade}): "${t}"`)
    })
    expect(wrong).toEqual([])
  })
})

describe.each(CONDITIONS)('$id: panel', ({ id, links, panel }) => {
  const texts = panelTexts(panel)
  const listed = new Set<string>(panel.sources)

  it('has one step per link, in the chain order, and one at-a-glance line per link', () => {
    expect(panel.howItReachesTheBack.map((s) => s.linkId)).toEqual(links.map((l) => l.id))
    expect(panel.atAGlance.chain).toHaveLength(links.length)
  })

  it('keeps "At a glance" to at most 120 words and the full panel (without the classroom) under 600', () => {
    const glance = texts.filter(({ where }) => where.startsWith('atAGlance'))
    expect(wordCount(glance)).toBeLessThanOrEqual(120)
    expect(wordCount(texts)).toBeLessThan(600)
  })

  it('shows the urgent signs, always including any child or teenager with a limp', () => {
    expect(panel.getHelpNow.filter((k) => !isRedFlagId(k))).toEqual([])
    expect(panel.getHelpNow).toContain('young-person-limp')
    expect(new Set(panel.getHelpNow).size).toBe(panel.getHelpNow.length)
    expect(panel.atAGlance.getHelp).toMatch(/Get help now/)
  })

  it('cites a listed source for every text with a figure, and lists every source it cites (red flags included)', () => {
    const uncited = texts
      .filter(({ text, sources }) => hasFigure(text) && (sources === undefined || sources.length === 0))
      .map(({ where, text }) => `${id}.${where}: "${text}"`)
    expect(uncited).toEqual([])
    const cited = [
      ...texts.flatMap(({ sources }) => sources ?? []),
      ...panel.getHelpNow.flatMap((k) => (isRedFlagId(k) ? RED_FLAGS[k].sources : [])),
    ]
    expect([...new Set(cited.filter((s) => !listed.has(s)))]).toEqual([])
    expect(panel.sources.filter((s) => !isSourceId(s))).toEqual([])
    expect(new Set(panel.sources).size).toBe(panel.sources.length)
  })

  it('has no figures in the classroom (it carries no citations)', () => {
    expect(classroomTexts(panel).filter(({ text }) => hasFigure(text)).map(({ where }) => where)).toEqual([])
  })

  it('frames what clinicians may offer as options, each with a source, and what guidelines advise against with its guideline', () => {
    expect(panel.whatCliniciansMayOffer.length).toBeGreaterThanOrEqual(2)
    expect(panel.whatGuidelinesAdviseAgainst.length).toBeGreaterThanOrEqual(1)
    const items = [...panel.whatCliniciansMayOffer, ...panel.whatGuidelinesAdviseAgainst]
    expect(items.filter((i) => i.sources.length === 0).map((i) => i.title)).toEqual([])
    // Options are described, never prescribed: no instructions to the reader.
    const imperative = /^(take|use|do|try|apply|rest|stretch|avoid|see)\b|\byou should\b|\bmust\b/i
    expect(panel.whatCliniciansMayOffer.filter((o) => imperative.test(toPlainText(o.text))).map((o) => o.title)).toEqual([])
    expect(panel.whatCliniciansMayOffer.filter((o) => !/\bmay\b/.test(o.text)).map((o) => o.title)).toEqual([])
    // Nothing a guideline advises against is offered.
    const against = /\bTENS\b|\[\[tens|\bRICE\b|compression and elevation|\bopioid|bed rest|acupuncture/i
    expect(panel.whatCliniciansMayOffer.filter((o) => against.test(o.text + o.title)).map((o) => o.title)).toEqual([])
  })

  it('has classroom material: two objectives, a vignette, three questions (one on association versus cause), a myth and its fact', () => {
    const c = panel.classroom
    expect(c.objectives).toHaveLength(2)
    expect(c.questions).toHaveLength(3)
    expect(c.questions.filter((q) => /\bcause|caused|associat|link/i.test(q)).length).toBeGreaterThanOrEqual(1)
    expect([c.vignette, c.myth.myth, c.myth.fact].every((t) => t.trim().length > 10)).toBe(true)
  })

  it('has a daily-figure template with the per-step number, steps per day for many adults, and no totals', () => {
    const t = panel.dailyFigure.template
    expect(braceTokens(t).filter((b) => b !== '{degrees}' && b !== '{side}' && b !== '{otherSide}')).toEqual([])
    expect(t).toContain('{degrees}°')
    expect(t).toMatch(/on each step/)
    expect(t).toMatch(/5,000.10,000 steps/)
    expect(t).toMatch(/many adults/)
    expect(t).toMatch(/fewer/)
    expect(t).not.toMatch(/further|total|in all|add(s)? up|× ?\d|per day of bending/i)
  })

  it('writes every string cleanly, with only the known placeholders and glossary keys that exist', () => {
    const all = [...texts, ...classroomTexts(panel)]
    const wrong = all.flatMap(({ where, text }) =>
      [
        text.trim() === text && text !== '' ? null : 'blank or untrimmed',
        /\s{2,}/.test(text) ? 'double space' : null,
        /[<>]|&[a-z#0-9]+;/i.test(text) ? 'HTML' : null,
        termKeys(text).every(isGlossaryKey) ? null : `unknown glossary key in ${termKeys(text).join(', ')}`,
        parseRichText(text).every((s) => s.kind === 'term' || !/\[\[|\]\]/.test(s.text)) ? null : 'malformed [[ ]]',
        braceTokens(text).every((b) => ['{side}', '{otherSide}', '{degrees}'].includes(b)) ? null : 'unknown placeholder',
      ]
        .filter((m) => m !== null)
        .map((m) => `${id}.${where}: ${m}`),
    )
    expect(wrong).toEqual([])
  })
})

describe('teenagers', () => {
  it('gives every panel a young-person example with a source, and every region kind at least one', () => {
    expect(CONDITIONS.filter((c) => c.panel.teenExample.sources.length === 0).map((c) => c.id)).toEqual([])
    expect(new Set(CONDITIONS.map((c) => c.kind)).size).toBe(5)
  })
})

describe('red flags', () => {
  it('gives each flag plain words, an action and at least one guideline-type source', () => {
    const wrong = Object.entries(RED_FLAGS).flatMap(([key, f]) =>
      [
        f.text.length > 10 && !/[[\]{}<>]/.test(f.text) ? null : 'text',
        f.action.length > 10 ? null : 'action',
        f.sources.length > 0 && f.sources.every(isSourceId) ? null : 'sources',
        f.sources.some((s) => isSourceId(s) && /guideline/.test(SOURCES[s].type)) ? null : 'no guideline among its sources',
      ]
        .filter((m) => m !== null)
        .map((m) => `${key}: ${m}`),
    )
    expect(wrong).toEqual([])
  })

  it('covers the signs the issue lists', () => {
    const all = Object.values(RED_FLAGS)
      .map((f) => f.text)
      .join(' ')
    for (const sign of [/saddle/, /bladder|urine/, /both legs/, /getting worse/, /foot that has started to drop/, /fever/, /cancer/, /weight loss/, /cannot take your weight/, /hot, red and swollen/, /child or teenager with a limp/, /felt in the thigh or knee/]) {
      expect(all).toMatch(sign)
    }
  })
})

describe('sources', () => {
  const entries = Object.entries(SOURCES)

  it('gives every source authors or issuing body, year, title, where published, and a DOI or stable https/http address', () => {
    const wrong = entries.flatMap(([id, s]) =>
      [
        s.authors.trim() ? null : 'authors',
        typeof s.year === 'number' ? (s.year >= 1900 && s.year <= 2026 ? null : 'odd year') : s.year === 'revised continuously' ? null : 'year',
        s.title.trim() ? null : 'title',
        s.publishedIn.trim() ? null : 'publishedIn',
        s.type === 'source-text' || sourceLink(s) !== undefined ? null : 'no DOI or URL',
        s.doi === undefined || /^10\.\d{4,9}\/\S+$/.test(s.doi) ? null : `malformed DOI ${s.doi}`,
        s.url === undefined || /^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//i.test(s.url) ? null : `malformed URL ${s.url}`,
      ]
        .filter((m) => m !== null)
        .map((m) => `${id}: ${m}`),
    )
    expect(wrong).toEqual([])
  })

  it('rests no figure on the two source texts alone', () => {
    const wrong = CONDITIONS.flatMap(({ id, panel }) =>
      panelTexts(panel)
        .filter(({ text, sources }) => hasFigure(text) && (sources ?? []).every((s) => SOURCES[s as keyof typeof SOURCES]?.type === 'source-text'))
        .map(({ where }) => `${id}.${where}`),
    )
    expect(wrong).toEqual([])
  })

  it('has no unused sources and cites the clinic article without the clinic', () => {
    const used = new Set<string>(CONDITIONS.flatMap((c) => c.panel.sources))
    expect(Object.keys(SOURCES).filter((id) => !used.has(id))).toEqual([])
    expect(JSON.stringify(SOURCES['spine-clinic-article'])).not.toMatch(/beverly|institute|restoration|\d{3}-\d{4}/i)
  })

  it('formats one plain citation line per source, with the DOI when there is one', () => {
    expect(entries.map(([, s]) => formatCitation(s)).filter((t) => /undefined|\.\.|\s{2}/.test(t))).toEqual([])
    expect(formatCitation(SOURCES['smith-2022'])).toBe(
      'Smith JA, Stabbert H, Bagwell JJ, Teng HL, Wade V, Lee SP (2022). Do people with low back pain walk differently? A systematic review and meta-analysis. Journal of Sport and Health Science 11(4):450-465. doi:10.1016/j.jshs.2022.02.001.',
    )
    expect(sourceLink(SOURCES['nice-ng59'])).toBe('https://www.nice.org.uk/guidance/ng59')
    expect(sourceLink(SOURCES['vuurberg-2018'])).toBe('https://doi.org/10.1136/bjsports-2017-098106')
  })
})

describe('what the panels list under "What clinicians may offer"', () => {
  it('lists only options, never what guidelines advise against', () => {
    const against = /\bTENS\b|\[\[tens|\bRICE\b|compression and elevation|osteoporosis|hip fracture/i
    const wrong = CONDITIONS.flatMap((c) =>
      [...c.panel.whatCliniciansMayOffer.map((h) => h.title + ' ' + h.text), ...c.panel.whatGoesWrong.map((p) => p.text)]
        .filter((t) => against.test(t))
        .map((t) => `${c.id}: ${t}`),
    )
    expect(wrong).toEqual([])
  })
})

describe('glossary', () => {
  /** Ordinary capitalised words and names that need no glossary entry. */
  const ALLOWED = new Set([
    'NICE', 'NG59', 'NG226', 'OARSI', 'American', 'College', 'Physicians', 'L4', 'L5', 'S1', 'X-ray', 'Ottawa',
    'Get', 'Help', 'Now', 'Researchers', 'Amira', 'Tom', 'Priya', 'Leo', 'Maria', 'Jon', 'Dev', 'Grace', 'Kofi',
    'Zoe', "Jon's", "Kofi's", 'Guidelines',
  ])
  /** Technical or Latin words a 16-year-old would stumble on; each must be glossary-referenced in the same text. */
  const TECHNICAL =
    /\b(lumbar|vertebra[e]?|sacrum|sacroiliac|gluteus|hamstrings?|trendelenburg|circumduction|steppage|radiculopathy|sciatica|lordosis|equinus|dorsiflexion|hyperextension|antalgic|nsaids?|tens|spondylolysis|scoliosis|obliquity|contracture|osteoarthritis|quadratus|erector|epidural|herniat\w*)\b/i

  it('finds every capitalised word that is not a glossary reference or an allowed ordinary word', () => {
    const wrong = CONDITIONS.flatMap(({ id, panel }) =>
      [...panelTexts(panel), ...classroomTexts(panel)]
        .filter(({ where }) => !where.endsWith('title'))
        .flatMap(({ where, text }) => {
          const plainParts = parseRichText(text).filter((s) => s.kind === 'text').map((s) => s.text).join(' | ')
          // Words that start a sentence or a list item are capitalised for grammar, not because they are terms.
          const words = plainParts.split(/(?<=[.!?:"(|])\s+|^\s*/).flatMap((sentence) => sentence.split(/\s+/).slice(1))
          return words
            .map((w) => w.replace(/^[("']+|[)".,;:!?']+$/g, ''))
            .filter((w) => /^[A-Z]/.test(w) && !ALLOWED.has(w))
            .map((w) => `${id}.${where}: "${w}"`)
        }),
    )
    expect(wrong).toEqual([])
  })

  it('finds every technical or Latin term used without a glossary reference in its panel', () => {
    const wrong = CONDITIONS.flatMap(({ id, panel }) => {
      // Headings carry no glossary markup; the terms are referenced in the text below them.
      const all = [...panelTexts(panel), ...classroomTexts(panel)].filter(({ where }) => !where.endsWith('title'))
      const referenced = new Set(all.flatMap(({ text }) => parseRichText(text).filter((s) => s.kind === 'term').map((s) => s.text.toLowerCase())))
      return all.flatMap(({ where, text }) =>
        parseRichText(text)
          .filter((s) => s.kind === 'text')
          .flatMap((s) => [...s.text.matchAll(new RegExp(TECHNICAL.source, 'gi'))].map((m) => m[0].toLowerCase()))
          .filter((term) => ![...referenced].some((r) => r.includes(term) || term.includes(r)))
          .map((term) => `${id}.${where}: "${term}"`),
      )
    })
    expect(wrong).toEqual([])
  })

  it('defines the terms the issue names, each used by some panel, each a short plain sentence', () => {
    for (const key of ['lumbar', 'vertebra', 'sacrum', 'spinal-levels', 'herniated-disc', 'gluteus-medius', 'hamstrings', 'trendelenburg-gait', 'circumduction', 'steppage-gait', 'sciatic-list', 'nsaid']) {
      expect(isGlossaryKey(key), key).toBe(true)
    }
    const used = new Set([
      ...CONDITIONS.flatMap((c) => [...panelTexts(c.panel), ...classroomTexts(c.panel)].flatMap(({ text }) => termKeys(text))),
      ...CONDITIONS.map((c) => c.panel).flatMap((p) => p.howItReachesTheBack.flatMap((s) => termKeys(s.text))),
    ])
    expect(Object.keys(GLOSSARY).filter((k) => !used.has(k))).toEqual([])
    const bad = Object.entries(GLOSSARY).filter(([, e]) => e.definition.length > 260 || !e.definition.endsWith('.') || /[[\]{}<>]/.test(e.definition))
    expect(bad.map(([k]) => k)).toEqual([])
  })
})
