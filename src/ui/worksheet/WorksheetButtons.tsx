import { useState } from 'react'
import type { Lesson } from '../../lesson/lesson'
import { captureKeyLinks } from './captureKeyLinks'
import { Worksheet } from './Worksheet'

/**
 * "Worksheet" and "Answer sheet" for a lesson: takes the pictures, then shows the sheet ready to print.
 * @param onOpen called as a sheet opens (the lesson builder closes, so its modal dialog is not on top)
 */
export function WorksheetButtons({ lesson, onOpen }: { lesson: Lesson; onOpen: () => void }) {
  const [open, setOpen] = useState<{ lesson: Lesson; answers: boolean } | null>(null)
  const [pictures, setPictures] = useState<(string | null)[] | null>(null)
  const start = (answers: boolean) => {
    onOpen()
    setOpen({ lesson, answers })
    setPictures(null)
    void captureKeyLinks(lesson).then(setPictures)
  }
  return (
    <>
      <button type="button" className="chip" onClick={() => start(false)}>
        Worksheet
      </button>
      <button type="button" className="chip" onClick={() => start(true)}>
        Answer sheet
      </button>
      {open && <Worksheet lesson={open.lesson} answers={open.answers} pictures={pictures} onClose={() => setOpen(null)} />}
    </>
  )
}
