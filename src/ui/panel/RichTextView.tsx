import { useMemo } from 'react'
import type { Side } from '../../anatomy/regions'
import { parseRichText } from '../../content/richText'
import type { RichText } from '../../content/types'
import { GlossaryTerm } from './GlossaryTerm'

/** Renders the panels' marked-up text as text nodes and glossary buttons; never as HTML. */
export function RichTextView({ text, side }: { text: RichText; side: Side | null }) {
  const segments = useMemo(() => parseRichText(text, { side }), [text, side])
  return (
    <>
      {segments.map((s, i) => (s.kind === 'text' ? <span key={i}>{s.text}</span> : <GlossaryTerm key={i} termKey={s.key} text={s.text} />))}
    </>
  )
}
