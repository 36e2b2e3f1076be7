import { describe, expect, it } from 'vitest'
import { formatHash, parseHash } from '../../src/state/urlHash'
import { REGION_KEYS } from '../../src/anatomy/regions'

describe('URL hash', () => {
  it('round-trips every region', () => {
    for (const region of REGION_KEYS) {
      const hash = formatHash({ region })
      expect(hash).toBe(`#region=${region}`)
      expect(parseHash(hash)).toEqual({ state: { region }, problems: [] })
    }
  })

  it('maps the overview to an empty hash', () => {
    expect(formatHash({ region: null })).toBe('')
    expect(parseHash('')).toEqual({ state: { region: null }, problems: [] })
    expect(parseHash('#')).toEqual({ state: { region: null }, problems: [] })
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

  it('ignores parameters it does not know', () => {
    expect(parseHash('#region=lumbar&future=1')).toEqual({ state: { region: 'lumbar' }, problems: [] })
  })
})
