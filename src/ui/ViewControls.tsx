import type { CameraView } from '../state/store'
import { MuscleControls } from './MuscleControls'
import { useActions, useAppStore } from '../state/store'
import './ViewControls.css'

const VIEWS: { view: CameraView; label: string; key: string }[] = [
  { view: 'front', label: 'Front', key: 'Shift+F' },
  { view: 'back', label: 'Back', key: 'Shift+B' },
  { view: 'left', label: 'Left', key: 'Shift+L' },
  { view: 'right', label: 'Right', key: 'Shift+R' },
  { view: 'top', label: 'Top', key: 'Shift+T' },
  { view: 'reset', label: 'Reset', key: '0' },
]

/** Anatomical views (the skeleton's own left and right), the name-tag and "fade others" switches, the muscle layer. */
export function ViewControls() {
  const { requestView, setLabelsVisible, setFadeOthers } = useActions()
  const labelsVisible = useAppStore((s) => s.labelsVisible)
  const fadeOthers = useAppStore((s) => s.fadeOthers)
  const hasRegion = useAppStore((s) => s.region !== null)
  return (
    <div className="view-controls" role="toolbar" aria-label="View">
      <div className="view-controls__group">
        <button
          type="button"
          className="chip"
          title="Gait lab: side view of the whole walk and the stride grid (lines every 10 cm, bright marks every metre)"
          onClick={() => requestView('gait-lab')}
        >
          Gait lab
        </button>
        {VIEWS.map((v) => (
          <button
            key={v.view}
            type="button"
            className="chip"
            aria-keyshortcuts={v.key}
            title={`${v.label} view (${v.key})`}
            onClick={() => requestView(v.view)}
          >
            {v.label}
          </button>
        ))}
      </div>
      <div className="view-controls__group">
        <button type="button" className="chip" aria-pressed={labelsVisible} aria-keyshortcuts="N" title="Show or hide region names (N)" onClick={() => setLabelsVisible(!labelsVisible)}>
          Names
        </button>
        <button
          type="button"
          className="chip"
          aria-pressed={fadeOthers}
          aria-keyshortcuts="G"
          disabled={!hasRegion}
          title="Fade the bones outside the chain (G)"
          onClick={() => setFadeOthers(!fadeOthers)}
        >
          Fade others
        </button>
      </div>
      <MuscleControls />
    </div>
  )
}
