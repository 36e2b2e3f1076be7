import type { Rect } from '../scene/freeRect'

/**
 * Everything drawn over the 3D view that must not hide the chain: the caption and legend, the
 * presenter's buttons and counter, "At a glance", the prediction question, the playback controls,
 * the charts and the view buttons. (The title card covers the stage on purpose and is left out.)
 */
export const STAGE_OVERLAYS = [
  '.step-caption',
  '.role-legend',
  '.presenter-bar__buttons',
  '.presenter-bar__count',
  '.presenter-glance',
  '.predict-prompt',
  '.chain-controls',
  '.gait-charts',
  '.view-controls__group',
].join(', ')

/** Page-pixel boxes of the overlays on screen now (hidden ones have no size and are skipped). */
export function stageOverlayRects(root: ParentNode = document): Rect[] {
  const rects: Rect[] = []
  for (const el of root.querySelectorAll(STAGE_OVERLAYS)) {
    const r = el.getBoundingClientRect()
    if (r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden') rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })
  }
  return rects
}
