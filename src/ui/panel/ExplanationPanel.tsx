import { useEffect, useRef, useState, type CSSProperties } from 'react'
import { getRegion } from '../../anatomy/regions'
import { DISCLAIMER } from '../../content/disclaimer'
import { toPlainText } from '../../content/richText'
import { problemSide, useActions, useAppStore } from '../../state/store'
import { ConditionPicker } from '../ConditionPicker'
import { useMediaQuery } from '../useMediaQuery'
import { AtAGlance } from './AtAGlance'
import { ChainSteps } from './ChainSteps'
import { Citation } from './Citation'
import { ClassroomMaterial } from './ClassroomMaterial'
import { DailyFigure } from './DailyFigure'
import { GetHelpNow } from './GetHelpNow'
import { GuidanceList } from './GuidanceList'
import { RichTextView } from './RichTextView'
import { SourceList } from './SourceList'
import { printScale } from './printScale'
import { panelSourceOrder } from './sourceOrder'
import './ExplanationPanel.css'

/** The phone layout of app.css (the panel becomes a bottom sheet). */
const PHONE = '(max-width: 720px)'

/**
 * The explanation of the chosen condition. On a laptop: "Get help now" first, then "At a glance" and the
 * full text. In presenter mode and on phones: "At a glance" and "Get help now" only, the full text one
 * tap away. Printed: the full text and the classroom material as a handout of at most two pages.
 */
export function ExplanationPanel() {
  const regionKey = useAppStore((s) => s.region)
  const open = useAppStore((s) => s.panelOpen)
  const chain = useAppStore((s) => s.chain)
  const mode = useAppStore((s) => s.mode)
  const side = useAppStore((s) => problemSide(s))
  const { closePanel, goToStep, play } = useActions()
  const phone = useMediaQuery(PHONE)
  // The condition and mode for which the reader asked for the full text; a new one starts short again.
  const [expandedFor, setExpandedFor] = useState<string | null>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)

  // Move the screen reader's attention to the new heading without scrolling the page around.
  useEffect(() => {
    if (open && regionKey) headingRef.current?.focus({ preventScroll: true })
  }, [open, regionKey])

  if (!open || !regionKey || !chain) return null
  const region = getRegion(regionKey)
  const panel = chain.condition.panel
  const sourceOrder = panelSourceOrder(panel)
  // The lumbar and pelvis panels speak of "the leg"; only sided panels fill in a side.
  const textSide = region.side ? side : null
  const compact = mode === 'present' || phone
  const expandKey = `${chain.condition.id}:${mode}:${phone}`
  const view = compact && expandedFor !== expandKey ? 'glance' : 'full'

  const glance = <AtAGlance glance={panel.atAGlance} side={textSide} />
  const getHelp = <GetHelpNow flags={panel.getHelpNow} sourceOrder={sourceOrder} />
  return (
    <aside
      className="explanation-panel"
      aria-labelledby="explanation-title"
      data-region={region.key}
      data-condition={chain.condition.id}
      data-view={view}
      style={{ '--print-zoom': printScale(panel).toFixed(3) } as CSSProperties}
    >
      <header className="explanation-panel__header">
        <div>
          <h2 id="explanation-title" className="explanation-panel__eyebrow" ref={headingRef} tabIndex={-1}>
            {region.label}
          </h2>
          <p className="explanation-panel__title">{toPlainText(panel.title, { side: textSide })}</p>
          <ConditionPicker className="condition-picker--panel no-print" />
          {/* In the header, so the full text is one tap away as soon as the panel opens. */}
          {compact && (
            <button
              type="button"
              className="panel-length-toggle no-print"
              aria-expanded={view === 'full'}
              aria-controls="panel-full-text"
              onClick={() => setExpandedFor(view === 'full' ? null : expandKey)}
            >
              {view === 'full' ? 'Show only the short version' : 'Read the full text'}
            </button>
          )}
        </div>
        <button type="button" className="icon-button no-print" aria-label="Close explanation" title="Close (Esc)" onClick={closePanel}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <p className="disclaimer">{DISCLAIMER}</p>

      {compact ? (
        <>
          {glance}
          {getHelp}
        </>
      ) : (
        <>
          {getHelp}
          {glance}
        </>
      )}

      <div className="panel-full" id="panel-full-text">
        <section className="panel-section panel-section--wrong" aria-labelledby="sec-wrong">
          <h3 id="sec-wrong">What goes wrong</h3>
          {panel.whatGoesWrong.map((p, i) => (
            <p key={i}>
              <RichTextView text={p.text} side={textSide} />
              <Citation ids={p.sources ?? []} order={sourceOrder} />
            </p>
          ))}
        </section>

        <section className="panel-section panel-section--steps" aria-labelledby="sec-steps">
          <h3 id="sec-steps">How it reaches the low back</h3>
          <ChainSteps
            chain={chain}
            steps={panel.howItReachesTheBack}
            side={textSide}
            sourceOrder={sourceOrder}
            onChoose={(i) => {
              goToStep(i)
              play()
            }}
          />
        </section>

        <section className="panel-section panel-section--notice" aria-labelledby="sec-notice">
          <h3 id="sec-notice">What you may notice</h3>
          <ul>
            {panel.whatYouMayNotice.map((item, i) => (
              <li key={i}>
                <RichTextView text={item} side={textSide} />
              </li>
            ))}
          </ul>
        </section>

        <section className="panel-section panel-section--offer" aria-labelledby="sec-offer">
          <h3 id="sec-offer">What clinicians may offer</h3>
          <GuidanceList items={panel.whatCliniciansMayOffer} side={textSide} sourceOrder={sourceOrder} className="help-list--offer" />
        </section>

        <section className="panel-section panel-section--against" aria-labelledby="sec-against">
          <h3 id="sec-against">What the guidelines advise against or find no benefit for</h3>
          <GuidanceList
            items={panel.whatGuidelinesAdviseAgainst}
            side={textSide}
            sourceOrder={sourceOrder}
            className="help-list--against"
          />
        </section>

        <section className="panel-section panel-section--teen" aria-labelledby="sec-teen">
          <h3 id="sec-teen">A young person&rsquo;s example</h3>
          <p>
            <strong>{panel.teenExample.title}.</strong> <RichTextView text={panel.teenExample.text} side={textSide} />
            <Citation ids={panel.teenExample.sources} order={sourceOrder} />
          </p>
        </section>

        <section className="panel-section panel-section--know callout" aria-labelledby="sec-know">
          <h3 id="sec-know">Did you know?</h3>
          <DailyFigure figure={panel.dailyFigure} side={textSide} sourceOrder={sourceOrder} />
        </section>

        <ClassroomMaterial classroom={panel.classroom} side={textSide} />

        <section className="panel-section panel-section--sources" aria-labelledby="sec-sources">
          <h3 id="sec-sources">Sources</h3>
          <SourceList ids={sourceOrder} />
        </section>
      </div>
    </aside>
  )
}
