import { qualityStatus } from '../quality/ladder'
import { useAppStore } from '../state/store'
import './QualityStatus.css'

/**
 * A small line saying what the 3D view gave up to keep the walk smooth on this computer
 * (nothing is shown at the best quality). Read by screen readers when it changes.
 */
export function QualityStatus() {
  const text = useAppStore((s) => (s.sceneStatus === 'ready' ? qualityStatus(s.quality, s.smoothEdges, window.devicePixelRatio) : null))
  return (
    // A polite live region without role=status: the notice bar is the page's one status region. One line
    // over the scene (cut short in a narrow column; screen readers read it whole).
    <p className="quality-status" aria-live="polite" hidden={text === null}>
      {text}
    </p>
  )
}
