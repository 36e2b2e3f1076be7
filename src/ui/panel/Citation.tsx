import { SOURCES, type SourceId } from '../../content/sources'

/** Props of Citation. */
export interface CitationProps {
  /** The sources cited, by id. */
  ids: readonly SourceId[]
  /** The panel's source list order (src/ui/panel/sourceOrder.ts): a source's number is its place there. */
  order: readonly SourceId[]
}

/**
 * Numbered references into the panel's source list, e.g. "[2, 5]"; the titles show on hover and the
 * word "sources" is read out. Plain text, not links: the URL hash belongs to the app's state.
 */
export function Citation({ ids, order }: CitationProps) {
  if (ids.length === 0) return null
  const numbers = ids.map((id) => order.indexOf(id) + 1).filter((n) => n > 0)
  const titles = ids.map((id) => SOURCES[id].title).join('; ')
  return (
    <span className="citation" title={titles}>
      <span className="visually-hidden">{numbers.length > 1 ? ' sources ' : ' source '}</span>[{numbers.join(', ')}]
    </span>
  )
}
