import type { LinkRole } from '../chains/types'

/**
 * Okabe–Ito colours: distinguishable with the common colour-vision deficiencies and on a washed-out
 * projector. Every role also has its own motion on the skeleton (see GLOW_MODE) and its own
 * marker shape in the DOM, so no meaning rests on colour alone.
 */
export const ROLE_COLOURS: Readonly<Record<LinkRole, string>> = {
  origin: '#D55E00',
  compensating: '#E69F00',
  overloaded: '#CC79A7',
  nerve: '#56B4E9',
  weak: '#009E73',
}

export const ROLE_LABELS: Readonly<Record<LinkRole, string>> = {
  origin: 'Where it starts',
  compensating: 'Compensating',
  overloaded: 'Overloaded',
  nerve: 'Nerve signal',
  weak: 'Weakened',
}

/** Hover and keyboard focus: a soft warm light, distinct from every role colour. */
export const HOVER_COLOUR = '#fff1c9'
/** A chosen region before its chain starts. */
export const SELECTED_COLOUR = '#F0E442'
