import { describe, expect, it } from 'vitest'
import { CONDITIONS, gaitConditionOf } from '../../src/conditions'
import { footfallReport, stanceFractions, strideTimeFor } from '../../src/gait'

describe('footfall report, from the animated feet', () => {
  it('reads a symmetric normal walk: 60 % stance, half a stride per step, steps of about 0.7 m', () => {
    const r = footfallReport(null)
    for (const side of [r.left, r.right]) {
      expect(Math.abs(side.stanceShare - 0.6)).toBeLessThan(0.02)
      expect(side.stepTime).toBeCloseTo(strideTimeFor(null) / 2, 2)
      expect(side.stepLength).toBeGreaterThan(0.6)
      expect(side.stepLength).toBeLessThan(0.8)
    }
    expect(r.right.contact).toBe(0)
    expect(r.left.contact).toBeCloseTo(0.5, 2)
    expect(r.stepLengthAsymmetry).toBeLessThan(2)
  })

  it('adds the two steps up to the stride the floor travels, and matches the declared stance shares', () => {
    for (const c of CONDITIONS) {
      const g = gaitConditionOf(c, 'right', 1)
      const r = footfallReport(g)
      const declared = stanceFractions(g)
      expect(Math.abs(r.left.stanceShare - declared.left)).toBeLessThan(0.02)
      expect(Math.abs(r.right.stanceShare - declared.right)).toBeLessThan(0.02)
      expect(r.left.stepTime + r.right.stepTime).toBeCloseTo(r.strideTime, 6)
      expect(r.left.stepLength).toBeGreaterThan(0.2)
      expect(r.right.stepLength).toBeGreaterThan(0.2)
    }
  })

  it('shows the antalgic asymmetry: the painful foot shorter on the floor, the steps uneven', () => {
    const hip = CONDITIONS.find((c) => c.id === 'hip-osteoarthritis')!
    const r = footfallReport(gaitConditionOf(hip, 'left', 1))
    expect(r.left.stanceShare).toBeLessThan(r.right.stanceShare - 0.05)
    expect(r.stepLengthAsymmetry).toBeGreaterThan(10)
  })
})
