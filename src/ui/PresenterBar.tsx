import { useEffect, useState } from 'react'
import { useActions, useAppStore } from '../state/store'
import './PresenterBar.css'

/**
 * Presenter mode: a large step counter the back row can read, the last key pressed (so a student who
 * looked away can follow), blackout, full screen and a way out.
 */
export function PresenterBar() {
  const mode = useAppStore((s) => s.mode)
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const echo = useAppStore((s) => s.keyEcho)
  const { setMode, setBlackout } = useActions()
  // Each echo shows until its own timer marks it as done.
  const [doneEcho, setDoneEcho] = useState<number | null>(null)

  useEffect(() => {
    if (!echo) return
    const t = setTimeout(() => setDoneEcho(echo.id), 1600)
    return () => clearTimeout(t)
  }, [echo])

  if (mode !== 'present') return null
  return (
    <div className="presenter-bar">
      {chain && (
        <p className="presenter-bar__count" aria-label={`Step ${step + 1} of ${chain.links.length}`}>
          {step + 1}
          <span>/{chain.links.length}</span>
        </p>
      )}
      {echo && doneEcho !== echo.id && (
        <p className="presenter-bar__echo" aria-hidden="true">
          {echo.text}
        </p>
      )}
      <div className="presenter-bar__buttons">
        <button type="button" className="chip" onClick={() => setBlackout(true)} title="Black screen (.)">
          Blackout
        </button>
        <button
          type="button"
          className="chip"
          onClick={() => (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => {})}
        >
          Full screen
        </button>
        <button type="button" className="chip" onClick={() => setMode('explore')} title="Leave presenter mode (P)">
          Exit presenter
        </button>
      </div>
    </div>
  )
}
