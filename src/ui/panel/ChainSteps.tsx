import { useMemo } from 'react'
import type { Side } from '../../anatomy/regions'
import type { ResolvedChain } from '../../chains/types'
import type { ConditionPanelText } from '../../conditions/types'
import type { SourceId } from '../../content/sources'
import { useAppStore } from '../../state/store'
import { ROLE_LABELS } from '../../theme/palette'
import { EvidenceBadge } from '../EvidenceBadge'
import { Citation } from './Citation'
import { RichTextView } from './RichTextView'
import './ChainSteps.css'

/** Props of ChainSteps. */
export interface ChainStepsProps {
  chain: ResolvedChain
  /** The panel's steps, one per link of the chain, in its order. */
  steps: ConditionPanelText['howItReachesTheBack']
  side: Side | null
  sourceOrder: readonly SourceId[]
  onChoose: (index: number) => void
}

/**
 * "How it reaches the low back": one numbered step per link of the chain, with the link's evidence
 * grade, the playing one highlighted; choosing a step moves the animation to that link. It follows the
 * playing link itself, so the rest of the panel does not render again at every link.
 */
export function ChainSteps({ chain, steps, side, sourceOrder, onChoose }: ChainStepsProps) {
  const current = useAppStore((s) => s.step)
  // The steps' texts do not change with the playing link: the same elements let React skip them then.
  const texts = useMemo(
    () =>
      steps.map((step) => (
        <p key={step.linkId} className="chain-step__text">
          <RichTextView text={step.text} side={side} />
          <Citation ids={step.sources ?? []} order={sourceOrder} />
        </p>
      )),
    [steps, side, sourceOrder],
  )
  return (
    <ol className="chain-steps">
      {steps.map((step, i) => {
        const link = chain.links[i]!
        return (
          <li key={step.linkId} className="chain-step" data-role={link.role} aria-current={i === current ? 'step' : undefined}>
            <div className="chain-step__head">
              <button
                type="button"
                className="chain-step__button"
                onClick={() => onChoose(i)}
                aria-label={`Step ${i + 1}: ${link.title}. Play from here.`}
              >
                <span className="chain-step__number" aria-hidden="true">
                  {i + 1}
                </span>
                <span className="chain-step__title">{link.title}</span>
                <span className="chain-step__role">{ROLE_LABELS[link.role]}</span>
              </button>
              <EvidenceBadge grade={link.grade} />
            </div>
            {texts[i]}
          </li>
        )
      })}
    </ol>
  )
}
