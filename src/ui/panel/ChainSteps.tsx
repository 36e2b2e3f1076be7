import type { Side } from '../../anatomy/regions'
import type { ResolvedChain } from '../../chains/types'
import type { PanelStep } from '../../content/types'
import { ROLE_LABELS } from '../../theme/palette'
import { RichTextView } from './RichTextView'

interface Props {
  chain: ResolvedChain
  steps: readonly PanelStep[]
  current: number
  side: Side | null
  onChoose: (index: number) => void
}

/**
 * "How it reaches the low back": one numbered step per link of the chain, the playing one
 * highlighted; choosing a step moves the animation to that link.
 */
export function ChainSteps({ chain, steps, current, side, onChoose }: Props) {
  return (
    <ol className="chain-steps">
      {steps.map((step, i) => {
        const link = chain.links[i]!
        return (
          <li key={step.linkId} className="chain-step" data-role={link.role} aria-current={i === current ? 'step' : undefined}>
            <button type="button" className="chain-step__button" onClick={() => onChoose(i)} aria-label={`Step ${i + 1}: ${link.title}. Play from here.`}>
              <span className="chain-step__number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="chain-step__title">{link.title}</span>
              <span className="chain-step__role">{ROLE_LABELS[link.role]}</span>
            </button>
            <p className="chain-step__text">
              <RichTextView text={step.text} side={side} />
            </p>
          </li>
        )
      })}
    </ol>
  )
}
