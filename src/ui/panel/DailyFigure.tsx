import { useMemo } from 'react'
import type { Side } from '../../anatomy/regions'
import { chainGait, chainWeights } from '../../chains/resolve'
import type { SourceId } from '../../content/sources'
import type { DailyFigure as DailyFigureText } from '../../content/types'
import { extraLumbarSideBend } from '../../gait'
import { useAppStore } from '../../state/store'
import { Citation } from './Citation'
import { RichTextView } from './RichTextView'

/** Props of DailyFigure. */
export interface DailyFigureProps {
  /** The panel's sentence, with `{degrees}` where the engine's number goes. */
  figure: DailyFigureText<SourceId>
  side: Side | null
  sourceOrder: readonly SourceId[]
}

/**
 * The panel's daily-figure sentence filled with the engine's per-step number: the largest difference
 * from normal walking, in either direction, of the low back's sideways bend on one step (the whole
 * chain, at the chosen severity). The unrounded value is in `data-degrees` for tests and scripts.
 */
export function DailyFigure({ figure, side, sourceOrder }: DailyFigureProps) {
  const chain = useAppStore((s) => s.chain)
  const severity = useAppStore((s) => s.severity)
  const computed = useMemo(() => (chain ? extraLumbarSideBend(chainGait(chain, severity), chainWeights(chain)) : null), [chain, severity])
  if (!computed) return null
  const [before, after = ''] = figure.template.split('{degrees}')
  const sustained = Math.abs(computed.sustained)
  return (
    <p className="daily-figure" data-degrees={computed.perStep.toFixed(3)}>
      <RichTextView text={before!} side={side} />
      <strong className="daily-figure__degrees">{Math.round(computed.perStep)}</strong>
      <RichTextView text={after} side={side} />
      <Citation ids={figure.sources} order={sourceOrder} />
      {sustained >= 1 && <> On top of that, the trunk leans a steady {Math.round(sustained)}° to one side.</>}
      <span className="illustrative">
        Illustrative: computed from the animation at {Math.round(severity * 100)} % severity, not measured in patients.
      </span>
    </p>
  )
}
