import { useEffect, useRef, type CSSProperties } from 'react'
import { getRegion } from '../../anatomy/regions'
import { DISCLAIMER } from '../../content/disclaimer'
import { toPlainText } from '../../content/richText'
import { SOURCES, formatCitation } from '../../content/sources'
import { problemSide, useActions, useAppStore } from '../../state/store'
import { ConditionPicker } from '../ConditionPicker'
import { ChainSteps } from './ChainSteps'
import { RichTextView } from './RichTextView'
import { DailyFigure } from './DailyFigure'
import { printScale } from './printScale'
import { regionPanelView } from '../../content/panels'

/**
 * The explanation of the chosen region: what goes wrong, how it reaches the low back (the chain's
 * steps), what a person may notice, what helps, and the sources. A side panel on wide screens,
 * a bottom sheet on phones, a one-page handout when printed.
 */
export function ExplanationPanel() {
  const regionKey = useAppStore((s) => s.region)
  const open = useAppStore((s) => s.panelOpen)
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const side = useAppStore((s) => problemSide(s))
  const { closePanel, goToStep, play } = useActions()
  const headingRef = useRef<HTMLHeadingElement>(null)

  // Move the screen reader's attention to the new heading without scrolling the page around.
  useEffect(() => {
    if (open && regionKey) headingRef.current?.focus({ preventScroll: true })
  }, [open, regionKey])

  if (!open || !regionKey || !chain) return null
  const region = getRegion(regionKey)
  const panel = regionPanelView(chain.condition.panel)
  // The lumbar and pelvis panels speak of "the leg"; only sided panels fill in a side.
  const textSide = region.side ? side : null
  return (
    <aside
      className="explanation-panel"
      aria-labelledby="explanation-title"
      data-region={region.key}
      data-condition={chain.condition.id}
      style={{ '--print-zoom': printScale(panel).toFixed(3) } as CSSProperties}
    >
      <header className="explanation-panel__header">
        <div>
          <h2 id="explanation-title" className="explanation-panel__eyebrow" ref={headingRef} tabIndex={-1}>
            {region.label}
          </h2>
          <p className="explanation-panel__title">{toPlainText(panel.title, { side: textSide })}</p>
          <ConditionPicker className="condition-picker--panel no-print" />
        </div>
        <button type="button" className="icon-button no-print" aria-label="Close explanation" title="Close (Esc)" onClick={closePanel}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="disclaimer">{DISCLAIMER}</p>

      <section className="panel-section panel-section--wrong" aria-labelledby="sec-wrong">
        <h3 id="sec-wrong">What goes wrong</h3>
        {panel.whatGoesWrong.map((p, i) => (
          <p key={i}>
            <RichTextView text={p} side={textSide} />
          </p>
        ))}
      </section>

      <section className="panel-section panel-section--steps" aria-labelledby="sec-steps">
        <h3 id="sec-steps">How it reaches the low back</h3>
        <ChainSteps
          chain={chain}
          steps={panel.howItReachesTheBack}
          current={step}
          side={textSide}
          onChoose={(i) => {
            goToStep(i)
            play()
          }}
        />
      </section>

      <section className="panel-section panel-section--notice" aria-labelledby="sec-notice">
        <h3 id="sec-notice">What a person may notice</h3>
        <ul>
          {panel.whatYouMayNotice.map((item, i) => (
            <li key={i}>
              <RichTextView text={item} side={textSide} />
            </li>
          ))}
        </ul>
      </section>

      <section className="panel-section panel-section--helps" aria-labelledby="sec-helps">
        <h3 id="sec-helps">What helps</h3>
        <ul className="help-list">
          {panel.whatHelps.map((item) => (
            <li key={item.title}>
              <strong>{item.title}.</strong> <RichTextView text={item.text} side={textSide} />
              {item.note && (
                <span className="help-list__note">
                  <RichTextView text={item.note} side={textSide} />
                </span>
              )}
            </li>
          ))}
        </ul>
      </section>

      <section className="panel-section panel-section--know callout" aria-labelledby="sec-know">
        <h3 id="sec-know">Did you know?</h3>
        <p>
          <RichTextView text={panel.didYouKnow} side={textSide} />
        </p>
        <DailyFigure />
      </section>

      <section className="panel-section panel-section--sources" aria-labelledby="sec-sources">
        <h3 id="sec-sources">Sources</h3>
        <ol className="sources">
          {panel.sources.map((id) => (
            <li key={id}>{formatCitation(SOURCES[id])}</li>
          ))}
        </ol>
      </section>
    </aside>
  )
}
