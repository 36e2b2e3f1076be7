import { useActions, useAppStore } from '../state/store'
import './Blackout.css'

/** A black screen over everything, for a teacher who wants the class's eyes; any key or a click returns. */
export function Blackout() {
  const on = useAppStore((s) => s.blackout)
  const { setBlackout } = useActions()
  if (!on) return null
  return (
    <div className="blackout" role="button" tabIndex={0} aria-label="Screen blacked out. Press any key or click to return." onClick={() => setBlackout(false)}>
      <span className="visually-hidden">Press any key to return</span>
    </div>
  )
}
