import { describe, expect, it } from 'vitest'
import { REGIONS, getRegion, type RegionKey } from '../../src/anatomy/regions'
import { chainDuration, linkStartTime } from '../../src/chains/playback'
import { resolveChain } from '../../src/chains/resolve'
import { conditionsFor, defaultConditionFor } from '../../src/conditions'
import { createChainExplorerApi } from '../../src/api/chainExplorer'
import { compareChainOf, compareChoices, compareSides, secondChainTime } from '../../src/state/compare'
import { createAppStore } from '../../src/state/store'
import { formatHash, parseHash } from '../../src/state/urlHash'
import { NORMAL_STRIDE_TIME } from '../../src/gait'

/** A region whose kind has two conditions or more (none until the second conditions are registered). */
const pairRegion = REGIONS.find((r) => conditionsFor(r.kind).length > 1)?.key as RegionKey | undefined

describe('compare view: store', () => {
  it('opens with normal walking and keeps normalGhost in step (beside = compare with normal walking)', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('knee-left', { compare: 'normal' })
    expect(store.getState()).toMatchObject({ compare: 'normal', normalGhost: 'beside' })
    actions.setNormalGhost('over')
    expect(store.getState()).toMatchObject({ compare: null, normalGhost: 'over' })
    actions.setNormalGhost('beside')
    expect(store.getState()).toMatchObject({ compare: 'normal', normalGhost: 'beside' })
    actions.setCompare(null)
    expect(store.getState()).toMatchObject({ compare: null, normalGhost: 'off' })
  })

  it('keeps normal walking beside across regions and sides, and ends it on the overview', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('hip-left')
    actions.setCompare('normal')
    actions.select('pelvis')
    expect(store.getState().compare).toBe('normal')
    actions.setSide('right')
    expect(store.getState().compare).toBe('normal')
    actions.select(null)
    expect(store.getState()).toMatchObject({ compare: null, normalGhost: 'off' })
  })

  it('refuses a condition of another region, the same condition, an unknown id and a compare without a region', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    const knee = defaultConditionFor('knee').id
    const ankle = defaultConditionFor('ankle').id
    actions.select('knee-left')
    expect(() => actions.setCompare(ankle)).toThrow(/does not start at the left knee/)
    expect(() => actions.setCompare(knee)).toThrow(/compared with itself/)
    expect(() => actions.setCompare('knee-on-fire' as never)).toThrow(/no condition called/)
    expect(() => actions.select('knee-left', { compare: ankle })).toThrow(RangeError)
    expect(store.getState()).toMatchObject({ region: 'knee-left', compare: null })
    actions.select(null)
    expect(() => actions.setCompare('normal')).toThrow(/needs a chosen region/)
  })

  it.skipIf(!pairRegion)('compares two conditions of one region and swaps them when the compared one is chosen', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    const [a, b] = conditionsFor(getRegion(pairRegion!).kind)
    actions.select(pairRegion!, { condition: a!.id, compare: b!.id })
    expect(store.getState()).toMatchObject({ condition: a!.id, compare: b!.id, normalGhost: 'off' })
    actions.setCondition(b!.id)
    expect(store.getState()).toMatchObject({ condition: b!.id, compare: a!.id })
    // A compared condition belongs to its region: choosing another region ends it.
    actions.select('lumbar')
    expect(store.getState().compare).toBeNull()
  })
})

describe('compare view: URL and API', () => {
  it('carries compare=normal both ways and reports a bad value with a notice-worthy reason', () => {
    const parsed = parseHash('#region=knee-right&compare=normal')
    expect(parsed.problems).toEqual([])
    expect(parsed.state).toMatchObject({ region: 'knee-right', compare: 'normal' })
    expect(formatHash(parsed.state)).toBe('#region=knee-right&compare=normal')

    const other = parseHash(`#region=knee-right&compare=${defaultConditionFor('ankle').id}`)
    expect(other.state.compare).toBeNull()
    expect(other.problems.join(' ')).toMatch(/does not start at the right knee.*compare view is left off/)
    const unknown = parseHash('#region=knee-right&compare=%3Cimg%20src%3Dx%3E')
    expect(unknown.state).toMatchObject({ region: 'knee-right', compare: null })
    expect(unknown.problems).toHaveLength(1)
    const none = parseHash('#compare=normal')
    expect(none.state.compare).toBeNull()
    expect(none.problems.join(' ')).toMatch(/needs a chosen region/)
  })

  it('state().compare and select(key, { condition, compare }) through the API', () => {
    const store = createAppStore()
    const api = createChainExplorerApi(store)
    api.select('knee-left', { condition: defaultConditionFor('knee').id, compare: 'normal' })
    expect(api.state()).toMatchObject({ region: 'knee-left', compare: 'normal' })
    api.select('knee-left', { compare: null })
    expect(api.state().compare).toBeNull()
    expect(() => api.select('knee-left', { compare: defaultConditionFor('hip').id })).toThrow(RangeError)
  })

  it.skipIf(!pairRegion)('select(key, { condition, compare }) with two conditions of one region', () => {
    const api = createChainExplorerApi(createAppStore())
    const [a, b] = conditionsFor(getRegion(pairRegion!).kind)
    api.select(pairRegion!, { condition: a!.id, compare: b!.id })
    expect(api.state()).toMatchObject({ condition: a!.id, compare: b!.id })
  })
})

describe('compare view: pure helpers', () => {
  it('offers the region’s other conditions, then normal walking', () => {
    for (const r of REGIONS) {
      const all = conditionsFor(r.kind)
      const offered = compareChoices(r.key, all[0]!.id)
      expect(offered.map((c) => c.id)).toEqual([...all.slice(1).map((c) => c.id), 'normal'])
    }
  })

  it('puts the second chain at the same fraction of its length as the first', () => {
    // Two chains of different lengths (different regions: the mapping is only arithmetic on durations).
    const first = resolveChain('knee-left')
    const second = resolveChain('lumbar')
    expect(chainDuration(first)).not.toBeCloseTo(chainDuration(second), 3)
    for (const f of [0, 0.25, 0.5, 1]) {
      const t = secondChainTime(first, second, f * chainDuration(first))
      expect(t / chainDuration(second)).toBeCloseTo(f, 9)
    }
    expect(secondChainTime(first, second, linkStartTime(first, 0))).toBe(0)
  })

  it('has no second chain for normal walking, and names each side with its own stride time', () => {
    const chain = resolveChain('knee-right')
    expect(compareChainOf(chain, 'normal')).toBeNull()
    const [a, b] = compareSides(chain, 'normal', 0.8, chain.links.length - 1)
    expect(a).toMatchObject({ name: chain.condition.label, detail: 'Right knee · severity 80 %' })
    expect(b).toEqual({ name: 'Normal walking', detail: null, strideTime: NORMAL_STRIDE_TIME })
    // Its own stride time (all links faded in: the condition's slowdown at 80 %), not the normal one.
    expect(a.strideTime).toBeCloseTo(NORMAL_STRIDE_TIME * (1 + (chain.condition.slowdown.factor - 1) * 0.8), 9)
    const central = compareSides(resolveChain('pelvis', 'right'), 'normal', 0.35, 0)[0]
    expect(central.detail).toBe('Right side · severity 35 %')
  })
})
