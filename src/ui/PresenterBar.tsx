import { useEffect, useState } from 'react'
import { useActions, useAppStore } from '../state/store'
import './PresenterBar.css'
import { toggleFullScreen } from './fullScreen'
import { openPresenterView } from './presenter/presenterLink'
import { AtAGlance } from './presenter/AtAGlance'

/**
 * Presenter mode: a large step counter the back row can read, the last key pressed (so a student who
 * looked away can follow), and the teacher's controls: the laptop's presenter view, the side text,
 * blackout, full screen and a way out.
 */
export function PresenterBar() {
  const mode = useAppStore((s) => s.mode)
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const echo = useAppStore((s) => s.keyEcho)
  const panel = useAppStore((s) => s.presenterPanel)
  const { setMode, setBlank, setPresenterPanel } = useActions()
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
      <div className="presenter-bar__buttons">
        <button type="button" className="chip" onClick={openPresenterView} title="Notes, next step and a timer on the laptop's screen">
          Presenter view
        </button>
        <button type="button" className="chip" aria-pressed={panel === 'glance'} onClick={() => setPresenterPanel(panel === 'glance' ? 'hidden' : 'glance')}>
          At a glance
        </button>
        <button type="button" className="chip" onClick={() => setBlank('black')} title="Black screen (B or .)">
          Blackout
        </button>
        <button type="button" className="chip" onClick={toggleFullScreen} title="Full screen (F)">
          Full screen
        </button>
        <button type="button" className="chip" onClick={() => setMode('explore')} title="Leave presenter mode (P)">
          Exit presenter
        </button>
      </div>
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
      {/* In the same column as the counter, so the two stack and never overlap. */}
      <AtAGlance />
    </div>
  )
}
