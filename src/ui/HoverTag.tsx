import { getRegion } from '../anatomy/regions'
import { useAppStore } from '../state/store'
import './HoverTag.css'

/**
 * The name of the region under the pointer or keyboard focus, read out politely to screen readers
 * and shown at the top of the stage (labels can be hidden; this always answers a hover).
 */
export function HoverTag() {
  const hover = useAppStore((s) => s.hoverRegion)
  const selected = useAppStore((s) => s.region)
  return (
    <div className="hover-tag" aria-live="polite" data-visible={hover ? 'true' : undefined}>
      {hover ? (
        <>
          <span className="hover-tag__name">{getRegion(hover).label}</span>
          <span className="hover-tag__hint">{hover === selected ? 'chosen' : 'click to choose'}</span>
        </>
      ) : null}
    </div>
  )
}
