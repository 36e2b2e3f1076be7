import { RED_FLAGS, type RedFlagId } from '../../content/redFlags'
import type { SourceId } from '../../content/sources'
import { Citation } from './Citation'
import './GetHelpNow.css'

/** Props of GetHelpNow. */
export interface GetHelpNowProps {
  /** The panel's red flags; the young-person flag is always added when a panel leaves it out. */
  flags: readonly RedFlagId[]
  /** The panel's source order, for the citation numbers. */
  sourceOrder: readonly SourceId[]
}

/**
 * The signs that need a clinician urgently, each with what to do and the guideline that says so. Short,
 * and placed near the top so it is seen without scrolling; calm rather than alarming.
 */
export function GetHelpNow({ flags, sourceOrder }: GetHelpNowProps) {
  // Every panel must say that a child or teenager with a limp needs a clinician, whatever its data lists.
  const shown: RedFlagId[] = flags.includes('young-person-limp') ? [...flags] : [...flags, 'young-person-limp']
  return (
    <section className="get-help" aria-labelledby="sec-get-help">
      <h3 id="sec-get-help" className="get-help__title">
        Get help now
      </h3>
      <p className="get-help__intro">See a clinician urgently if you notice:</p>
      <ul className="get-help__list">
        {shown.map((id) => {
          const flag = RED_FLAGS[id]
          return (
            <li key={id} data-flag={id}>
              <span className="get-help__sign">{flag.text}.</span> <span className="get-help__action">{flag.action}</span>
              <Citation ids={flag.sources} order={sourceOrder} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}
