import { SOURCES, formatCitation, type SourceId } from '../../content/sources'
import type { RegionPanel } from '../../content/types'

/**
 * Characters of printed text (steps, what helps, sources) that fit one A4 page at full size
 * (measured from the handouts: height ≈ 260 px + 0.18 px per character, 1039 px printable).
 */
const ONE_PAGE_CHARACTERS = 4200

/** How much a long panel's handout is scaled down so it still prints on one page. */
export function printScale(panel: Omit<RegionPanel, 'kind'>): number {
  const chars =
    panel.howItReachesTheBack.reduce((n, s) => n + s.text.length, 0) +
    panel.whatHelps.reduce((n, h) => n + h.title.length + h.text.length + (h.note?.length ?? 0), 0) +
    panel.sources.reduce((n, id) => n + formatCitation(SOURCES[id as SourceId]).length * 0.6, 0)
  return Math.min(1, ONE_PAGE_CHARACTERS / chars)
}
