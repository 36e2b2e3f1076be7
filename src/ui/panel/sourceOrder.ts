import { RED_FLAGS } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import type { ConditionPanelText } from '../../conditions/types'

/**
 * The sources a panel lists, in order: the panel's own list, then any source a section cites that the
 * list lacks, so that every citation number in the panel points at a listed source.
 */
export function panelSourceOrder(panel: ConditionPanelText): readonly SourceId[] {
  const cited: SourceId[] = [
    ...panel.sources,
    ...panel.getHelpNow.flatMap((id) => RED_FLAGS[id].sources),
    ...panel.whatGoesWrong.flatMap((p) => p.sources ?? []),
    ...panel.howItReachesTheBack.flatMap((s) => s.sources ?? []),
    ...panel.whatCliniciansMayOffer.flatMap((o) => o.sources),
    ...panel.whatGuidelinesAdviseAgainst.flatMap((a) => a.sources),
    ...panel.teenExample.sources,
    ...panel.dailyFigure.sources,
  ]
  return [...new Set(cited)]
}
