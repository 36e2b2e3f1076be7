import { describe, expect, it } from 'vitest'
import { footfallReport, gaitCurves, normalGaitCurves } from '../../src/gait'

describe('normal walking is worked out once', () => {
  it('the reference curves: the same object on every call, equal to a fresh computation', () => {
    const first = normalGaitCurves('left', 101)
    expect(normalGaitCurves('left', 101)).toBe(first)
    expect(first).toEqual(gaitCurves({ side: 'left', samples: 101 }))
    expect(normalGaitCurves('right', 101)).not.toBe(first)
    expect(normalGaitCurves('left', 51)).toEqual(gaitCurves({ side: 'left', samples: 51 }))
  })

  it('the reference footfall: the same object on every call, equal to a fresh measurement', () => {
    const first = footfallReport(null)
    expect(footfallReport(null)).toBe(first)
    // Another sampling is measured afresh and agrees with the cached one on the figures.
    const other = footfallReport(null, undefined, 199)
    expect(other).not.toBe(first)
    expect(other.left.stanceShare).toBeCloseTo(first.left.stanceShare, 1)
  })
})
