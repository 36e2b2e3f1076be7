import { describe, expect, it } from 'vitest'
import { REGION_KEYS, REGIONS, getRegion, isRegionKey, mirrorRegion, regionKeyFor } from '../../src/anatomy/regions'

describe('region vocabulary', () => {
  it('holds exactly the eight contract keys, in display order', () => {
    expect(REGIONS.map((r) => r.key)).toEqual([
      'lumbar',
      'pelvis',
      'hip-left',
      'hip-right',
      'knee-left',
      'knee-right',
      'ankle-left',
      'ankle-right',
    ])
    expect([...REGION_KEYS]).toEqual(REGIONS.map((r) => r.key))
  })

  it('labels regions the way the contract names them', () => {
    expect(REGIONS.map((r) => r.label)).toEqual([
      'Lumbar spine',
      'Pelvis',
      'Left hip',
      'Right hip',
      'Left knee',
      'Right knee',
      'Left ankle',
      'Right ankle',
    ])
  })

  it('gives sided regions a side that matches their key and central ones none', () => {
    const central = REGIONS.filter((r) => r.kind === 'lumbar' || r.kind === 'pelvis')
    const sided = REGIONS.filter((r) => r.side !== null)
    expect(central.map((r) => r.side)).toEqual([null, null])
    expect(sided).toHaveLength(6)
    expect(sided.map((r) => r.key)).toEqual(sided.map((r) => `${r.kind}-${r.side}`))
  })

  it('recognises keys and rejects everything else', () => {
    expect(isRegionKey('knee-left')).toBe(true)
    for (const bad of ['knee', 'Knee-left', '', 'lumbar ', null, undefined, 3, {}]) expect(isRegionKey(bad)).toBe(false)
  })

  it('looks up, builds and mirrors keys', () => {
    expect(getRegion('hip-right').label).toBe('Right hip')
    expect(() => getRegion('elbow' as never)).toThrow(/Unknown region/)
    expect(regionKeyFor('ankle', 'right')).toBe('ankle-right')
    expect(regionKeyFor('pelvis', null)).toBe('pelvis')
    expect(mirrorRegion('knee-left')).toBe('knee-right')
    expect(mirrorRegion('ankle-right')).toBe('ankle-left')
    expect(mirrorRegion('lumbar')).toBe('lumbar')
  })
})
