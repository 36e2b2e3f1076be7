import { getRegion } from '../anatomy/regions'
import { MUSCLES, muscleNodeName } from '../anatomy/muscles'
import { useAppStore } from '../state/store'
import './HoverTag.css'

/** Muscle node name -> its label with the side and what it does in walking. */
const MUSCLE_INFO = new Map(
  MUSCLES.flatMap((m) =>
    (['left', 'right'] as const).map((side) => [muscleNodeName(m.name, side), { label: `${side === 'left' ? 'Left' : 'Right'} ${m.label.charAt(0).toLowerCase()}${m.label.slice(1)}`, walking: m.walking }] as const),
  ),
)

/**
 * The name of the region (and of the muscle) under the pointer or keyboard focus, read out politely
 * to screen readers and shown at the foot of the stage (labels can be hidden; this always answers a hover).
 */
export function HoverTag() {
  const hover = useAppStore((s) => s.hoverRegion)
  const selected = useAppStore((s) => s.region)
  const muscle = useAppStore((s) => (s.hoverMuscle ? (MUSCLE_INFO.get(s.hoverMuscle) ?? null) : null))
  return (
    <div className="hover-tag" aria-live="polite" data-visible={hover || muscle ? 'true' : undefined} data-muscle={muscle ? 'true' : undefined}>
      {muscle ? (
        <>
          <span className="hover-tag__name">{muscle.label}</span>
          <span className="hover-tag__hint">{muscle.walking}</span>
          {hover && <span className="hover-tag__hint">{hover === selected ? `${getRegion(hover).label}: chosen` : `click: ${getRegion(hover).label.toLowerCase()}`}</span>}
        </>
      ) : hover ? (
        <>
          <span className="hover-tag__name">{getRegion(hover).label}</span>
          <span className="hover-tag__hint">{hover === selected ? 'chosen' : 'click to choose'}</span>
        </>
      ) : null}
    </div>
  )
}
