import { toPlainText } from '../../content/richText'
import { RED_FLAGS } from '../../content/redFlags'
import { SOURCES, formatCitation } from '../../content/sources'
import type { ConditionPanelText } from '../../conditions/types'
import { panelSourceOrder } from './sourceOrder'

/**
 * The printed handout's height in CSS px at full size ≈ FIXED_PX + PX_PER_CHARACTER × handoutCharacters,
 * fitted to the five first panels printed at A4 width (1739 px for 4,719 characters to 2028 px for 6,436).
 * Two A4 pages hold 2 × 1040 px; the target leaves room for blocks that may not break across pages.
 * tests/browser/panelContent.test.ts holds every condition's PDF to two pages.
 */
const FIXED_PX = 946
const PX_PER_CHARACTER = 0.168
const TWO_PAGES_PX = 1950

/** The printed handout's text length: the full panel, "Get help now", the classroom material, sources. */
export function handoutCharacters(panel: ConditionPanelText): number {
  const c = panel.classroom
  const texts = [
    ...panel.getHelpNow.flatMap((id) => [RED_FLAGS[id].text, RED_FLAGS[id].action]),
    ...panel.whatGoesWrong.map((p) => p.text),
    ...panel.howItReachesTheBack.map((s) => s.text),
    ...panel.whatYouMayNotice,
    ...[...panel.whatCliniciansMayOffer, ...panel.whatGuidelinesAdviseAgainst].map((i) => `${i.title} ${i.text}`),
    panel.teenExample.title,
    panel.teenExample.text,
    panel.dailyFigure.template,
    ...c.objectives,
    c.vignette,
    ...c.questions,
    c.myth.myth,
    c.myth.fact,
  ]
  const body = texts.reduce((n, t) => n + toPlainText(t).length, 0)
  // Sources print in smaller type, two columns: they take about 0.6 of a body character's room each.
  const sources = panelSourceOrder(panel).reduce((n, id) => n + formatCitation(SOURCES[id]).length * 0.6, 0)
  return body + sources
}

/** How much a long panel's handout is scaled down so it still prints on two pages (1 = not at all). */
export function printScale(panel: ConditionPanelText): number {
  return Math.min(1, TWO_PAGES_PX / (FIXED_PX + PX_PER_CHARACTER * handoutCharacters(panel)))
}
