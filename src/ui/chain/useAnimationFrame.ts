import { useEffect, useLayoutEffect, useRef } from 'react'

/**
 * Calls `fn` on every animation frame while mounted, for DOM widgets that follow the animation
 * (cursor lines, the scrub thumb) without going through React state.
 */
export function useAnimationFrame(fn: () => void) {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  useEffect(() => {
    let id = 0
    const tick = () => {
      latest.current()
      id = requestAnimationFrame(tick)
    }
    id = requestAnimationFrame(tick)
    return () => cancelAnimationFrame(id)
  }, [])
}
