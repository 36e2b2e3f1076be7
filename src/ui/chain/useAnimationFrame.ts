import { useEffect, useLayoutEffect, useRef } from 'react'

/** Every widget's per-frame callback, run from one animation-frame loop while any is mounted. */
const callbacks = new Set<{ current: () => void }>()
let frame = 0

function tick() {
  for (const c of callbacks) c.current()
  frame = callbacks.size > 0 ? requestAnimationFrame(tick) : 0
}

/**
 * Calls `fn` on every animation frame while mounted, for DOM widgets that follow the animation
 * (cursor lines, the scrub thumb) without going through React state. All of them share one loop: on a
 * software-rendered PC each extra animation-frame callback cost the page's thread time every frame.
 */
export function useAnimationFrame(fn: () => void) {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  useEffect(() => {
    const entry = latest
    callbacks.add(entry)
    if (frame === 0) frame = requestAnimationFrame(tick)
    return () => {
      callbacks.delete(entry)
      if (callbacks.size === 0 && frame !== 0) {
        cancelAnimationFrame(frame)
        frame = 0
      }
    }
  }, [])
}
