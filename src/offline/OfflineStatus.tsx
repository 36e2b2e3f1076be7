import { useSyncExternalStore } from 'react'
import { offlineStatus, type OfflineState } from './offlineSupport'
import './offlineStatus.css'

const MESSAGES: Partial<Record<OfflineState, string>> = {
  ready: 'Ready for offline use: this app now opens and plays without the network.',
  'update-waiting': 'A new version is saved. It starts the next time the app is opened, after all its tabs are closed.',
  failed: 'Saving the app for offline use did not finish. It tries again the next time the app is opened.',
}

/**
 * A small, dismissable line about the app's offline copy. The live region is always in the page so
 * screen readers hear the message when it arrives. Not shown in presenter mode or when embedded
 * (App leaves it out there): a class does not need it on the projector.
 */
export function OfflineStatus() {
  const status = useSyncExternalStore(offlineStatus.subscribe, offlineStatus.get)
  const message = status.announce ? MESSAGES[status.state] : undefined
  return (
    <div className="offline-status-region" role="status" aria-live="polite">
      {message && (
        <div className="offline-status" data-state={status.state}>
          <p>{message}</p>
          <button type="button" className="icon-button" aria-label="Dismiss offline status" onClick={offlineStatus.dismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}
