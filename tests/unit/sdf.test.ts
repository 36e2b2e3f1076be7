import { describe, expect, it } from 'vitest'
import { capsule, roundCone, smoothUnion, sphere, subtract, union } from '../../tools/model/sdf/core'
import { polygonize } from '../../tools/model/mesh/polygonize'
import { degenerateTriangles, signedVolume, simplify } from '../../tools/model/mesh/simplify'

describe('signed distance toolkit', () => {
  it('gives exact distances for spheres and round cones', () => {
    expect(sphere([0, 0, 0], 1).d(2, 0, 0)).toBeCloseTo(1)
    expect(roundCone([0, 0, 0], [0, 1, 0], 0.2, 0.2).d(0.5, 0.5, 0)).toBeCloseTo(0.3)
  })

  it('keeps the deepest value inside overlapping parts of a union (for use as a cutter)', () => {
    const big = sphere([0, 0, 0], 1)
    const small = sphere([0.5, 0, 0], 0.1)
    // The small sphere comes first; at its centre the big one is deeper and must still count.
    expect(union(small, big).d(0.5, 0, 0)).toBeCloseTo(-0.5)
    expect(smoothUnion(0.05, small, big).d(0.5, 0, 0)).toBeLessThanOrEqual(-0.5)
  })

  it('skips far parts without changing the result', () => {
    const parts = Array.from({ length: 30 }, (_, i) => sphere([i * 0.1, 0, 0], 0.03))
    const u = union(...parts)
    for (const x of [0.05, 0.52, 2.9, 4]) expect(u.d(x, 0.01, 0)).toBeCloseTo(Math.min(...parts.map((p) => p.d(x, 0.01, 0))), 10)
  })
})

describe('mesher', () => {
  it('turns a field into a closed, outward-facing mesh of the right volume, then simplifies within the error', async () => {
    const field = subtract(sphere([0.1, 0.2, 0.3], 0.05), capsule([0.1, 0.15, 0.3], [0.1, 0.25, 0.3], 0.015))
    const dense = polygonize(field, { voxel: 0.001 })
    const expected = (4 / 3) * Math.PI * 0.05 ** 3 - Math.PI * 0.015 ** 2 * 0.1
    expect(signedVolume(dense)).toBeGreaterThan(0)
    expect(Math.abs(signedVolume(dense) - expected) / expected).toBeLessThan(0.01)
    let worst = 0
    for (let i = 0; i < dense.positions.length; i += 3) worst = Math.max(worst, Math.abs(field.d(dense.positions[i]!, dense.positions[i + 1]!, dense.positions[i + 2]!)))
    expect(worst).toBeLessThan(0.0001)
    const simple = await simplify(dense, { error: 0.0003 })
    expect(simple.indices.length).toBeLessThan(dense.indices.length / 20)
    expect(degenerateTriangles(simple)).toBe(0)
    expect(Math.abs(signedVolume(simple) - expected) / expected).toBeLessThan(0.02)
  })

  it('treats maxTriangles as a cap', async () => {
    const dense = polygonize(sphere([0, 0, 0], 0.05), { voxel: 0.001 })
    const capped = await simplify(dense, { error: 0.0001, maxTriangles: 300 })
    expect(capped.indices.length / 3).toBeLessThanOrEqual(300)
  })
})
