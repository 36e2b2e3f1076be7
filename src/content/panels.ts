/**
 * LEGACY VIEW for today's panel UI (src/ui/panel), which still reads one `RegionPanel` per region kind.
 * Each is derived from that kind's default condition (src/conditions/<id>/panel.ts), so the UI shows the
 * checked words until it reads `ConditionPanel` directly; then this file goes. The hip keeps today's three
 * chain steps because today's hip animation still plays them (the lead switches it to hip-osteoarthritis).
 * Pure data: no React, no three.
 */
import type { RegionKind } from '../anatomy/regions'
import { panel as ankle } from '../conditions/stiff-ankle/panel'
import { panel as hipOa } from '../conditions/hip-osteoarthritis/panel'
import { panel as knee } from '../conditions/stiff-knee/panel'
import { panel as lumbar } from '../conditions/pinched-nerve-root/panel'
import { panel as pelvis } from '../conditions/sacroiliac-joint-pain/panel'
import type { SourceId } from './sources'
import type { ConditionPanel, PanelStep, RegionPanel } from './types'

/** What today's hip animation plays (pain, Trendelenburg drop with forward tilt, trunk lean), in graded words. */
const LEGACY_HIP_STEPS: readonly PanelStep[] = [
  {
    linkId: 'hip-painful',
    text: 'A painful {side} hip stops short of swinging back behind the body, and its step is kept short ([[antalgic-gait|antalgic gait]]).',
  },
  {
    linkId: 'pelvic-drop-and-tilt',
    text: 'This older animation also shows the {otherSide} side of the pelvis sagging ([[trendelenburg-gait|Trendelenburg gait]]), which belongs to weak hip muscles, and the pelvis tipping forward, which is thought to stand in for the lost hip movement.',
  },
  {
    linkId: 'trunk-lean',
    text: 'Leaning over the painful hip is thought to ease it, but it bends the low back sideways on every step.',
  },
]

function legacyView(kind: RegionKind, panel: ConditionPanel<SourceId>, steps?: readonly PanelStep[]): RegionPanel<SourceId> {
  return {
    kind,
    title: panel.title,
    condition: panel.atAGlance.whatGoesWrong.replace(/\[\[[^\]|]+\|([^\]]+)\]\]/g, '$1').replace(/\[\[([^\]]+)\]\]/g, '$1'),
    whatGoesWrong: panel.whatGoesWrong.map((p) => p.text),
    howItReachesTheBack: steps ?? panel.howItReachesTheBack.map(({ linkId, text }) => ({ linkId, text })),
    whatYouMayNotice: panel.whatYouMayNotice,
    // Only the options: what guidelines advise against must never appear under "What helps".
    whatHelps: panel.whatCliniciansMayOffer.map(({ title, text }) => ({ title, text })),
    didYouKnow: 'A day holds 5,000–10,000 steps for many adults, and fewer for many people whose pain or illness limits walking, so a small change on each step repeats thousands of times.',
    sources: panel.sources,
  }
}

/** The explanation panel of each region family (its default condition); sided regions share their kind's panel. */
export const PANELS: Readonly<Record<RegionKind, RegionPanel<SourceId>>> = {
  lumbar: legacyView('lumbar', lumbar),
  pelvis: legacyView('pelvis', pelvis),
  hip: legacyView('hip', hipOa, LEGACY_HIP_STEPS),
  knee: legacyView('knee', knee),
  ankle: legacyView('ankle', ankle),
}
