import { useEffect, useRef } from 'react'

const SHORTCUTS: [string, string][] = [
  ['Space or K', 'Play or pause the chain'],
  ['Page Down or →', 'Next link (works with a presentation clicker)'],
  ['Page Up or ←', 'Previous link'],
  ['F, B, L, R, T', 'Front, back, left, right and top views'],
  ['0 or Home', 'Reset the view'],
  ['Arrows in the 3D view', 'Turn the skeleton (Shift: move it)'],
  ['+ and − in the 3D view', 'Zoom in and out'],
  ['N', 'Show or hide region names'],
  ['G', 'Fade the bones outside the chain'],
  ['P', 'Presenter mode on or off'],
  ['. (in presenter mode)', 'Black screen; any key brings it back'],
  ['Esc', 'Close the explanation, then leave the region'],
  ['?', 'This list'],
]

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
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>{keys}</dt>
            <dd>{what}</dd>
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
