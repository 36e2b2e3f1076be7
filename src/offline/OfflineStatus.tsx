import { useSyncExternalStore } from 'react'
import { offlineStatus, type OfflineState } from './offlineSupport'
import './offlineStatus.css'

/**
 * A short headline that fits the header, a shorter one for a 1024-wide projector's header; the
 * detail is for a hover and for screen readers.
 */
const MESSAGES: Partial<Record<OfflineState, { short: string; compact: string; detail: string }>> = {
  ready: { short: 'Ready for offline use', compact: 'Offline ready', detail: 'This app now opens and plays without the network.' },
  'update-waiting': { short: 'Update saved', compact: 'Update saved', detail: 'A new version starts the next time the app is opened, after all its tabs are closed.' },
  failed: { short: 'Not saved for offline use', compact: 'Not saved offline', detail: 'Saving did not finish; it tries again the next time the app is opened.' },
}

/**
 * A small, dismissable note in the page header about the app's offline copy. The live region is always
 * in the page so screen readers hear the message when it arrives; it is not a second role="status",
 * which belongs to the notice bar. The header leaves it out in
 * presenter mode, and an embedded app has no header: a class does not need it on the projector.
 */
export function OfflineStatus() {
  const status = useSyncExternalStore(offlineStatus.subscribe, offlineStatus.get)
  const message = status.announce ? MESSAGES[status.state] : undefined
  return (
    <div className="offline-status-region" aria-live="polite">
      {message && (
        <div className="offline-status" data-state={status.state} title={message.detail}>
          <p>
            <strong>
              <span className="offline-status__short">{message.short}</span>
              {message.compact !== message.short && (
                <span className="offline-status__compact" aria-hidden="true">
                  {message.compact}
                </span>
              )}
            </strong>
            <span className="visually-hidden">. {message.detail}</span>
          </p>
          <button type="button" className="icon-button" aria-label="Dismiss offline status" onClick={offlineStatus.dismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}
