import { useActions, useAppStore } from '../state/store'
import './NoticeBar.css'

/** A short, dismissible message (a broken link, a lost 3D view). Text only, never HTML. */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice)
  const { dismissNotice } = useActions()
  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice && (
        <div className="notice" key={notice.id}>
          <p>{notice.text}</p>
          <button type="button" className="icon-button" aria-label="Dismiss message" onClick={dismissNotice}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  )
}
