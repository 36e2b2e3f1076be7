import { useEffect, useState } from 'react'

/** Minutes and seconds since the presenter view opened (or since Restart), for pacing a lesson. */
export function PresenterTimer() {
  const [start, setStart] = useState(() => Date.now())
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(id)
  }, [])
  const seconds = Math.max(0, Math.floor((now - start) / 1000))
  const text = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
  return (
    <p className="presenter-timer">
      <time aria-label="Time since the start">{text}</time>{' '}
      <button type="button" className="chip" onClick={() => (setStart(Date.now()), setNow(Date.now()))}>
        Restart
      </button>
    </p>
  )
}
