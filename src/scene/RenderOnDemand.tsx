import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import { appStore, type AppState } from '../state/store'

/** The walk (or the first frames) needs a frame every display refresh; anything else draws on demand. */
export function animating(s: Pick<AppState, 'chain' | 'playing' | 'sceneStatus' | 'modelDetail'>): boolean {
  return (s.chain !== null && s.playing) || s.sceneStatus !== 'ready' || s.modelDetail === 'none'
}

/**
 * Idle costs nothing: while no chain plays the canvas draws only when something changes (a store change
 * such as hover, a selection or a quality step; the camera controls ask for frames themselves while they
 * move; fiber draws after a resize). A laptop projecting a paused lesson for an hour stays cool.
 */
export function RenderOnDemand() {
  const setFrameloop = useThree((s) => s.setFrameloop)
  const invalidate = useThree((s) => s.invalidate)

  useEffect(() => {
    const apply = (s: AppState) => setFrameloop(animating(s) ? 'always' : 'demand')
    apply(appStore.getState())
    const unsubscribe = appStore.subscribe((next) => {
      apply(next)
      // Two frames: the first applies the change, the second draws what effects set from it.
      invalidate(2)
    })
    return () => {
      unsubscribe()
      setFrameloop('always')
    }
  }, [setFrameloop, invalidate])

  return null
}
