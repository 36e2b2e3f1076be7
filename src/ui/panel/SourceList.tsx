import { SOURCES, sourceLink, type SourceId } from '../../content/sources'
import { SOURCE_TYPE_LABELS } from '../../content/sourceTypes'
import './SourceList.css'

/** Ends a citation part with a full stop unless it already ends a sentence ("... differently?"). */
const sentence = (part: string) => (/[.?!]$/.test(part) ? part : `${part}.`)

/** Props of SourceList. */
export interface SourceListProps {
  /** The panel's sources in citation order (their numbers are their places here). */
  ids: readonly SourceId[]
}

/**
 * The numbered sources: kind, authors, year, title, where published, and the DOI or stable address as
 * a plain link that opens in a new tab. The app itself never fetches these addresses.
 */
export function SourceList({ ids }: SourceListProps) {
  return (
    <ol className="sources">
      {ids.map((id) => {
        const s = SOURCES[id]
        const href = sourceLink(s)
        const year = typeof s.year === 'number' ? String(s.year) : s.year
        return (
          <li key={id} data-source={id}>
            <span className="sources__type">{SOURCE_TYPE_LABELS[s.type]}.</span> {s.authors} ({year}). {sentence(s.title)}{' '}
            <span className="sources__where">{sentence(s.publishedIn)}</span>{' '}
            {href && (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {s.doi ? `doi:${s.doi}` : href}
              </a>
            )}
            {s.note && <span className="sources__note"> {s.note}</span>}
          </li>
        )
      })}
    </ol>
  )
}
