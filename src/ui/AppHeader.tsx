import { useActions, useAppStore } from '../state/store'
import { OfflineStatus } from '../offline/OfflineStatus'
import './AppHeader.css'
import { LessonButton } from './lesson/LessonButton'

/**
 * @param onHelp opens the shortcuts list
 * @param onBuildLesson opens the lesson builder
 */
export function AppHeader({ onHelp, onBuildLesson }: { onHelp: () => void; onBuildLesson: () => void }) {
  const chain = useAppStore((s) => s.chain)
  const mode = useAppStore((s) => s.mode)
  const { setMode } = useActions()
  return (
    <header className="app-header">
      <h1>Compensation Chain Explorer</h1>
      <p className="app-header__hint">{chain ? `${chain.condition.label}: follow it up to the low back.` : 'Choose a region to see how it reaches the low back.'}</p>
      {mode !== 'present' && <OfflineStatus />}
      <div className="app-header__actions">
        <LessonButton onBuild={onBuildLesson} />
        <button type="button" className="chip" aria-pressed={mode === 'present'} aria-keyshortcuts="P" onClick={() => setMode(mode === 'present' ? 'explore' : 'present')}>
          Presenter mode
        </button>
        <button type="button" className="chip" aria-keyshortcuts="?" onClick={onHelp}>
          Keys
        </button>
      </div>
    </header>
  )
}
