import { describe, expect, it } from 'vitest'
import { BUDGETS, KB, checkBudgets } from '../../scripts/size-budgets.mjs'

const file = (path: string, raw: number, gzip = raw) => ({ path, raw, gzip })
const row = (rows: ReturnType<typeof checkBudgets>, what: string) => rows.find((r) => r.what === what)!

describe('size budgets', () => {
  const within = [
    file('index.html', 1200, 600),
    file('assets/index-abc.js', 340 * KB, 108 * KB),
    file('assets/index-abc.js.map', 900 * KB, 300 * KB),
    file('assets/SceneCanvas-x1.js', 1150 * KB, 310 * KB),
    file('assets/index-abc.css', 18 * KB, 5 * KB),
    file('models/skeleton.glb', 570 * KB, 560 * KB),
    file('models/skeleton-lite.glb', 172 * KB, 168 * KB),
    // Loaded after the skeleton: its own budget, outside the first visit.
    file('models/muscles.glb', 156 * KB, 150 * KB),
    // Fetched later (on use, or by the offline copy): outside the first visit's page load.
    file('icons/icon-512.png', 15 * KB),
    file('assets/LessonBuilder-q1.js', 20 * KB, 6 * KB),
  ]

  it('passes a build within every budget and measures text gzipped, models raw', () => {
    const rows = checkBudgets(within)
    expect(rows.every((r) => r.ok)).toBe(true)
    expect(row(rows, 'page JavaScript (gzip)').bytes).toBe(108 * KB)
    expect(row(rows, 'skeleton, full').bytes).toBe(570 * KB)
    // The first visit: gzip for text (html, js, css), raw for models, never source maps.
    expect(row(rows, 'first visit, page load (wire)').bytes).toBe(600 + (108 + 310 + 5 + 570 + 172) * KB)
  })

  it('fails the budget a file exceeds, and only that one', () => {
    const rows = checkBudgets(within.map((f) => (f.path === 'models/skeleton-lite.glb' ? file(f.path, 201 * KB) : f)))
    expect(rows.filter((r) => !r.ok).map((r) => r.what)).toEqual(['skeleton, first view'])
  })

  it('fails a budget that finds no file, so a renamed chunk cannot pass unseen', () => {
    const rows = checkBudgets(within.filter((f) => !f.path.startsWith('assets/SceneCanvas')))
    expect(row(rows, '3D scene JavaScript (gzip)').ok).toBe(false)
  })

  it('fails a first visit over 1.2 MB even when each part is within its own budget', () => {
    const rows = checkBudgets([...within, file('assets/extra.woff2', 200 * KB)])
    expect(row(rows, 'first visit, page load (wire)').ok).toBe(false)
    expect(rows.filter((r) => !r.ok)).toHaveLength(1)
  })

  it('keeps the muscle model within its own budget (issue 14: 250 kB) and out of the first visit', () => {
    const rows = checkBudgets(within.map((f) => (f.path === 'models/muscles.glb' ? file(f.path, 251_000) : f)))
    expect(rows.filter((r) => !r.ok).map((r) => r.what)).toEqual(['muscles'])
    expect(row(rows, 'first visit, page load (wire)').files).not.toContain('models/muscles.glb')
    expect(row(rows, 'first visit, page load (wire)').files).not.toContain('icons/icon-512.png')
    expect(row(rows, 'first visit, page load (wire)').files).not.toContain('assets/LessonBuilder-q1.js')
  })

  it('holds the budgets of issues 13 and 14', () => {
    expect(BUDGETS.map((b) => b.budget / KB)).toEqual([150, 380, 12, 700, 200, 244, 1200])
  })
})
