import { describe, expect, it } from 'vitest'
import { BONE_BY_NAME } from '../../src/anatomy/bones'
import { JOINT_BY_NAME } from '../../src/anatomy/joints'
import { STRAND_ATTACHMENTS } from '../../src/anatomy/muscleAttachments'
import { MUSCLES, isActiveAt, muscleNodeName, muscleStrands } from '../../src/anatomy/muscles'

const REQUIRED = [
  'gluteus_medius', 'gluteus_minimus', 'gluteus_maximus', 'iliopsoas', 'tensor_fasciae_latae', 'adductors', 'rectus_femoris',
  'vasti', 'hamstrings', 'gastrocnemius', 'soleus', 'tibialis_anterior', 'peroneals', 'erector_spinae', 'quadratus_lumborum',
]

describe('the muscle table (src/anatomy/muscles.ts)', () => {
  it('lists every muscle the brief asks for, once', () => {
    const names = MUSCLES.map((m) => m.name)
    expect(new Set(names).size).toBe(names.length)
    for (const n of REQUIRED) expect(names).toContain(n)
  })

  it('gives each muscle a label, regions, a one-sentence walking role and sane sizes', () => {
    for (const m of MUSCLES) {
      expect(m.label.length).toBeGreaterThan(3)
      expect(m.regions.length).toBeGreaterThan(0)
      expect(m.walking).toMatch(/^[A-Z][^.]*\.$/)
      expect(m.bellyRadius).toBeGreaterThan(m.tendonRadius)
      expect(m.bellyRadius).toBeLessThan(0.03)
      expect(m.tendon.origin + m.tendon.insertion).toBeLessThan(0.9)
    }
  })

  it('gives EMG windows inside the cycle, each with a grade and a source', () => {
    for (const m of MUSCLES) {
      expect(['measured', 'illustrative']).toContain(m.emg.grade)
      expect(m.emg.source.length).toBeGreaterThan(10)
      for (const [a, b] of m.emg.windows) {
        expect(a).toBeGreaterThanOrEqual(0)
        expect(b).toBeLessThanOrEqual(1)
        expect(b).toBeGreaterThan(a)
      }
    }
    const tibAnt = MUSCLES.find((m) => m.name === 'tibialis_anterior')!
    expect(isActiveAt(tibAnt, 0.8)).toBe(true) // swing: lifts the foot
    expect(isActiveAt(tibAnt, 0.3)).toBe(false) // mid-stance: quiet
    expect(isActiveAt(tibAnt, 1.8)).toBe(true) // phases wrap
  })

  it('fixes every attachment to the joint that carries its bone, and mirrors the right side', () => {
    for (const [name, a] of Object.entries(STRAND_ATTACHMENTS))
      for (const p of [a.origin, ...a.via, a.insertion]) {
        expect(BONE_BY_NAME.get(p.bone)?.joint, name).toBe(p.joint)
        expect(JOINT_BY_NAME.has(p.joint)).toBe(true)
        // Mapped points moved at most a few centimetres onto our bones (figures written by the generator).
        expect(p.moved, name).toBeLessThan(35)
      }
    for (const m of MUSCLES) {
      const l = muscleStrands(m, 'left'), r = muscleStrands(m, 'right')
      l.forEach((s, i) =>
        s.points.forEach((p, k) => {
          const q = r[i]!.points[k]!
          expect(q.offset).toEqual([-p.offset[0], p.offset[1], p.offset[2]])
          expect(JOINT_BY_NAME.get(q.joint)!.side).not.toBe('left')
        }),
      )
      expect(muscleNodeName(m.name, 'right')).toBe(`muscle_${m.name}_r`)
    }
  })
})
