import { useEffect, useRef } from 'react'
import { KEY_MAP } from './keyMap'
import './ShortcutsDialog.css'

/** The keyboard shortcuts, in a native modal dialog (focus is trapped and restored by the browser). */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const d = ref.current
    if (!d) return
    if (open && !d.open) d.showModal()
    if (!open && d.open) d.close()
  }, [open])
  return (
    <dialog ref={ref} className="shortcuts" aria-labelledby="shortcuts-title" onClose={onClose} onCancel={onClose}>
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {KEY_MAP.map(({ keys, description }) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{description}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="chip">
          Close
        </button>
      </form>
    </dialog>
  )
}
