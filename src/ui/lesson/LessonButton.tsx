import { DEFAULT_LESSON } from '../../lesson/lesson'
import { useActions, useAppStore } from '../../state/store'

/** "Run a lesson": every chain in order, each after its title card, in presenter mode. */
export function LessonButton({ onBuild }: { onBuild: () => void }) {
  const running = useAppStore((s) => s.lesson !== null)
  const { startLesson, endLesson, setMode } = useActions()
  return (
    <>
      <button
        type="button"
        className="chip"
        aria-pressed={running}
        onClick={() => {
          if (running) return endLesson()
          startLesson(DEFAULT_LESSON)
          setMode('present')
        }}
      >
        {running ? 'End the lesson' : 'Run a lesson'}
      </button>
      <button type="button" className="chip" onClick={onBuild}>
        Build a lesson
      </button>
    </>
  )
}
