import { useActions, useAppStore } from '../state/store'
import './Blackout.css'

/** A black or white screen over everything, for a teacher who wants the class's eyes; any key or a click returns. */
export function Blackout() {
  const blank = useAppStore((s) => s.blank)
  const { setBlank } = useActions()
  if (!blank) return null
  return (
    <div
      className="blackout"
      data-colour={blank}
      role="button"
      tabIndex={0}
      aria-label={`Screen ${blank === 'black' ? 'blacked' : 'whited'} out. Press any key or click to return.`}
      onClick={() => setBlank(null)}
    >
      <span className="visually-hidden">Press any key to return</span>
    </div>
  )
}
