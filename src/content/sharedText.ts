/** Sentences several panels share. Pure data. */

/** The caveat under every anti-inflammatory medicine item. */
export const NSAID_CAVEAT = 'They do not suit everyone, because of their side effects.'
