import { useCallback } from 'react'
import { REGIONS, type RegionKey } from '../anatomy/regions'
import { liveScene } from '../scene/liveScene'
import { useActions, useAppStore } from '../state/store'
import './RegionLabels.css'

/**
 * Name tags that follow the regions on the skeleton (model-viewer style hotspots: real buttons).
 * The scene moves them every frame by writing their transform; React only renders them once.
 */
export function RegionLabels() {
  const visible = useAppStore((s) => s.labelsVisible)
  const ready = useAppStore((s) => s.modelDetail !== 'none')
  const selected = useAppStore((s) => s.region)
  const hover = useAppStore((s) => s.hoverRegion)
  const { select, openPanel, setHoverRegion } = useActions()

  const register = useCallback((key: RegionKey) => (el: HTMLButtonElement | null) => {
    if (el) liveScene.labelElements.set(key, el)
    else liveScene.labelElements.delete(key)
  }, [])

  if (!visible || !ready) return null
  return (
    // Pointer-only shortcuts: keyboard and screen-reader users have the same regions in the region list,
    // so the tags stay out of the accessibility tree instead of naming every region twice.
    <div className="region-labels" aria-hidden="true">
      {REGIONS.map((r) => (
        <button
          key={r.key}
          ref={register(r.key)}
          type="button"
          className="region-label"
          data-region={r.key}
          data-active={r.key === selected || r.key === hover ? 'true' : undefined}
          aria-pressed={r.key === selected}
          hidden
          tabIndex={-1}
          onClick={() => (r.key === selected ? openPanel() : select(r.key))}
          onPointerEnter={() => setHoverRegion(r.key)}
          onPointerLeave={() => setHoverRegion(null)}
        >
          <span className="region-label__dot" aria-hidden="true" />
          <span className="region-label__text">{r.label}</span>
        </button>
      ))}
    </div>
  )
}
