import { describe, expect, it } from 'vitest'
import { planGlow } from '../../src/scene/glowPlan'
import { GLOW_MODE } from '../../src/scene/boneMaterial'
import { HOVER_COLOUR, ROLE_COLOURS, SELECTED_COLOUR } from '../../src/theme/palette'

describe('glow plan', () => {
  it('is dark with nothing hovered, chosen or playing', () => {
    const plan = planGlow({ hover: null, selected: null, chain: null })
    expect(Object.values(plan).every((g) => g.intensity === 0)).toBe(true)
  })

  it('lights the hovered region softly and the chosen one in its own colour', () => {
    const plan = planGlow({ hover: 'knee-left', selected: 'hip-right', chain: null })
    expect(plan['knee-left']).toMatchObject({ colour: HOVER_COLOUR, mode: GLOW_MODE.steady })
    expect(plan['hip-right']).toMatchObject({ colour: SELECTED_COLOUR })
    expect(plan['knee-right'].intensity).toBe(0)
  })

  it('gives each chain role its colour and its own motion', () => {
    const plan = planGlow({
      hover: null,
      selected: 'ankle-left',
      chain: { 'ankle-left': { role: 'origin', intensity: 1 }, lumbar: { role: 'overloaded', intensity: 0.5 }, 'hip-left': { role: 'weak', intensity: 1 } },
    })
    expect(plan['ankle-left']).toMatchObject({ colour: ROLE_COLOURS.origin, mode: GLOW_MODE.rings })
    expect(plan.lumbar).toMatchObject({ colour: ROLE_COLOURS.overloaded, mode: GLOW_MODE.throb })
    expect(plan['hip-left']).toMatchObject({ colour: ROLE_COLOURS.weak, mode: GLOW_MODE.flicker })
    expect(plan.lumbar.intensity).toBeLessThan(plan['ankle-left'].intensity)
  })

  it('keeps a chain colour under the pointer but still answers a hover on a dark region', () => {
    const plan = planGlow({ hover: 'pelvis', selected: 'lumbar', chain: { lumbar: { role: 'origin', intensity: 1 } } })
    expect(plan.lumbar.colour).toBe(ROLE_COLOURS.origin)
    expect(plan.pelvis.colour).toBe(HOVER_COLOUR)
  })
})
