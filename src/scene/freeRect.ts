/**
 * The part of the 3D view that no overlay covers, so the camera frames the chain where people can see
 * it (not under the caption, the legend, the controls or the presenter's buttons). Pure geometry: no
 * DOM, no three; src/ui/stageOverlays.ts measures the boxes.
 */

export interface Rect {
  left: number
  top: number
  right: number
  bottom: number
}

const area = (r: Rect) => Math.max(0, r.right - r.left) * Math.max(0, r.bottom - r.top)

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/**
 * The largest rectangle left after cutting each overlay away, one at a time, on the side that keeps
 * the most room (greedy: overlays hug the edges of the view, where this is what a person would pick).
 * Larger overlays are cut first so a small button cannot steal a whole side from a large panel.
 */
export function freeRect(frame: Rect, overlays: readonly Rect[]): Rect {
  let free = { ...frame }
  const ordered = [...overlays].toSorted((a, b) => area(b) - area(a))
  for (const o of ordered) {
    if (!overlaps(free, o)) continue
    const options: Rect[] = [
      { ...free, bottom: Math.min(free.bottom, o.top) },
      { ...free, top: Math.max(free.top, o.bottom) },
      { ...free, right: Math.min(free.right, o.left) },
      { ...free, left: Math.max(free.left, o.right) },
    ]
    free = options.reduce((best, r) => (area(r) > area(best) ? r : best))
  }
  return free
}
