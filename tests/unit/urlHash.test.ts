import { describe, expect, it } from 'vitest'
import { DEFAULT_URL_STATE, formatHash, parseHash, type UrlState } from '../../src/state/urlHash'
import { REGION_KEYS, getRegion } from '../../src/anatomy/regions'
import { CONDITIONS, conditionsFor, defaultConditionFor } from '../../src/conditions'

/** A URL state; a region without a condition gets its kind's default, as parsing gives it. */
const state = (over: Partial<UrlState>): UrlState => {
  const s = { ...DEFAULT_URL_STATE, ...over }
  if (s.region && over.condition === undefined) s.condition = defaultConditionFor(getRegion(s.region).kind).id
  return s
}

describe('URL hash', () => {
  it('round-trips every region', () => {
    for (const region of REGION_KEYS) {
      const hash = formatHash(state({ region }))
      expect(hash).toBe(`#region=${region}`)
      expect(parseHash(hash)).toEqual({ state: state({ region }), problems: [] })
    }
  })

  it('carries step, speed, mode, side and severity, leaving defaults out', () => {
    const full = state({ region: 'pelvis', step: 1, speed: 0.5, mode: 'present', side: 'right', severity: 0.4 })
    const hash = formatHash(full)
    expect(hash).toBe('#region=pelvis&step=2&side=right&severity=40&speed=0.5&mode=present')
    expect(parseHash(hash)).toEqual({ state: full, problems: [] })
    // The side of a sided region is in its key; it is not repeated.
    expect(formatHash(state({ region: 'knee-left', side: 'right' }))).toBe('#region=knee-left')
  })

  it('maps the overview to an empty hash', () => {
    expect(formatHash(DEFAULT_URL_STATE)).toBe('')
    expect(parseHash('')).toEqual({ state: DEFAULT_URL_STATE, problems: [] })
    expect(parseHash('#')).toEqual({ state: DEFAULT_URL_STATE, problems: [] })
  })

  it('accepts the short form a teacher might type', () => {
    expect(parseHash('#knee-right').state.region).toBe('knee-right')
  })

  it('reports an unknown region and falls back to the overview', () => {
    const parsed = parseHash('#region=elbow')
    expect(parsed.state.region).toBeNull()
    expect(parsed.problems).toHaveLength(1)
    expect(parsed.problems[0]).toContain('elbow')
  })

  it('clamps a step beyond the chain and rejects one that is not a number', () => {
    const beyond = parseHash('#region=pelvis&step=9')
    expect(beyond.state.step).toBe(1)
    expect(beyond.problems[0]).toMatch(/2 steps/)
    const nonsense = parseHash('#region=knee-left&step=two')
    expect(nonsense.state.step).toBe(0)
    expect(nonsense.problems[0]).toContain('two')
    expect(parseHash('#step=3').problems[0]).toMatch(/no region/)
  })

  it('rejects speeds, modes, sides and severities it does not offer, keeping the rest', () => {
    const parsed = parseHash('#region=lumbar&speed=9&mode=party&side=up&severity=150')
    expect(parsed.state).toEqual(state({ region: 'lumbar' }))
    expect(parsed.problems).toHaveLength(4)
  })

  it('quotes hostile input as plain, shortened text', () => {
    const long = '<img src=x onerror=alert(1)>'.repeat(10)
    const parsed = parseHash(`#region=${encodeURIComponent(long)}`)
    expect(parsed.state.region).toBeNull()
    expect(parsed.problems[0]!.length).toBeLessThan(120)
    expect(parsed.problems[0]).toContain('<img')
  })

  it('survives malformed percent-encoding', () => {
    expect(() => parseHash('#%E0%A4%A')).not.toThrow()
    expect(parseHash('#%E0%A4%A').state.region).toBeNull()
  })

  it('carries every condition of every region, leaving the region kind’s default out', () => {
    for (const region of REGION_KEYS) {
      const kind = getRegion(region).kind
      for (const c of conditionsFor(kind)) {
        const s = state({ region, condition: c.id })
        const hash = formatHash(s)
        expect(hash).toBe(c === defaultConditionFor(kind) ? `#region=${region}` : `#region=${region}&condition=${c.id}`)
        expect(parseHash(`#region=${region}&condition=${c.id}`)).toEqual({ state: s, problems: [] })
        expect(parseHash(hash)).toEqual({ state: s, problems: [] })
      }
    }
  })

  it('reports an unknown condition or one of another region and shows the region’s default', () => {
    const unknown = parseHash('#region=knee-left&condition=broken-toe')
    expect(unknown.state).toEqual(state({ region: 'knee-left' }))
    expect(unknown.problems).toHaveLength(1)
    expect(unknown.problems[0]).toContain('broken-toe')
    expect(unknown.problems[0]).toContain(defaultConditionFor('knee').label.toLowerCase())
    const elsewhere = CONDITIONS.find((c) => c.kind !== 'knee')!
    const wrong = parseHash(`#region=knee-left&condition=${elsewhere.id}`)
    expect(wrong.state).toEqual(state({ region: 'knee-left' }))
    expect(wrong.problems[0]).toContain('left knee')
    expect(parseHash('#condition=stiff-knee').problems[0]).toMatch(/no region/)
    expect(parseHash('#condition=stiff-knee').state.region).toBeNull()
  })

  it('counts steps in the chosen condition’s chain', () => {
    for (const c of CONDITIONS) {
      const region = c.kind === 'lumbar' || c.kind === 'pelvis' ? c.kind : (`${c.kind}-left` as const)
      const parsed = parseHash(`#region=${region}&condition=${c.id}&step=99`)
      expect(parsed.state.step).toBe(c.links.length - 1)
      expect(parsed.problems[0]).toContain(`${c.links.length} steps`)
    }
  })

  it('ignores parameters it does not know', () => {
    expect(parseHash('#region=lumbar&future=1')).toEqual({ state: state({ region: 'lumbar' }), problems: [] })
  })
})
