import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { summarizeProfile } from '../../scripts/bench/cpuProfile'
import { KINDS, kindOf } from '../../scripts/bench/measures'
import { keptFindings, missingFigures, renderMarkdown } from '../../scripts/bench/report'
import type { BenchResults } from '../../scripts/bench/results'
import { formatSummary, summarize } from '../../scripts/bench/stats'

describe('summarize', () => {
  it('gives median, extremes and quartiles, ignoring failed runs', () => {
    expect(summarize([5, 1, 3, null, Number.NaN, 4, 2])).toEqual({ n: 5, median: 3, min: 1, max: 5, q1: 2, q3: 4 })
    expect(summarize([10, 20])!.median).toBe(15)
  })
  it('is null when no run produced the figure', () => {
    expect(summarize([null, undefined])).toBeNull()
    expect(formatSummary(null)).toBe('not measured')
  })
  it('prints the median and, over several runs, the range', () => {
    expect(formatSummary(summarize([4.8, 5.3, 4.95]), 2, ' s')).toBe('4.95 s (4.80–5.30)')
    expect(formatSummary(summarize([7]), 0, ' ms')).toBe('7 ms')
  })
})

describe('kindOf', () => {
  it('sorts a visit into the kinds of the table', () => {
    const urls = ['http://h/', 'http://h/assets/index-a.js', 'http://h/assets/index-a.css', 'http://h/models/skeleton.glb', 'http://h/f.woff2', 'http://h/favicon.svg']
    expect(urls.map(kindOf)).toEqual(KINDS)
  })
})

const frame = (functionName: string) => ({ functionName, url: 'http://h/assets/SceneCanvas-AbCd1234.js' })

describe('summarizeProfile', () => {
  // root -> render -> compile -> render (recursion) ; root -> (garbage collector) ; root -> (idle)
  const profile = {
    nodes: [
      { id: 1, callFrame: frame('(root)'), children: [2, 5, 6] },
      { id: 2, callFrame: frame('render'), children: [3] },
      { id: 3, callFrame: frame('compile'), children: [4] },
      { id: 4, callFrame: frame('render') },
      { id: 5, callFrame: frame('(garbage collector)') },
      { id: 6, callFrame: frame('(idle)') },
    ],
    // Each sample is charged the time delta of the sample after it (µs).
    samples: [2, 3, 3, 4, 5, 6, 2],
    timeDeltas: [0, 1000, 2000, 2000, 1000, 1000, 5000],
  }
  it('charges self time per function and counts a recursive function once in its inclusive time', () => {
    const top = summarizeProfile(profile)
    const self = Object.fromEntries(top.self.map((e) => [e.name, e.ms]))
    expect(self).toEqual({ 'render (SceneCanvas.js)': 1 + 1, 'compile (SceneCanvas.js)': 2 + 2 })
    const inclusive = Object.fromEntries(top.inclusive.map((e) => [e.name, e.ms]))
    expect(inclusive['render (SceneCanvas.js)']).toBe(6)
    expect(inclusive['compile (SceneCanvas.js)']).toBe(5)
    expect(top.gcMs).toBe(1)
    expect(top.profiledMs).toBe(7)
  })
})

const s = (v: number) => summarize([v, v * 1.1, v * 0.9])
const kinds = <T>(v: T) => Object.fromEntries(KINDS.map((k) => [k, v])) as Record<(typeof KINDS)[number], T>

function results(): BenchResults {
  const frames = () => ({ fps: s(2), scriptMsPerFrame: s(10), taskMsPerFrame: s(20) })
  return {
    machine: { cpu: 'Test CPU 9000', cores: 2, memoryGiB: 8, node: 'v20', chromium: '150', webglRenderer: 'SwiftShader', date: '2026-12-04T00:00:00Z', loadAverage: { start: 1, end: 1.5 } },
    quick: true,
    runs: 3,
    frameSpanSeconds: 2,
    selections: 100,
    budgets: [{ what: 'page JavaScript (gzip)', files: ['assets/index-a.js'], bytes: 1024, budget: 2048, ok: true }],
    distBytes: { app: kinds({ raw: 2048, gzip: 1024 }), bare: kinds({ raw: 1024, gzip: 512 }) },
    visitBytes: { app: kinds({ wire: 1024, raw: 2048, count: 1 }), bare: kinds({ wire: 512, raw: 1024, count: 1 }) },
    encodings: { '/assets/index-a.js': 'gzip' },
    foreignRequests: [],
    load: { appFirstFrameMs: s(5000), appFullModelMs: s(6000), bareFirstFrameMs: s(640), ratio: s(7.8) },
    frames: {
      full: frames(),
      lite: frames(),
      bare: frames(),
      adaptive: { ...frames(), level: s(6), settledAfterS: s(5.5), runs: [{ levels: [4, 5, 6], model: 'lite', status: 'Lighter 3D' }] },
    },
    clickToPanelMs: s(300),
    clickUnder16: 0,
    memory: [
      { selections: 10, heapMB: s(10), geometries: s(200), textures: s(9), programs: s(12) },
      { selections: 100, heapMB: s(11), geometries: s(200), textures: s(9), programs: s(12) },
    ],
    modelBuild: null,
    firstFrame: null,
    frameBreakdown: null,
    errors: [],
  }
}

describe('the report', () => {
  it('needs every core figure and names the missing ones', () => {
    expect(missingFigures(results())).toEqual([])
    const r = results()
    r.load.bareFirstFrameMs = null
    r.frames.lite.fps = null
    expect(missingFigures(r)).toEqual(['bare first frame', 'app fps (lite model)'])
    delete r.frames.adaptive
    expect(missingFigures(r)).toEqual(['bare first frame', 'app fps (lite model)', 'app fps (adaptive quality)'])
  })
  it('says where the quality governor settled', () => {
    expect(renderMarkdown(results())).toMatch(/Frames\/s with adaptive quality.*\| 2\.0 \(1\.8–2\.2\) \|  \| level 6 \(5–7\) after 5\.5 s \(5\.0–6\.1\) \(run 1: 4 → 5 → 6, lite model\) \|/)
  })
  it('accepts a click faster than Event Timing reports as measured', () => {
    const r = results()
    r.clickToPanelMs = null
    expect(missingFigures(r)).toEqual(['click to panel'])
    r.clickUnder16 = 2
    expect(missingFigures(r)).toEqual([])
  })
  it('names the machine, gives the ratio and says what was not measured', () => {
    const md = renderMarkdown(results())
    expect(md).toContain('| Test CPU 9000 | 2 | 8 GiB | 150 | SwiftShader |')
    expect(md).toMatch(/Navigation to first skeleton frame.*\| 5000 ms \(4500–5500\) \| 640 ms \(576–704\) \| 7\.8× \(7\.0–8\.6\) \|/)
    expect(md).toMatch(/build:model` wall time \| not measured/)
  })
  it('keeps the hand-written findings of the previous file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-report-'))
    const path = join(dir, 'PERFORMANCE.md')
    writeFileSync(path, '# old\n<!-- findings:start -->\nThe shadow pass doubles the triangles.\n<!-- findings:end -->\nold tail\n')
    const kept = keptFindings(path)
    expect(kept).toBe('<!-- findings:start -->\nThe shadow pass doubles the triangles.\n<!-- findings:end -->')
    expect(renderMarkdown(results(), kept)).toContain('The shadow pass doubles the triangles.')
    expect(keptFindings(join(dir, 'absent.md'))).toBeNull()
  })
})
