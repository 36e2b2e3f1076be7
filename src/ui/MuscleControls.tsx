import { ACTIVITY_SHIFTS } from '../muscles/muscleActivity'
import { MUSCLE_LAYERS, useActions, useAppStore, type MuscleLayer } from '../state/store'
import './MuscleControls.css'

const LABELS: Readonly<Record<MuscleLayer, { text: string; title: string }>> = {
  off: { text: 'Off', title: 'Hide the muscles' },
  chain: { text: 'Chain', title: 'Show the muscles the chain names' },
  all: { text: 'All', title: 'Show all the muscles' },
}

/**
 * The muscle layer's switches in the view controls: off, the chain's muscles, all (M cycles), and the
 * activity shading with a legend that says how sure its timing is.
 */
export function MuscleControls() {
  const { setMuscleLayer, setMuscleActivity } = useActions()
  const layer = useAppStore((s) => s.muscleLayer)
  const activity = useAppStore((s) => s.muscleActivity)
  const conditionId = useAppStore((s) => s.condition)
  const shifts = ACTIVITY_SHIFTS.filter((s) => s.condition === conditionId)
  return (
    <div className="view-controls__group muscle-controls">
      <span className="muscle-controls__title" aria-hidden="true">
        Muscles <kbd>M</kbd>
      </span>
      <div className="muscle-controls__layers" role="radiogroup" aria-label="Muscles">
        {MUSCLE_LAYERS.map((l) => (
          <button
            key={l}
            type="button"
            role="radio"
            className="chip"
            aria-checked={layer === l}
            aria-keyshortcuts="M"
            title={`${LABELS[l].title} (M)`}
            data-muscles={l}
            onClick={() => setMuscleLayer(l)}
          >
            {LABELS[l].text}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="chip"
        aria-pressed={activity}
        disabled={layer === 'off'}
        title="Brighten each muscle while it works in the stride"
        onClick={() => setMuscleActivity(!activity)}
      >
        Activity
      </button>
      {activity && layer !== 'off' && (
        <p className="muscle-controls__legend">
          Brighter while the muscle works in normal walking (timing: illustrative).
          {shifts.map((s) => (
            <span key={s.muscle} className="muscle-controls__shift">
              {' '}
              This chain: {s.note} ({s.grade}).
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
