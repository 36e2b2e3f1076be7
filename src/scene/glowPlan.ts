import { REGION_KEYS, type RegionKey } from '../anatomy/regions'
import type { LinkRole } from '../chains/types'
import { HOVER_COLOUR, ROLE_COLOURS, SELECTED_COLOUR } from '../theme/palette'
import { GLOW_MODE, type GlowMode } from './boneMaterial'

export interface RegionGlow {
  colour: string
  intensity: number
  mode: GlowMode
}

/** A region's part in the playing chain (role null: not reached yet). */
export interface ChainGlow {
  role: LinkRole | null
  intensity: number
}

/** Each role's glow motion; the muscles a link names move the same way as its bones. */
export const ROLE_MODE: Readonly<Record<LinkRole, GlowMode>> = {
  origin: GLOW_MODE.rings,
  compensating: GLOW_MODE.steady,
  overloaded: GLOW_MODE.throb,
  nerve: GLOW_MODE.steady,
  weak: GLOW_MODE.flicker,
}

const OFF: RegionGlow = { colour: '#000000', intensity: 0, mode: GLOW_MODE.steady }

/**
 * What every region glows like this frame. Chain glows come first; hover adds a soft light on top
 * of a region that is otherwise dark, so the pointer always shows what a click would choose.
 * Pure, so the rules are tested without a renderer.
 */
export function planGlow(input: {
  hover: RegionKey | null
  selected: RegionKey | null
  chain: Partial<Record<RegionKey, ChainGlow>> | null
}): Record<RegionKey, RegionGlow> {
  const out = {} as Record<RegionKey, RegionGlow>
  for (const key of REGION_KEYS) {
    const c = input.chain?.[key]
    if (c?.role && c.intensity > 0) out[key] = { colour: ROLE_COLOURS[c.role], intensity: 0.25 + 0.6 * c.intensity, mode: ROLE_MODE[c.role] }
    else if (key === input.selected) out[key] = { colour: SELECTED_COLOUR, intensity: 0.55, mode: GLOW_MODE.steady }
    else out[key] = OFF
    if (key === input.hover && out[key].intensity < 0.35) out[key] = { colour: HOVER_COLOUR, intensity: 0.35, mode: GLOW_MODE.steady }
  }
  return out
}
