import { useEffect, useState } from 'react'
import { PRESENTER_CHANNEL, isSnapshotMessage, type CommandMessage, type PresenterCommand, type PresenterSnapshot } from '../../presenter/presenterMessages'
import { PresenterTimer } from './PresenterTimer'

/**
 * The teacher's laptop screen (like a slide program's notes view): what the class sees, what comes
 * next, the chain's objectives, vignette and questions, a timer, and the clicker's controls. It drives
 * the projected window over a BroadcastChannel and follows it; nothing here is shown to the class.
 */
/** Sends a command to the projected window (a BroadcastChannel has no target origin to give). */
const channel: { current: BroadcastChannel | null } = { current: null }
function send(command: PresenterCommand) {
  // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin
  channel.current?.postMessage({ type: 'command', command } satisfies CommandMessage)
}

export function PresenterView() {
  const [snapshot, setSnapshot] = useState<PresenterSnapshot | null>(null)

  useEffect(() => {
    const c = new BroadcastChannel(PRESENTER_CHANNEL)
    channel.current = c
    c.addEventListener('message', (event: MessageEvent) => {
      if (isSnapshotMessage(event.data)) setSnapshot(event.data.snapshot)
    })
    send('hello')
    return () => c.close()
  }, [])


  // The laptop's own keys drive the projected window too.
  useEffect(() => {
    const keys: Record<string, PresenterCommand> = { PageDown: 'forward', ArrowRight: 'forward', ' ': 'forward', PageUp: 'back', ArrowLeft: 'back', Home: 'first', End: 'last', b: 'black', '.': 'black', w: 'white', ',': 'white' }
    const onKey = (e: KeyboardEvent) => {
      const command = keys[e.key.length === 1 ? e.key.toLowerCase() : e.key]
      if (!command || e.altKey || e.ctrlKey || e.metaKey || (e.target instanceof HTMLElement && e.target.tagName === 'BUTTON' && e.key === ' ')) return
      send(command)
      e.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className="presenter-view">
      <header className="presenter-view__header">
        <h1>Presenter view</h1>
        <p className="presenter-view__position">{snapshot?.position || (snapshot ? 'One chain' : 'Waiting for the projected window…')}</p>
        <PresenterTimer />
      </header>
      {snapshot && (
        <>
          <section className="presenter-view__now" aria-live="polite">
            <h2>Now{snapshot.blank ? ` (screen ${snapshot.blank})` : ''}</h2>
            <p className="presenter-view__heading">{snapshot.now.heading}</p>
            <p>{snapshot.now.text}</p>
          </section>
          <section className="presenter-view__next">
            <h2>Next</h2>
            <p>{snapshot.next ?? 'The end.'}</p>
          </section>
          <nav className="presenter-view__controls" aria-label="Drive the projected window">
            <button type="button" className="chip" onClick={() => send('first')}>First card</button>
            <button type="button" className="chip" onClick={() => send('back')}>Back</button>
            <button type="button" className="chip" onClick={() => send('toggle-play')}>{snapshot.playing ? 'Pause' : 'Play'}</button>
            <button type="button" className="chip" onClick={() => send('forward')}>Next</button>
            <button type="button" className="chip" onClick={() => send('last')}>Last card</button>
            <button type="button" className="chip" aria-pressed={snapshot.blank === 'black'} onClick={() => send('black')}>Black screen</button>
            <button type="button" className="chip" aria-pressed={snapshot.blank === 'white'} onClick={() => send('white')}>White screen</button>
          </nav>
          {snapshot.notes && (
            <section className="presenter-view__notes">
              <h2>Notes: {snapshot.notes.condition}</h2>
              <h3>Objectives</h3>
              <ul>{snapshot.notes.objectives.map((o) => <li key={o}>{o}</li>)}</ul>
              <h3>A person to picture</h3>
              <p>{snapshot.notes.vignette}</p>
              <h3>Questions for the class</h3>
              <ol>{snapshot.notes.questions.map((q) => <li key={q}>{q}</li>)}</ol>
            </section>
          )}
        </>
      )}
    </div>
  )
}
