import { useAppStore } from '../state/store'
import './LoadingOverlay.css'

/**
 * Shown until the first skeleton is on screen. The 3D code and the model arrive after the page, so
 * the region list and panels already work underneath.
 */
export function LoadingOverlay() {
  const status = useAppStore((s) => s.sceneStatus)
  if (status !== 'loading') return null
  return (
    <div className="loading-overlay" role="status" aria-live="polite">
      <div className="loading-overlay__bar" aria-hidden="true">
        <span />
      </div>
      <p>Loading the skeleton…</p>
    </div>
  )
}
