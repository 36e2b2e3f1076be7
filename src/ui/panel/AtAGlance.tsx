import type { Side } from '../../anatomy/regions'
import type { AtAGlance as AtAGlanceText } from '../../content/types'
import { RichTextView } from './RichTextView'

/** Props of AtAGlance. */
export interface AtAGlanceProps {
  glance: AtAGlanceText
  /** The side that fills `{side}` placeholders, or null for central regions. */
  side: Side | null
}

/** The short version (at most 120 words): what goes wrong, the chain one line per link, one option. */
export function AtAGlance({ glance, side }: AtAGlanceProps) {
  return (
    <section className="panel-section at-a-glance" aria-labelledby="sec-glance">
      <h3 id="sec-glance">At a glance</h3>
      <p>
        <RichTextView text={glance.whatGoesWrong} side={side} />
      </p>
      <ol className="at-a-glance__chain">
        {glance.chain.map((line, i) => (
          <li key={i}>
            <RichTextView text={line} side={side} />
          </li>
        ))}
      </ol>
      <p>
        <RichTextView text={glance.oneThingThatHelps} side={side} />
      </p>
      <p className="at-a-glance__help">
        <RichTextView text={glance.getHelp} side={side} />
      </p>
    </section>
  )
}
