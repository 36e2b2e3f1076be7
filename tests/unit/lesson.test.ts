import { describe, expect, it } from 'vitest'
import { REGION_KINDS } from '../../src/anatomy/regions'
import { CONDITIONS, conditionById, defaultConditionFor } from '../../src/conditions'
import { resolveChain } from '../../src/chains/resolve'
import { DEFAULT_LESSON, cardIndex, formatLesson, lessonRegion, lessonSlides, parseLesson, predictCandidates, type Lesson } from '../../src/lesson/lesson'
import { createAppStore } from '../../src/state/store'
import { formatHash, parseHash } from '../../src/state/urlHash'

const two: Lesson = {
  items: [
    { condition: 'stiff-ankle', side: 'right', severity: 0.6 },
    { condition: 'pinched-nerve-root', side: 'left', severity: 1 },
  ],
  predict: false,
}
const links = (id: Lesson['items'][number]['condition']) => conditionById(id).links.length

describe('lesson', () => {
  it('runs each region kind\'s default condition once, from the feet up, by default', () => {
    expect(DEFAULT_LESSON.items.map((i) => i.condition).toSorted()).toEqual(REGION_KINDS.map((k) => defaultConditionFor(k).id).toSorted())
    expect(conditionById(DEFAULT_LESSON.items[0]!.condition).kind).toBe('ankle')
    expect(conditionById(DEFAULT_LESSON.items.at(-1)!.condition).kind).toBe('lumbar')
  })

  it('puts a title card before each chain and a prediction before every link but the first', () => {
    const plain = lessonSlides(two)
    expect(plain.length).toBe(2 + links('stiff-ankle') + links('pinched-nerve-root'))
    expect(plain[0]).toEqual({ kind: 'card', item: 0 })
    expect(plain[1 + links('stiff-ankle')]).toEqual({ kind: 'card', item: 1 })
    const asked = lessonSlides({ ...two, predict: true })
    expect(asked.length).toBe(plain.length + links('stiff-ankle') - 1 + links('pinched-nerve-root') - 1)
    expect(asked.slice(0, 4)).toEqual([
      { kind: 'card', item: 0 },
      { kind: 'link', item: 0, step: 0 },
      { kind: 'predict', item: 0, step: 1 },
      { kind: 'link', item: 0, step: 1 },
    ])
    expect(cardIndex(asked, 1)).toBe(asked.findIndex((s) => s.kind === 'card' && s.item === 1))
  })

  it('offers the right answer among the candidates, and no region lit before unless it is the answer', () => {
    for (const c of CONDITIONS) {
      const chain = resolveChain(lessonRegion({ condition: c.id, side: 'left', severity: 1 }), 'left', c)
      for (let step = 1; step < chain.links.length; step++) {
        const candidates = predictCandidates(chain, step)
        expect(candidates).toContain(chain.links[step]!.region)
        const lit = chain.links.slice(0, step).map((l) => l.region)
        expect(candidates.filter((k) => lit.includes(k) && k !== chain.links[step]!.region)).toEqual([])
        expect(candidates.length).toBeGreaterThan(1)
      }
    }
  })

  it('reads back what it writes, and reports what it cannot read', () => {
    expect(parseLesson(formatLesson(two), false)).toEqual({ lesson: two, problems: [] })
    expect(formatLesson(two)).toBe('stiff-ankle.right.60,pinched-nerve-root.left.100')
    const bad = parseLesson('stiff-knee,made-up,stiff-ankle.up.50,stiff-ankle.left.150,<b>x</b>', true)
    expect(bad.lesson).toEqual({ items: [{ condition: 'stiff-knee', side: 'left', severity: 0.8 }], predict: true })
    expect(bad.problems).toHaveLength(4)
    expect(parseLesson('nonsense', false).lesson).toBeNull()
    expect(parseLesson('all', true).lesson).toEqual({ ...DEFAULT_LESSON, predict: true })
  })

  it('travels in the URL hash with its slide, mode and prediction switch', () => {
    const hash = formatHash({ ...parseHash('').state, lesson: { ...two, predict: true }, slide: 3, mode: 'present' })
    expect(hash).toBe('#lesson=stiff-ankle.right.60,pinched-nerve-root.left.100&predict=1&slide=4&mode=present')
    const back = parseHash(hash)
    expect(back.problems).toEqual([])
    expect(back.state).toMatchObject({ lesson: { ...two, predict: true }, slide: 3, mode: 'present' })
    expect(parseHash('#lesson=stiff-knee&slide=999').problems[0]).toMatch(/slides/)
  })
})

describe('store: a lesson driven like a clicker', () => {
  it('moves through cards, links and chains, back across chains, and to the first and last cards', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.startLesson(two)
    const s = () => store.getState()
    expect(s().slides[s().slide]!.kind).toBe('card')
    expect(s().region).toBe('ankle-right')
    expect(s().playing).toBe(false)
    actions.forward()
    expect(s().slides[s().slide]).toEqual({ kind: 'link', item: 0, step: 0 })
    expect(s().playing).toBe(true)
    for (let i = 1; i < links('stiff-ankle'); i++) actions.forward()
    expect(s().step).toBe(links('stiff-ankle') - 1)
    actions.forward()
    // Past the last link: the next chain's card, on its own side and severity.
    expect(s().slides[s().slide]).toEqual({ kind: 'card', item: 1 })
    expect(s().region).toBe('lumbar')
    expect(s().chain!.side).toBe('left')
    expect(s().severity).toBe(1)
    actions.back()
    expect(s().region).toBe('ankle-right')
    expect(s().step).toBe(links('stiff-ankle') - 1)
    actions.last()
    expect(s().slides[s().slide]).toEqual({ kind: 'card', item: 1 })
    actions.first()
    expect(s().slide).toBe(0)
    actions.back()
    expect(s().slide).toBe(0)
    actions.endLesson()
    expect(s().lesson).toBeNull()
  })

  it('holds the previous link while the class predicts, then shows the link asked about', () => {
    const store = createAppStore()
    store.getState().actions.startLesson({ ...two, predict: true }, 2)
    expect(store.getState().slides[2]).toEqual({ kind: 'predict', item: 0, step: 1 })
    expect(store.getState().step).toBe(0)
    store.getState().actions.forward()
    expect(store.getState().step).toBe(1)
  })
})
