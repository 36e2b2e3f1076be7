import { useMemo } from 'react'
import { compareSides } from '../../state/compare'
import { useActions, useAppStore } from '../../state/store'
import './Compare.css'

const seconds = (s: number) => `${s.toFixed(2)} s`

/**
 * Says what the compare view shows and how it keeps the two in step: the same moment of the stride
 * for both, at the first one's pace, with each one's own stride time named. Holds the way out.
 */
export function CompareNote() {
  const chain = useAppStore((s) => s.chain)
  const compare = useAppStore((s) => s.compare)
  const severity = useAppStore((s) => s.severity)
  const step = useAppStore((s) => s.step)
  const { setCompare } = useActions()
  const sides = useMemo(() => (chain && compare ? compareSides(chain, compare, severity, step) : null), [chain, compare, severity, step])
  if (!sides) return null
  const [a, b] = sides
  const same = Math.abs(a.strideTime - b.strideTime) < 0.005
  return (
    <section className="compare-note" aria-label="Compare view">
      <p>
        <strong>In step:</strong> both are shown at the same moment of their stride.{' '}
        {same
          ? `Both take ${seconds(a.strideTime)} a stride.`
          : `Stride times: ${a.name} ${seconds(a.strideTime)}, ${b.name.toLowerCase()} ${seconds(b.strideTime)}; both play at the pace of the first.`}
      </p>
      <button type="button" className="compare-note__stop" onClick={() => setCompare(null)}>
        Stop comparing
      </button>
    </section>
  )
}
