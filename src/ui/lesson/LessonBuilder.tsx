import { useEffect, useRef, useState } from 'react'
import type { Side } from '../../anatomy/regions'
import { CONDITIONS, conditionById, type ConditionId } from '../../conditions'
import { DEFAULT_LESSON, type Lesson, type LessonItem } from '../../lesson/lesson'
import { formatHash, DEFAULT_URL_STATE } from '../../state/urlHash'
import { useActions } from '../../state/store'
import { WorksheetButtons } from '../worksheet/WorksheetButtons'

/**
 * A teacher's own lesson: which chains, in which order, on which side and how strong, with or without
 * prediction prompts; it starts here or travels as a link (copied to the clipboard).
 */
export function LessonBuilder({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  const [items, setItems] = useState<LessonItem[]>(() => [...DEFAULT_LESSON.items])
  const [predict, setPredict] = useState(false)
  const [copied, setCopied] = useState('')
  const { startLesson, setMode } = useActions()

  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])

  const lesson: Lesson = { items, predict }
  const link = `${window.location.origin}${window.location.pathname}${formatHash({ ...DEFAULT_URL_STATE, mode: 'present', lesson })}`
  const unused = CONDITIONS.filter((c) => !items.some((i) => i.condition === c.id))
  const update = (index: number, change: Partial<LessonItem>) => setItems(items.map((it, i) => (i === index ? { ...it, ...change } : it)))
  const move = (index: number, by: number) => {
    const next = [...items]
    const [it] = next.splice(index, 1)
    next.splice(index + by, 0, it!)
    setItems(next)
  }

  return (
    <dialog ref={ref} className="lesson-builder" aria-labelledby="lesson-builder-title" onClose={onClose} onCancel={onClose}>
      <h2 id="lesson-builder-title">Build a lesson</h2>
      <ol className="lesson-builder__items">
        {items.map((item, i) => (
          <li key={item.condition}>
            <span className="lesson-builder__name">{conditionById(item.condition).label}</span>
            <select aria-label={`Side for ${conditionById(item.condition).label}`} value={item.side} onChange={(e) => update(i, { side: e.target.value as Side })}>
              <option value="left">left</option>
              <option value="right">right</option>
            </select>
            <label>
              Severity{' '}
              <input type="range" min={0} max={100} step={10} value={Math.round(item.severity * 100)} onChange={(e) => update(i, { severity: Number(e.target.value) / 100 })} />
            </label>
            <button type="button" className="chip" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${conditionById(item.condition).label} up`}>
              ↑
            </button>
            <button type="button" className="chip" disabled={i === items.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${conditionById(item.condition).label} down`}>
              ↓
            </button>
            <button type="button" className="chip" disabled={items.length === 1} onClick={() => setItems(items.filter((_, j) => j !== i))} aria-label={`Remove ${conditionById(item.condition).label}`}>
              Remove
            </button>
          </li>
        ))}
      </ol>
      {unused.length > 0 && (
        <p className="lesson-builder__add">
          Add:{' '}
          {unused.map((c) => (
            <button key={c.id} type="button" className="chip" onClick={() => setItems([...items, { condition: c.id as ConditionId, side: 'left', severity: 0.8 }])}>
              {c.label}
            </button>
          ))}
        </p>
      )}
      <label className="lesson-builder__predict">
        <input type="checkbox" checked={predict} onChange={(e) => setPredict(e.target.checked)} /> Ask the class to predict each link
      </label>
      <p className="lesson-builder__link">
        <input readOnly aria-label="Link to this lesson" value={link} onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button"
          className="chip"
          onClick={() => navigator.clipboard.writeText(link).then(() => setCopied('Copied.'), () => setCopied('Copy the link from the box.'))}
        >
          Copy link
        </button>
        <span role="status">{copied}</span>
      </p>
      <form method="dialog" className="lesson-builder__actions">
        <button
          type="button"
          className="chip"
          onClick={() => {
            startLesson(lesson)
            setMode('present')
            onClose()
          }}
        >
          Start this lesson
        </button>
        <WorksheetButtons lesson={lesson} onOpen={onClose} />
        <button type="submit" className="chip">
          Close
        </button>
      </form>
    </dialog>
  )
}
