import { describe, expect, it } from 'vitest'
import { REGION_KEYS, getRegion, type RegionKey } from '../../src/anatomy/regions'
import {
  GLOW_RISE_SECONDS,
  ORIGIN_GLOW,
  PULSE_SECONDS,
  REACHED_GLOW,
  WEIGHT_FADE_SECONDS,
  chainDuration,
  chainFrame,
  createChainFrame,
  linkAtTime,
  linkStartTime,
} from '../../src/chains/playback'
import { resolveChain } from '../../src/chains/resolve'
import type { ResolvedChain } from '../../src/chains/types'
import { conditionsFor } from '../../src/conditions'

/** Every condition's chain on every region it can start at (both sides for the central regions). */
const CHAINS: ResolvedChain[] = REGION_KEYS.flatMap((key) =>
  conditionsFor(getRegion(key).kind).flatMap((condition) =>
    key === 'lumbar' || key === 'pelvis'
      ? [resolveChain(key, 'left', condition), resolveChain(key, 'right', condition)]
      : [resolveChain(key, 'left', condition)],
  ),
)

describe('chain timing', () => {
  it('lasts the sum of its links’ durations', () => {
    for (const c of CHAINS) {
      expect(chainDuration(c)).toBeCloseTo(c.links.reduce((s, l) => s + l.duration, 0), 12)
      expect(linkStartTime(c, 0)).toBe(0)
      expect(linkStartTime(c, c.links.length)).toBeCloseTo(chainDuration(c), 12)
    }
  })

  it('round-trips time → link → start time for every link of every chain', () => {
    for (const c of CHAINS) {
      c.links.forEach((link, i) => {
        const start = linkStartTime(c, i)
        expect(linkAtTime(c, start)).toBe(i)
        expect(linkAtTime(c, start + link.duration / 2)).toBe(i)
        expect(linkAtTime(c, start + link.duration - 1e-9)).toBe(i)
        expect(linkStartTime(c, linkAtTime(c, start + 0.3))).toBe(start)
        const f = chainFrame(c, start + 0.3)
        expect(f.linkIndex).toBe(i)
        expect(f.linkTime).toBeCloseTo(0.3, 12)
        expect(f.linkProgress).toBeCloseTo(0.3 / link.duration, 12)
      })
    }
  })

  it('rejects a link index that does not exist', () => {
    expect(() => linkStartTime(CHAINS[0]!, -1)).toThrow(RangeError)
    expect(() => linkStartTime(CHAINS[0]!, 99)).toThrow(RangeError)
  })

  it('holds the last link after the end, fully faded in and glowing', () => {
    for (const c of CHAINS) {
      const last = c.links.length - 1
      for (const t of [chainDuration(c), chainDuration(c) + 0.01, 1e6]) {
        const f = chainFrame(c, t)
        expect(f.linkIndex).toBe(last)
        expect(f.finished).toBe(true)
        expect(f.linkProgress).toBe(1)
        for (const l of c.links) expect(f.weights[l.change]).toBe(1)
        expect(f.pulse.active).toBe(false)
        expect(f.glow.lumbar.role).toBe('overloaded')
        expect(f.glow.lumbar.intensity).toBe(1)
      }
    }
  })

  it('starts at the first link with nothing faded in for t ≤ 0', () => {
    for (const c of CHAINS) {
      const f = chainFrame(c, -3)
      expect(f.linkIndex).toBe(0)
      expect(f.finished).toBe(false)
      expect(f.weights[c.links[0]!.change]).toBe(0)
    }
  })
})

describe('gait change weights', () => {
  it('keep reached links at 1, fade the current one in over its first 1.5 s, and leave later ones at 0', () => {
    for (const c of CHAINS) {
      c.links.forEach((link, i) => {
        const start = linkStartTime(c, i)
        const at = (dt: number) => chainFrame(c, start + dt).weights
        expect(at(0)[link.change]).toBe(0)
        const mid = at(WEIGHT_FADE_SECONDS / 2)[link.change]
        expect(mid).toBeGreaterThan(0.2)
        expect(mid).toBeLessThan(0.8)
        expect(at(WEIGHT_FADE_SECONDS / 4)[link.change]).toBeLessThan(mid!)
        expect(at(WEIGHT_FADE_SECONDS)[link.change]).toBe(1)
        const w = at(0.2)
        expect(c.links.slice(0, i).map((l) => w[l.change])).toEqual(c.links.slice(0, i).map(() => 1))
        expect(c.links.slice(i + 1).map((l) => w[l.change])).toEqual(c.links.slice(i + 1).map(() => 0))
      })
    }
  })

  it('give every change outside the chain weight 0, also in a frame reused from another chain', () => {
    const frame = createChainFrame()
    chainFrame(resolveChain('lumbar'), 100, frame)
    const c = resolveChain('knee-left')
    const inChain = new Set(c.links.map((l) => l.change))
    const f = chainFrame(c, 100, frame)
    const outside = Object.entries(f.weights).filter(([id]) => !inChain.has(id))
    expect(outside.length).toBeGreaterThan(0)
    for (const [, w] of outside) expect(w).toBe(0)
    for (const id of inChain) expect(f.weights[id]).toBe(1)
  })
})

describe('travelling pulse', () => {
  it('runs from the previous link’s region to the current one over the first second of each link', () => {
    for (const c of CHAINS) {
      expect(chainFrame(c, 0.5).pulse).toEqual({ active: false, from: null, to: null, progress: 0 })
      for (let i = 1; i < c.links.length; i++) {
        const start = linkStartTime(c, i)
        const p = chainFrame(c, start + PULSE_SECONDS / 2).pulse
        expect(p.active).toBe(true)
        expect(p.from).toBe(c.links[i - 1]!.region)
        expect(p.to).toBe(c.links[i]!.region)
        expect(p.progress).toBeCloseTo(0.5, 12)
        expect(chainFrame(c, start).pulse.progress).toBe(0)
        const after = chainFrame(c, start + PULSE_SECONDS + 0.01).pulse
        expect(after.active).toBe(false)
        expect(after.progress).toBe(1)
      }
    }
  })
})

describe('region glow', () => {
  it('lights the origin as the problem first, and nothing outside the chain', () => {
    for (const c of CHAINS) {
      const f = chainFrame(c, GLOW_RISE_SECONDS + 0.01)
      expect(f.glow[c.links[0]!.region]).toEqual({ role: 'origin', intensity: 1 })
      expect(chainFrame(c, 0).glow[c.links[0]!.region].intensity).toBe(0)
      const used = new Set<RegionKey>(c.links.map((l) => l.region))
      const end = chainFrame(c, 1e6)
      for (const key of REGION_KEYS.filter((k) => !used.has(k))) expect(end.glow[key]).toEqual({ role: null, intensity: 0 })
    }
  })

  it('lights each link as the pulse arrives and keeps earlier links at a steady glow', () => {
    for (const c of CHAINS) {
      for (let i = 1; i < c.links.length; i++) {
        const link = c.links[i]!
        const start = linkStartTime(c, i)
        // Dark until the pulse arrives (unless an earlier link already lit it), then rising to full.
        const earlier = c.links.slice(0, i).some((l) => l.region === link.region)
        expect(chainFrame(c, start + PULSE_SECONDS / 2).glow[link.region].intensity).toBe(earlier ? chainFrame(c, start).glow[link.region].intensity : 0)
        const lit = chainFrame(c, start + PULSE_SECONDS + GLOW_RISE_SECONDS + 0.01).glow[link.region]
        expect(lit).toEqual({ role: link.role, intensity: 1 })
        // Earlier links: steady (the same a moment later), the origin brighter than the others.
        for (let j = 0; j < i; j++) {
          const r = c.links[j]!.region
          if (r === link.region || c.links.slice(j + 1, i).some((l) => l.region === r)) continue
          const a = chainFrame(c, start + 0.2).glow[r]
          const b = chainFrame(c, start + link.duration - 0.2).glow[r]
          expect(a).toEqual(b)
          expect(a.role).toBe(c.links[j]!.role)
          expect(a.intensity).toBe(c.links[j]!.role === 'origin' ? ORIGIN_GLOW : REACHED_GLOW)
        }
      }
    }
  })

  it('ends with the lumbar spine overloaded, even where it was also the origin', () => {
    const c = resolveChain('lumbar', 'left')
    expect(chainFrame(c, 1).glow.lumbar.role).toBe('origin')
    expect(chainFrame(c, chainDuration(c) - 0.1).glow.lumbar).toEqual({ role: 'overloaded', intensity: 1 })
  })
})

describe('per-frame use', () => {
  it('fills a reused frame in place and returns it', () => {
    const c = resolveChain('ankle-right')
    const out = createChainFrame()
    const glow = out.glow
    expect(chainFrame(c, 7, out)).toBe(out)
    expect(out.glow).toBe(glow)
    expect(chainFrame(c, 7, out)).toEqual(chainFrame(c, 7))
  })
})
