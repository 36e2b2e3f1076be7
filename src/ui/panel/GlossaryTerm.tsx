import { useEffect, useId, useRef, useState } from 'react'
import { getGlossaryEntry } from '../../content/glossary'
import './GlossaryTerm.css'
import { glossaryMuscleNodes } from '../../muscles/glossaryMuscles'
import { appStore, problemSide, useAppStore } from '../../state/store'

/**
 * A glossary word in running text: a button that opens a short definition beside it.
 * Escape or a click elsewhere closes it; the definition is plain text. A word that names muscles
 * lights them in the 3D view while the pointer or focus is on it.
 */
export function GlossaryTerm({ termKey, text }: { termKey: string; text: string }) {
  const entry = getGlossaryEntry(termKey)
  const side = useAppStore((s) => (s.chain ? problemSide(s) : null))
  const muscles = glossaryMuscleNodes(termKey, side)
  const light = (on: boolean) => {
    if (muscles.length > 0) appStore.getState().actions.setHighlightMuscles(on ? muscles : [])
  }
  const [open, setOpen] = useState(false)
  const id = useId()
  const named = muscles.length > 0
  // A word that goes away under the pointer (the panel closes) must not leave its muscles lit.
  useEffect(() => () => void (named && appStore.getState().actions.setHighlightMuscles([])), [named])
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
        className={muscles.length > 0 ? 'term__button term__button--muscle' : 'term__button'}
        data-muscles={muscles.length > 0 ? muscles.join(' ') : undefined}
        onPointerEnter={() => light(true)}
        onPointerLeave={() => light(false)}
        onFocus={() => light(true)}
        onBlur={() => light(false)}
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
