import { useId } from 'react'
import { getRegion } from '../anatomy/regions'
import { conditionsFor, type ConditionId } from '../conditions'
import { useActions, useAppStore } from '../state/store'
import './ConditionPicker.css'

/** Props of ConditionPicker. */
export interface ConditionPickerProps {
  /** Extra class for where it sits (panel or controls); default none. */
  className?: string
}

/**
 * Chooses among the chosen region's conditions (the first is the default). A native select: keyboard
 * and screen readers know it, and it stays small however many conditions a region gets. Choosing one
 * restarts that condition's chain.
 */
export function ConditionPicker({ className }: ConditionPickerProps) {
  const region = useAppStore((s) => s.region)
  const condition = useAppStore((s) => s.condition)
  const { setCondition } = useActions()
  const id = useId()
  if (!region || !condition) return null
  const options = conditionsFor(getRegion(region).kind)
  return (
    <div className={`condition-picker${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>Condition</label>
      <select
        id={id}
        value={condition}
        data-count={options.length}
        title={options.length > 1 ? 'Choose how this region reaches the low back' : 'The condition this chain shows'}
        onChange={(e) => setCondition(e.target.value as ConditionId)}
      >
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  )
}
