import { describe, expect, it } from 'vitest'
import { chainOfSpec, chainSpecOf, gaitJobFamily, gaitJobKey, runGaitJob, strideGrid, type GaitJob } from '../../src/analysis/gaitJobs'
import { chainDuration, chainFrame } from '../../src/chains/playback'
import { chainGait, chainWeights, resolveChain } from '../../src/chains/resolve'
import { conditionById, CONDITIONS } from '../../src/conditions'
import { clearStrideCache, exportStrideGeometries, footfallReport, gaitCurves, importStrideGeometries, strideGeometry } from '../../src/gait'

const knee = resolveChain('knee-left')

describe('gait jobs: the panel analyses as plain data', () => {
  it('a chain spec builds the same chain again', () => {
    for (const c of CONDITIONS) {
      const region = c.kind === 'lumbar' || c.kind === 'pelvis' ? c.kind : (`${c.kind}-right` as const)
      const chain = resolveChain(region as never, 'right', conditionById(c.id))
      const again = chainOfSpec(chainSpecOf(chain))
      expect(again.condition).toBe(chain.condition)
      expect(again.side).toBe(chain.side)
      expect(again.links.map((l) => l.region)).toEqual(chain.links.map((l) => l.region))
    }
  })

  it('curves and footfall jobs give what the engine gives directly', () => {
    const weights = chainWeights(knee, 2)
    const curves = runGaitJob({ kind: 'curves', chain: chainSpecOf(knee), severity: 0.7, weights, side: 'left', samples: 101 })
    expect(curves).toEqual(gaitCurves({ side: 'left', condition: chainGait(knee, 0.7), weights, samples: 101 }))
    const footfall = runGaitJob({ kind: 'footfall', chain: chainSpecOf(knee), severity: 0.7, weights })
    expect(footfall).toEqual(footfallReport(chainGait(knee, 0.7), weights))
  })

  it('keys ignore the order of the weights and tell steps, severities and sides apart; families ignore step and severity', () => {
    const spec = chainSpecOf(knee)
    const job = (weights: Record<string, number>, severity = 0.6, side: 'left' | 'right' = 'left'): GaitJob => ({ kind: 'curves', chain: spec, severity, weights, side, samples: 101 })
    const [a, b] = knee.links.map((l) => l.change)
    expect(gaitJobKey(job({ [a!]: 1, [b!]: 1 }))).toBe(gaitJobKey(job({ [b!]: 1, [a!]: 1 })))
    expect(gaitJobKey(job({ [a!]: 1 }))).not.toBe(gaitJobKey(job({ [a!]: 1, [b!]: 1 })))
    expect(gaitJobKey(job({ [a!]: 1 }, 0.6))).not.toBe(gaitJobKey(job({ [a!]: 1 }, 0.65)))
    expect(gaitJobKey(job({ [a!]: 1 }, 0.6, 'left'))).not.toBe(gaitJobKey(job({ [a!]: 1 }, 0.6, 'right')))
    expect(gaitJobFamily(job({ [a!]: 1 }, 0.6))).toBe(gaitJobFamily(job({ [a!]: 1, [b!]: 1 }, 0.9)))
    expect(gaitJobFamily(job({}, 0.6, 'left'))).not.toBe(gaitJobFamily(job({}, 0.6, 'right')))
  })
})

/** Plays the chain as the scene does (every 10 ms of chain time) and counts the strides measured meanwhile. */
function measuredWhilePlaying(chain: typeof knee, severity: number): number {
  const before = exportStrideGeometries().length
  const condition = chainGait(chain, severity)
  const duration = chainDuration(chain)
  for (let t = 0; t <= duration; t += 0.01) strideGeometry(condition, chainFrame(chain, t).weights)
  return exportStrideGeometries().length - before
}

describe('the stride grid measured ahead of a chain', () => {
  it.each([1, 0.8, 0.55, 0.35])('holds every stride the fade-ins ask for (severity %s)', (severity) => {
    for (const chain of [knee, resolveChain('ankle-right'), resolveChain('lumbar')]) {
      const grid = strideGrid(chain, severity)
      expect(grid.entries.length).toBeGreaterThan(chain.links.length)
      clearStrideCache()
      // Without the grid, playing the chain measures strides...
      expect(measuredWhilePlaying(chain, severity)).toBeGreaterThan(chain.links.length)
      clearStrideCache()
      importStrideGeometries(grid.entries)
      // ... with it, none.
      expect(measuredWhilePlaying(chain, severity)).toBe(0)
    }
  })

  it('brings the geometries this thread would measure', () => {
    const grid = strideGrid(knee, 0.8)
    clearStrideCache()
    const weights = chainWeights(knee, 2)
    const measured = strideGeometry(chainGait(knee, 0.8), weights)
    const key = exportStrideGeometries()[0]![0]
    expect(new Map(grid.entries).get(key)).toEqual(measured)
  })

  it('an import keeps what the cache already had', () => {
    clearStrideCache()
    const own = strideGeometry(chainGait(knee, 0.8), chainWeights(knee, 1))
    const [key] = exportStrideGeometries()[0]!
    importStrideGeometries([[key, { strideLength: -1, holds: own.holds }]])
    expect(strideGeometry(chainGait(knee, 0.8), chainWeights(knee, 1))).toBe(own)
  })
})
