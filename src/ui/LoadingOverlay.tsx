import { useProgress } from '@react-three/drei'
import { useAppStore } from '../state/store'

/** Shown until the first skeleton is on screen, with real byte progress of the model file. */
export function LoadingOverlay() {
  const status = useAppStore((s) => s.sceneStatus)
  const { progress } = useProgress()
  if (status !== 'loading') return null
  return (
    <div className="loading-overlay" role="status" aria-live="polite">
      <div className="loading-overlay__bar" aria-hidden="true">
        <span style={{ width: `${Math.max(4, progress).toFixed(0)}%` }} />
      </div>
      <p>Loading the skeleton…</p>
    </div>
  )
}
