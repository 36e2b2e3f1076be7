import { createPortal } from 'react-dom'
import { getRegion } from '../../anatomy/regions'
import { resolveChain } from '../../chains/resolve'
import { conditionById } from '../../conditions'
import { toPlainText } from '../../content/richText'
import { lessonRegion, type Lesson } from '../../lesson/lesson'
import { ROLE_LABELS } from '../../theme/palette'
import './worksheet.css'

/**
 * A lesson on paper, one chain per page: the skeleton at the chain's key link, the chain to fill in
 * (the student's sheet) or filled in (the teacher's answer sheet), and the discussion questions.
 * Shown as a preview on screen; printing prints only this.
 */
export function Worksheet({ lesson, pictures, answers, onClose }: {
  /** The lesson to print. */
  lesson: Lesson
  /** One picture per chain (null: room to draw), or null while they are being taken. */
  pictures: readonly (string | null)[] | null
  /** true: the teacher's answer sheet; false: the student's worksheet. */
  answers: boolean
  onClose: () => void
}) {
  return createPortal(
    <div className="worksheet" data-ready={pictures ? 'true' : 'false'} data-kind={answers ? 'answers' : 'worksheet'}>
      <p className="worksheet__toolbar no-print">
        <button type="button" className="chip" disabled={!pictures} onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="chip" onClick={onClose}>
          Close
        </button>
        {!pictures && <span role="status">Drawing each chain at its key link…</span>}
      </p>
      {lesson.items.map((item, i) => {
        const condition = conditionById(item.condition)
        const chain = resolveChain(lessonRegion(item), item.side, condition)
        const plain = (t: string) => toPlainText(t, { side: item.side })
        const picture = pictures?.[i]
        return (
          <section className="worksheet__page" key={`${item.condition}-${i}`}>
            <header className="worksheet__header">
              <span>{answers ? 'Answer sheet' : 'Worksheet'} · chain {i + 1} of {lesson.items.length}</span>
              {!answers && <span>Name: ______________________</span>}
            </header>
            <h1>
              {condition.label} ({item.side} side)
            </h1>
            {picture ? (
              <img className="worksheet__picture" src={picture} alt={`The skeleton at the last link of the chain: ${chain.links.at(-1)!.title}`} />
            ) : (
              <div className="worksheet__picture worksheet__picture--blank">Sketch the skeleton and mark the chain.</div>
            )}
            <h2>The chain, link by link</h2>
            <ol className="worksheet__chain">
              {chain.links.map((link, j) => (
                <li key={link.id}>
                  {answers ? (
                    <>
                      <b>{getRegion(link.region).label}</b> ({ROLE_LABELS[link.role].toLowerCase()}): {link.title}
                    </>
                  ) : j === 0 ? (
                    <>
                      <b>{getRegion(link.region).label}</b>: {link.title}
                    </>
                  ) : (
                    <>
                      Region: <span className="worksheet__blank" /> What changes: <span className="worksheet__blank worksheet__blank--long" />
                    </>
                  )}
                </li>
              ))}
            </ol>
            <h2>Discuss</h2>
            <ol className="worksheet__questions">
              {condition.panel.classroom.questions.map((q) => (
                <li key={q}>
                  {plain(q)}
                  {!answers && <span className="worksheet__lines" />}
                </li>
              ))}
            </ol>
            {answers && (
              <p className="worksheet__myth">
                <b>A common belief:</b> {plain(condition.panel.classroom.myth.myth)} <b>What the evidence says:</b> {plain(condition.panel.classroom.myth.fact)}
              </p>
            )}
          </section>
        )
      })}
    </div>,
    document.body,
  )
}
