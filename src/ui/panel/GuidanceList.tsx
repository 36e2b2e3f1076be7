import type { Side } from '../../anatomy/regions'
import type { SourceId } from '../../content/sources'
import type { RichText } from '../../content/types'
import { Citation } from './Citation'
import { RichTextView } from './RichTextView'
import './GuidanceList.css'

/** Props of GuidanceList. */
export interface GuidanceListProps {
  /** Options clinicians may offer, or what guidelines advise against: a title, a text, its sources. */
  items: readonly { title: string; text: RichText; sources: readonly SourceId[] }[]
  side: Side | null
  sourceOrder: readonly SourceId[]
  /** Class that tells the two lists apart (styles and tests). */
  className: string
}

/** One of the two "What helps" lists; each item names the guideline or study that says so. */
export function GuidanceList({ items, side, sourceOrder, className }: GuidanceListProps) {
  return (
    <ul className={`help-list ${className}`}>
      {items.map((item) => (
        <li key={item.title}>
          <strong>{item.title}.</strong> <RichTextView text={item.text} side={side} />
          <Citation ids={item.sources} order={sourceOrder} />
        </li>
      ))}
    </ul>
  )
}
