import { useFrame } from '@react-three/fiber'
import { useEffect } from 'react'
import { runWidgetFrames, setSceneRunsWidgets } from '../state/widgetFrames'
import { FRAME_ORDER } from './frameOrder'

/**
 * While the scene is mounted, the DOM widgets that follow the walk (scrub thumb, chart cursors, predict
 * markers) run after the pose of each frame it draws, instead of from an animation-frame loop of their
 * own beside the scene's (state/widgetFrames.ts).
 */
export function WidgetFrames() {
  useEffect(() => {
    setSceneRunsWidgets(true)
    return () => setSceneRunsWidgets(false)
  }, [])
  useFrame(() => runWidgetFrames(), FRAME_ORDER.widgets)
  return null
}
