import { useEffect, useRef } from 'react'
import { getRegion } from '../anatomy/regions'
import { REGION_SUMMARIES } from '../content/summaries'
import { useActions, useAppStore } from '../state/store'

/** The side panel (a bottom sheet on phones) that explains the chosen region. */
export function ExplanationPanel() {
  const regionKey = useAppStore((s) => s.region)
  const open = useAppStore((s) => s.panelOpen)
  const { closePanel } = useActions()
  const headingRef = useRef<HTMLHeadingElement>(null)

  // Move the screen reader's attention to the new heading without scrolling the page around.
  useEffect(() => {
    if (open && regionKey) headingRef.current?.focus({ preventScroll: true })
  }, [open, regionKey])

  if (!open || !regionKey) return null
  const region = getRegion(regionKey)
  return (
    <aside className="explanation-panel" aria-labelledby="explanation-title" data-region={region.key}>
      <header className="explanation-panel__header">
        <h2 id="explanation-title" ref={headingRef} tabIndex={-1}>
          {region.label}
        </h2>
        <button type="button" className="icon-button" aria-label="Close explanation" title="Close (Esc)" onClick={closePanel}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="explanation-panel__summary">{REGION_SUMMARIES[region.kind]}</p>
    </aside>
  )
}
