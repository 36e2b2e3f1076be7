import { useMemo } from 'react'
import { chainGait, chainWeights } from '../../chains/resolve'
import { extraLumbarSideBend } from '../../gait'
import { useAppStore } from '../../state/store'

const fmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 })

/**
 * The figure computed from the animation itself: how much more the low back bends sideways on each
 * step of this limp than in normal walking, and what that adds up to over a day. Illustrative.
 */
export function DailyFigure() {
  const chain = useAppStore((s) => s.chain)
  const severity = useAppStore((s) => s.severity)
  const figure = useMemo(() => {
    if (!chain) return null
    return extraLumbarSideBend(chainGait(chain, severity), chainWeights(chain))
  }, [chain, severity])
  if (!figure) return null
  const perStep = figure.extraPerStep
  const [low, high] = figure.perDay
  // A condition that changes the trunk's turning or holds a steady lean, not a bend with each step, would
  // read "0.0° … 0° of extra bending": say plainly that the step-by-step bend is about normal.
  const aboutNormal = perStep < 0.5
  return (
    <p className="daily-figure">
      {aboutNormal ? (
        <>In this animation the low back bends sideways with each step about as much as in normal walking (less than 0.5° more).</>
      ) : (
        <>
          In this animation the low back bends about <strong>{perStep.toFixed(1)}°</strong> further sideways on each step than in
          normal walking. Over {fmt.format(low!.steps)} to {fmt.format(high!.steps)} steps a day that is{' '}
          <strong>
            {fmt.format(low!.extraDegrees)}° to {fmt.format(high!.extraDegrees)}°
          </strong>{' '}
          of extra bending.
        </>
      )}
      {Math.abs(figure.sustained) >= 1 && <> On top of that, the trunk leans a steady {Math.abs(figure.sustained).toFixed(0)}° to one side.</>}{' '}
      <span className="illustrative">Illustrative: computed from the animation at {Math.round(severity * 100)} % severity, not measured in patients.</span>
    </p>
  )
}
