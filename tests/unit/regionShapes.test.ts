import { describe, expect, it } from 'vitest'
import { PICK_TOLERANCE, REGION_SHAPES, capsuleDistance, regionAtPoint, restShapes } from '../../src/anatomy/regionShapes'
import { REGION_KEYS } from '../../src/anatomy/regions'
import { JOINT_POSITIONS } from '../../src/anatomy/skeletonLayout'

describe('region shapes', () => {
  it('has one shape per region key, anchored to real joints', () => {
    expect(REGION_SHAPES.map((s) => s.key).toSorted()).toEqual([...REGION_KEYS].toSorted())
    for (const s of REGION_SHAPES) {
      expect(JOINT_POSITIONS[s.a.joint]).toBeDefined()
      expect(JOINT_POSITIONS[s.b.joint]).toBeDefined()
    }
  })

  it('measures capsule distance with the sign inside negative', () => {
    expect(capsuleDistance([0, 0, 0], [0, -1, 0], [0, 1, 0], 0.5)).toBeCloseTo(-0.5)
    expect(capsuleDistance([2, 0, 0], [0, -1, 0], [0, 1, 0], 0.5)).toBeCloseTo(1.5)
    expect(capsuleDistance([0, 3, 0], [0, -1, 0], [0, 1, 0], 0.5)).toBeCloseTo(1.5)
  })

  it('puts every joint centre in its own region', () => {
    const shapes = restShapes()
    const cases: [string, string][] = [
      ['hip_l', 'hip-left'],
      ['hip_r', 'hip-right'],
      ['knee_l', 'knee-left'],
      ['knee_r', 'knee-right'],
      ['ankle_l', 'ankle-left'],
      ['ankle_r', 'ankle-right'],
      ['L3_L4', 'lumbar'],
    ]
    for (const [joint, key] of cases) expect(regionAtPoint(JOINT_POSITIONS[joint]!, shapes)).toBe(key)
  })

  it('prefers the small joint where it overlaps the pelvis', () => {
    const shapes = restShapes()
    const hip = JOINT_POSITIONS.hip_l!
    const pelvis = shapes.find((s) => s.key === 'pelvis')!
    expect(capsuleDistance(hip, pelvis.a, pelvis.b, pelvis.radius)).toBeLessThan(0)
    expect(regionAtPoint(hip, shapes)).toBe('hip-left')
  })

  it('accepts points just outside a shape and rejects points far from all of them', () => {
    const shapes = restShapes()
    const knee = shapes.find((s) => s.key === 'knee-left')!
    const justOutside: [number, number, number] = [knee.a[0] + knee.radius + PICK_TOLERANCE / 2, knee.a[1], knee.a[2]]
    expect(regionAtPoint(justOutside, shapes)).toBe('knee-left')
    expect(regionAtPoint([0, 1.7, 0.3], shapes)).toBeNull()
  })
})
