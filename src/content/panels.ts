/**
 * TRANSITIONAL: the panel UI (src/ui/panel) still renders the older section layout (what goes wrong, steps,
 * what you may notice, what helps, did you know). This turns a condition's ConditionPanel into that layout
 * until the UI renders every ConditionPanel section itself; then this file goes.
 * Pure data: no React, no three.
 */
import type { SourceId } from './sources'
import type { ConditionPanel, RegionPanel } from './types'

/** The older panel layout for a condition's panel; only the options go under "What helps". */
export function regionPanelView(panel: ConditionPanel<SourceId>): Omit<RegionPanel<SourceId>, 'kind'> {
  return {
    title: panel.title,
    condition: panel.atAGlance.whatGoesWrong,
    whatGoesWrong: panel.whatGoesWrong.map((p) => p.text),
    howItReachesTheBack: panel.howItReachesTheBack.map(({ linkId, text }) => ({ linkId, text })),
    whatYouMayNotice: panel.whatYouMayNotice,
    whatHelps: panel.whatCliniciansMayOffer.map(({ title, text }) => ({ title, text })),
    didYouKnow:
      'A day holds 5,000–10,000 steps for many adults, and fewer for many people whose pain or illness limits ' +
      'walking, so a small change on each step repeats thousands of times.',
    sources: panel.sources,
  }
}
