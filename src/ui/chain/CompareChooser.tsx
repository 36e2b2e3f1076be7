import { useId, useState } from 'react'
import { compareChoices } from '../../state/compare'
import { useActions, useAppStore } from '../../state/store'
import './Compare.css'

/**
 * The "Compare" button of the chain controls and its small chooser: the region's other conditions
 * and normal walking, each opening the compare view (two skeletons side by side), plus the way out.
 */
export function CompareChooser() {
  const region = useAppStore((s) => s.region)
  const condition = useAppStore((s) => s.condition)
  const compare = useAppStore((s) => s.compare)
  const { setCompare } = useActions()
  const [open, setOpen] = useState(false)
  const id = useId()
  if (!region || !condition) return null
  const choices = compareChoices(region, condition)
  const choose = (value: (typeof choices)[number]['id'] | null) => {
    setCompare(value)
    setOpen(false)
  }
  return (
    <div className="compare-chooser">
      <button
        type="button"
        className="compare-chooser__button"
        aria-expanded={open}
        aria-controls={id}
        aria-pressed={compare !== null}
        title="Show another condition of this region, or normal walking, side by side"
        onClick={() => setOpen(!open)}
      >
        Compare
      </button>
      {open && (
        <div className="compare-chooser__menu" id={id} role="group" aria-label="Compare with">
          <p className="compare-chooser__title">Side by side with</p>
          {choices.map((c) => (
            <button key={c.id} type="button" role="radio" aria-checked={compare === c.id} data-compare={c.id} onClick={() => choose(c.id)}>
              {c.label}
            </button>
          ))}
          {compare !== null && (
            <button type="button" className="compare-chooser__stop" onClick={() => choose(null)}>
              Stop comparing
            </button>
          )}
        </div>
      )}
    </div>
  )
}
