import { conditionById } from '../../conditions'
import { lessonQuestion } from '../../lesson/lesson'
import { useAppStore } from '../../state/store'
// The lesson's sheet: the title card, the predict prompt and the builder share it.
import './lesson.css'

/** The card before each chain of a lesson: which chain this is, its condition and the question it answers. */
export function TitleCard() {
  const lesson = useAppStore((s) => s.lesson)
  const slide = useAppStore((s) => (s.lesson ? s.slides[s.slide] : undefined))
  if (!lesson || slide?.kind !== 'card') return null
  const item = lesson.items[slide.item]!
  const condition = conditionById(item.condition)
  return (
    <section className="title-card" aria-live="polite" aria-labelledby="title-card-heading">
      <p className="title-card__count">
        Chain {slide.item + 1} of {lesson.items.length}
      </p>
      <h2 id="title-card-heading" className="title-card__heading">
        {condition.label}
        <span className="title-card__side"> · {item.side} side</span>
      </h2>
      <p className="title-card__question">{lessonQuestion(item)}</p>
      <p className="title-card__hint">Page Down or → to start</p>
    </section>
  )
}
