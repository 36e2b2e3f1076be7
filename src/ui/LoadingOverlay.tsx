import { useAppStore } from '../state/store'
import './LoadingOverlay.css'

/**
 * Shown until the first skeleton is on screen. The 3D code and the model arrive after the page, so
 * the region list and panels already work underneath. Words only, with nothing moving: a sliding
 * progress bar kept the compositor drawing 60 frames a second, and under software rendering that
 * delayed the first skeleton frame by about 0.3 s (measured with `npm run bench`).
 */
export function LoadingOverlay() {
  const status = useAppStore((s) => s.sceneStatus)
  if (status !== 'loading') return null
  return (
    <div className="loading-overlay" role="status" aria-live="polite">
      <p>Loading the skeleton…</p>
    </div>
  )
}
