import { describe, expect, it } from 'vitest'
import { MUSCLE_BY_NAME, MUSCLES } from '../../src/anatomy/muscles'
import { chainFrame, chainDuration, linkStartTime, PULSE_SECONDS, GLOW_RISE_SECONDS, createChainFrame } from '../../src/chains/playback'
import { resolveChain } from '../../src/chains/resolve'
import { conditionById } from '../../src/conditions'
import type { ConditionLink } from '../../src/conditions/types'
import { getGlossaryEntry } from '../../src/content/glossary'
import { chainMuscleGlow, chainMuscleNodes, linkMuscleNodes, type MuscleGlow } from '../../src/muscles/chainMuscles'
import { GLOSSARY_MUSCLES, glossaryMuscleNodes } from '../../src/muscles/glossaryMuscles'
import { ACTIVITY_SHIFTS, muscleActivity, normalActivity, shiftsFor, sidePhase } from '../../src/muscles/muscleActivity'
import { parseHash, formatHash, DEFAULT_URL_STATE } from '../../src/state/urlHash'
import { createAppStore } from '../../src/state/store'
import { pageActionFor } from '../../src/ui/keyMap'

// Every chain module, registered as a condition yet or not, so the muscles they name are checked now.
const chainModules = import.meta.glob<{ links: readonly ConditionLink[] }>('../../src/conditions/*/chain.ts', { eager: true })
const allLinks = Object.entries(chainModules).flatMap(([path, mod]) => mod.links.map((l) => ({ condition: path.split('/').at(-2)!, link: l })))
const linksOf = (condition: string) => allLinks.filter((l) => l.condition === condition).map((l) => l.link)

describe('links that name muscles', () => {
  it('name only muscles of the muscle table, in every chain', () => {
    expect(allLinks.length).toBeGreaterThan(30)
    const unknown = allLinks.flatMap(({ condition, link }) => (link.muscles ?? []).filter((m) => !MUSCLE_BY_NAME.has(m)).map((m) => `${condition}/${link.id}: ${m}`))
    expect(unknown).toEqual([])
  })

  it('tell the stories the issue asks for', () => {
    const named = (condition: string, linkId: string) => linksOf(condition).find((l) => l.id === linkId)?.muscles ?? []
    // Trendelenburg: the pelvis sags because the standing side's abductors give way.
    expect(named('weak-hip-abductors', 'pelvis-sags')).toContain('gluteus_medius')
    expect(linksOf('weak-hip-abductors').find((l) => l.id === 'pelvis-sags')!.muscleSide).toBe('same')
    expect(named('pinched-nerve-root', 'foot-drop-steppage')).toEqual(['tibialis_anterior'])
    expect(named('pinched-nerve-root', 'hip-abductor-weakness')).toContain('gluteus_medius')
    expect(named('stiff-knee', 'pelvic-hike')).toEqual(['quadratus_lumborum'])
    expect(named('stiff-ankle', 'pelvic-hike')).toEqual(['quadratus_lumborum'])
    // Every overloaded low back names the back muscles.
    const overloaded = allLinks.filter(({ link }) => link.kind === 'lumbar' && link.role === 'overloaded')
    expect(overloaded.filter(({ link }) => !link.muscles?.includes('erector_spinae')).map((l) => l.condition)).toEqual([])
  })

  it('light the side the story happens on', () => {
    const chain = resolveChain('lumbar', 'right', conditionById('pinched-nerve-root'))
    const foot = chain.links.find((l) => l.id === 'foot-drop-steppage')!
    expect(linkMuscleNodes(foot, chain.side)).toEqual(['muscle_tibialis_anterior_r'])
    const back = chain.links.find((l) => l.id === 'lumbar-loop')!
    expect(linkMuscleNodes(back, chain.side).toSorted()).toEqual(['muscle_erector_spinae_l', 'muscle_erector_spinae_r'])
    const knee = resolveChain('knee-left', 'left', conditionById('stiff-knee'))
    expect(linkMuscleNodes(knee.links.find((l) => l.id === 'pelvic-hike')!, knee.side)).toEqual(['muscle_quadratus_lumborum_l'])
    expect(linkMuscleNodes(knee.links.find((l) => l.id === 'contralateral-vault')!, knee.side).toSorted()).toEqual(['muscle_gastrocnemius_r', 'muscle_soleus_r'])
    expect([...chainMuscleNodes(knee)]).toContain('muscle_erector_spinae_r')
  })
})

describe('chain muscle glow over time', () => {
  const chain = resolveChain('lumbar', 'left', conditionById('pinched-nerve-root'))
  const glowAt = (t: number) => new Map(chainMuscleGlow(chain, chainFrame(chain, t, createChainFrame()), new Map<string, MuscleGlow>()))
  const foot = chain.links.findIndex((l) => l.id === 'foot-drop-steppage')

  it('lights nothing before the first named link, then the link’s muscles in its role as the pulse arrives', () => {
    expect(glowAt(0.5).size).toBe(0)
    const start = linkStartTime(chain, foot)
    expect(glowAt(start + 0.2).get('muscle_tibialis_anterior_l')).toBeUndefined()
    const lit = glowAt(start + PULSE_SECONDS + GLOW_RISE_SECONDS + 0.1).get('muscle_tibialis_anterior_l')
    expect(lit).toEqual({ role: 'weak', intensity: 1 })
    expect(glowAt(start + 2).has('muscle_tibialis_anterior_r')).toBe(false)
  })

  it('keeps earlier links’ muscles at a steady glow and ends on the back muscles of both sides', () => {
    const end = glowAt(chainDuration(chain) + 1)
    expect(end.get('muscle_tibialis_anterior_l')!.intensity).toBeGreaterThan(0.4)
    expect(end.get('muscle_tibialis_anterior_l')!.intensity).toBeLessThan(1)
    expect(end.get('muscle_erector_spinae_l')).toEqual({ role: 'overloaded', intensity: 1 })
    expect(end.get('muscle_erector_spinae_r')).toEqual({ role: 'overloaded', intensity: 1 })
  })
})

describe('muscle words in the panels', () => {
  it('map glossary entries to muscles that exist', () => {
    for (const [key, names] of Object.entries(GLOSSARY_MUSCLES)) {
      expect(getGlossaryEntry(key), key).toBeTruthy()
      for (const n of names) expect(MUSCLE_BY_NAME.has(n), `${key}: ${n}`).toBe(true)
    }
  })

  it('light limb muscles on the problem side and trunk muscles on both', () => {
    expect(glossaryMuscleNodes('hip-abductors', 'right')).toEqual(['muscle_gluteus_medius_r', 'muscle_gluteus_minimus_r'])
    expect(glossaryMuscleNodes('erector-spinae', 'right')).toEqual(['muscle_erector_spinae_l', 'muscle_erector_spinae_r'])
    expect(glossaryMuscleNodes('foot-drop', null)).toEqual(['muscle_tibialis_anterior_l', 'muscle_tibialis_anterior_r'])
    expect(glossaryMuscleNodes('sciatica', 'left')).toEqual([])
  })
})

describe('activity shading', () => {
  const ta = MUSCLE_BY_NAME.get('tibialis_anterior')!
  const es = MUSCLE_BY_NAME.get('erector_spinae')!

  it('follows each muscle’s on-windows of its own side’s stride', () => {
    for (const m of MUSCLES) {
      for (const [a, b] of m.emg.windows) {
        const mid = b >= a ? (a + b) / 2 : ((a + b + 1) / 2) % 1
        expect(normalActivity(m, mid), m.name).toBe(1)
      }
    }
    // The gastrocnemius rests in swing (75 % of the cycle), the tibialis anterior works then.
    expect(normalActivity(MUSCLE_BY_NAME.get('gastrocnemius')!, 0.75)).toBe(0)
    expect(normalActivity(ta, 0.75)).toBe(1)
    // The left side runs half a cycle behind the right.
    expect(sidePhase(0.1, 'left')).toBeCloseTo(0.6)
    expect(sidePhase(0.1, 'right')).toBeCloseTo(0.1)
  })

  it('shifts where a condition’s source says so, with the link that brings it', () => {
    const guard = shiftsFor('nonspecific-low-back-pain', 'erector_spinae', 'right', 'left')
    expect(guard).toHaveLength(1)
    expect(muscleActivity(es, 0.8, guard, {}, 1)).toBe(0)
    expect(muscleActivity(es, 0.8, guard, { 'paraspinal-guarding': 1 }, 1)).toBe(1)
    const drop = shiftsFor('pinched-nerve-root', 'tibialis_anterior', 'left', 'left')
    expect(shiftsFor('pinched-nerve-root', 'tibialis_anterior', 'right', 'left')).toEqual([])
    expect(muscleActivity(ta, 0.75, drop, { 'foot-drop-steppage': 1 }, 1)).toBeCloseTo(0.25)
    expect(muscleActivity(ta, 0.75, drop, { 'foot-drop-steppage': 0 }, 1)).toBe(1)
    for (const s of ACTIVITY_SHIFTS) expect(MUSCLE_BY_NAME.has(s.muscle)).toBe(true)
  })
})

describe('the muscle layer setting', () => {
  it('round-trips through the link and defaults to the chain’s muscles', () => {
    expect(DEFAULT_URL_STATE.muscles).toBe('chain')
    expect(parseHash('#region=knee-left&muscles=all').state.muscles).toBe('all')
    expect(formatHash({ ...DEFAULT_URL_STATE, region: 'knee-left', condition: 'stiff-knee', muscles: 'off' })).toBe('#region=knee-left&muscles=off')
    expect(formatHash({ ...DEFAULT_URL_STATE, region: 'knee-left', condition: 'stiff-knee' })).toBe('#region=knee-left')
    const bad = parseHash('#region=knee-left&muscles=%3Cb%3Ebones')
    expect(bad.state.muscles).toBe('chain')
    expect(bad.problems.join(' ')).toContain('not one of off, chain, all')
  })

  it('cycles off, chain, all with the M key and rejects other values', () => {
    expect(pageActionFor('M')).toBe('cycle-muscles')
    const store = createAppStore()
    const { actions } = store.getState()
    expect(store.getState().muscleLayer).toBe('chain')
    actions.cycleMuscleLayer()
    expect(store.getState().muscleLayer).toBe('all')
    actions.cycleMuscleLayer()
    expect(store.getState().muscleLayer).toBe('off')
    expect(() => actions.setMuscleLayer('some' as never)).toThrow(RangeError)
  })
})
