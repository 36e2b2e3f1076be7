import { useEffect, useId, useRef, useState } from 'react'
import { getGlossaryEntry } from '../../content/glossary'
import './GlossaryTerm.css'

/**
 * A glossary word in running text: a button that opens a short definition beside it.
 * Escape or a click elsewhere closes it; the definition is plain text.
 */
export function GlossaryTerm({ termKey, text }: { termKey: string; text: string }) {
  const entry = getGlossaryEntry(termKey)
  const [open, setOpen] = useState(false)
  const id = useId()
  const ref = useRef<HTMLSpanElement>(null)

  useEffect(() => {
    if (!open) return
    const onPointerDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', onPointerDown)
    return () => document.removeEventListener('pointerdown', onPointerDown)
  }, [open])

  if (!entry) return <>{text}</>
  return (
    <span className="term" ref={ref}>
      <button
        type="button"
        className="term__button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={(e) => {
          // Escape closes the definition before it closes the panel.
          if (e.key === 'Escape' && open) {
            e.preventDefault()
            e.stopPropagation()
            setOpen(false)
          }
        }}
      >
        {text}
      </button>
      {open && (
        <span className="term__popover" id={id} role="note">
          <strong>{entry.term}</strong> {entry.definition}
        </span>
      )}
    </span>
  )
}
