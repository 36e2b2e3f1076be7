import { useId, useState } from 'react'
import type { Side } from '../../anatomy/regions'
import type { Classroom } from '../../content/types'
import { RichTextView } from './RichTextView'

/** Props of ClassroomMaterial. */
export interface ClassroomMaterialProps {
  classroom: Classroom
  side: Side | null
}

/**
 * "For teachers": objectives, a case vignette, discussion questions and a myth with its fact. Folded
 * on screen (readers rarely need it); always printed with the handout, folded or not.
 */
export function ClassroomMaterial({ classroom, side }: ClassroomMaterialProps) {
  const [open, setOpen] = useState(false)
  const bodyId = useId()
  return (
    <section className="panel-section classroom" aria-labelledby="sec-teachers" data-open={open}>
      <h3 id="sec-teachers">
        <button type="button" className="classroom__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          For teachers
        </button>
      </h3>
      <div className="classroom__body" id={bodyId}>
        <h4>Learning objectives</h4>
        <ol>
          {classroom.objectives.map((o, i) => (
            <li key={i}>
              <RichTextView text={o} side={side} />
            </li>
          ))}
        </ol>
        <h4>Case</h4>
        <p>
          <RichTextView text={classroom.vignette} side={side} />
        </p>
        <h4>Questions to discuss</h4>
        <ol>
          {classroom.questions.map((q, i) => (
            <li key={i}>
              <RichTextView text={q} side={side} />
            </li>
          ))}
        </ol>
        <h4>Myth and fact</h4>
        <p className="classroom__myth">
          <strong>Myth:</strong> <RichTextView text={classroom.myth.myth} side={side} />
        </p>
        <p className="classroom__fact">
          <strong>Fact:</strong> <RichTextView text={classroom.myth.fact} side={side} />
        </p>
      </div>
    </section>
  )
}
