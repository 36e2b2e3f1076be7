import { useEffect, useLayoutEffect, useRef } from 'react'
import { addWidgetFrame } from '../../state/widgetFrames'

/**
 * Calls `fn` on every frame of the walk while mounted (and once as it mounts), for DOM widgets that
 * follow the animation (cursor lines, the scrub thumb) without going through React state. The 3D scene
 * runs them after each frame it draws; without a scene they share one animation-frame loop
 * (state/widgetFrames.ts).
 */
export function useAnimationFrame(fn: () => void) {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  useEffect(() => addWidgetFrame(latest), [])
}
