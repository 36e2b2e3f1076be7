import { useCallback, useMemo } from 'react'
import { liveScene } from '../scene/liveScene'
import { compareSides } from '../state/compare'
import { useAppStore } from '../state/store'
import './chain/Compare.css'

/**
 * Name plates under the feet of the two skeletons in the compare view: condition, side and severity,
 * with the line style of that skeleton in the charts. The scene moves them every frame.
 */
export function ComparePlates() {
  const chain = useAppStore((s) => s.chain)
  const compare = useAppStore((s) => s.compare)
  const severity = useAppStore((s) => s.severity)
  const step = useAppStore((s) => s.step)
  const sides = useMemo(() => (chain && compare ? compareSides(chain, compare, severity, step) : null), [chain, compare, severity, step])
  const register = useCallback(
    (which: 'first' | 'second') => (el: HTMLDivElement | null) => {
      liveScene.plateElements[which] = el
    },
    [],
  )
  if (!sides) return null
  return (
    <div className="compare-plates">
      {(['first', 'second'] as const).map((which, i) => (
        <div key={which} ref={register(which)} className="compare-plate" data-series={which} hidden>
          <div className="compare-plate__box">
            <span className="compare-swatch" data-series={which} aria-hidden="true" />
            <span className="compare-plate__name">{sides[i]!.name}</span>
            {sides[i]!.detail && <span className="compare-plate__detail">{sides[i]!.detail}</span>}
          </div>
        </div>
      ))}
    </div>
  )
}
