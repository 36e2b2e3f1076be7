import { describe, expect, it } from 'vitest'
import { REGION_KINDS } from '../../src/anatomy/regions'
import {
  CONDITIONS,
  GAIT_CHANGES,
  conditionById,
  conditionsFor,
  defaultConditionFor,
  isConditionId,
} from '../../src/conditions'
import { defineCondition } from '../../src/conditions/define'
import { condition as stiffKnee } from '../../src/conditions/stiff-knee'
import { MAX_CHANGES } from '../../src/gait'

const GRADES = ['measured', 'reasoned', 'illustrative']

describe('the list of conditions', () => {
  it('keeps the contract ids and each region kind’s default first', () => {
    expect(CONDITIONS.map((c) => c.id)).toEqual(
      expect.arrayContaining(['stiff-ankle', 'stiff-knee', 'hip-osteoarthritis', 'sacroiliac-joint-pain', 'pinched-nerve-root']),
    )
    expect(REGION_KINDS.map((k) => defaultConditionFor(k).id)).toEqual([
      'pinched-nerve-root',
      'sacroiliac-joint-pain',
      'hip-osteoarthritis',
      'stiff-knee',
      'stiff-ankle',
    ])
  })

  it('has unique kebab-case ids, a label each, and at least one condition per region kind', () => {
    const ids = CONDITIONS.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.filter((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))).toEqual([])
    expect(CONDITIONS.filter((c) => c.label.trim().length < 5).map((c) => c.id)).toEqual([])
    for (const kind of REGION_KINDS) {
      expect(conditionsFor(kind).length).toBeGreaterThan(0)
      expect(conditionsFor(kind).every((c) => c.kind === kind)).toBe(true)
    }
    expect(REGION_KINDS.flatMap((k) => conditionsFor(k)).length).toBe(CONDITIONS.length)
  })

  it('looks conditions up by id and rejects unknown ones', () => {
    for (const c of CONDITIONS) expect(conditionById(c.id)).toBe(c)
    expect(isConditionId('stiff-knee')).toBe(true)
    expect(isConditionId('toString')).toBe(false)
    expect(isConditionId('')).toBe(false)
    expect(isConditionId(7)).toBe(false)
    expect(() => conditionById('nope' as never)).toThrow(RangeError)
  })

  it('gives each gait change id one definition (shared changes are one object)', () => {
    const all = CONDITIONS.flatMap((c) => c.changes)
    for (const change of all) expect(GAIT_CHANGES.get(change.id)).toBe(change)
    // pelvic-hike is shared by the stiff ankle and the stiff knee.
    const hikes = all.filter((c) => c.id === 'pelvic-hike')
    expect(hikes.length).toBeGreaterThanOrEqual(2)
    expect(new Set(hikes).size).toBe(1)
  })

  it('does not compile a condition without a chain, changes or panel', () => {
    const { links, changes, slowdown, panel } = stiffKnee
    // @ts-expect-error: no panel
    defineCondition({ id: 'x', kind: 'knee', label: 'X', links, changes, slowdown })
    // @ts-expect-error: no chain
    defineCondition({ id: 'x', kind: 'knee', label: 'X', changes, slowdown, panel })
    // @ts-expect-error: no gait changes
    defineCondition({ id: 'x', kind: 'knee', label: 'X', links, slowdown, panel })
    expect(defineCondition({ id: 'x', kind: 'knee', label: 'X', links, changes, slowdown, panel }).id).toBe('x')
  })
})

describe.each(CONDITIONS)('$id', (c) => {
  it('starts at its own region kind and ends at the lumbar spine, overloaded', () => {
    expect(c.links[0]!.role).toBe('origin')
    expect(c.links[0]!.kind).toBe(c.kind)
    expect(c.links.at(-1)!.kind).toBe('lumbar')
    expect(c.links.at(-1)!.role).toBe('overloaded')
  })

  it('has unique link ids, positive durations and a grade on every link', () => {
    expect(new Set(c.links.map((l) => l.id)).size).toBe(c.links.length)
    expect(c.links.filter((l) => !(l.duration > 0)).map((l) => l.id)).toEqual([])
    expect(c.links.filter((l) => !GRADES.includes(l.grade)).map((l) => l.id)).toEqual([])
    expect(c.links.filter((l) => l.caption.trim() === '' || l.title.trim() === '').map((l) => l.id)).toEqual([])
  })

  it('fades in only its own changes, lists the origin’s change first and uses every change it lists', () => {
    const ids = c.changes.map((ch) => ch.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(c.links.filter((l) => !ids.includes(l.change)).map((l) => l.id)).toEqual([])
    expect(ids[0]).toBe(c.links[0]!.change)
    expect(ids.filter((id) => !c.links.some((l) => l.change === id))).toEqual([])
    expect(c.changes.length).toBeLessThanOrEqual(MAX_CHANGES)
  })

  it('grades every change and its slowdown, and names where each comes from', () => {
    expect(c.changes.filter((ch) => !GRADES.includes(ch.grade)).map((ch) => ch.id)).toEqual([])
    expect(c.changes.filter((ch) => ch.source.length < 20).map((ch) => ch.id)).toEqual([])
    expect(GRADES).toContain(c.slowdown.grade)
    expect(c.slowdown.factor).toBeGreaterThanOrEqual(1)
    expect(c.slowdown.factor).toBeLessThan(2)
    expect(c.slowdown.source.length).toBeGreaterThan(20)
  })

  it('has its own panel whose steps match its links one to one', () => {
    expect(c.panel.condition).toBe(c.id)
    expect(c.panel.howItReachesTheBack.map((s) => s.linkId)).toEqual(c.links.map((l) => l.id))
  })
})
