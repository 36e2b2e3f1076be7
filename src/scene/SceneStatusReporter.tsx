import { useEffect } from 'react'
import { useFrame, useThree } from '@react-three/fiber'
import { appStore } from '../state/store'
import { FRAME_ORDER } from './frameOrder'

/**
 * Tells the store when the first frame has been drawn and when the GPU context is lost or back.
 * Runs its frame callback only until the first frame: nothing per frame reaches React state.
 */
export function SceneStatusReporter() {
  const gl = useThree((s) => s.gl)

  useFrame(() => {
    const { sceneStatus, actions } = appStore.getState()
    if (sceneStatus === 'loading') actions.setSceneStatus('ready')
  }, FRAME_ORDER.report)

  useEffect(() => {
    const canvas = gl.domElement
    const onLost = (event: Event) => {
      // Without preventDefault the browser never tries to restore the context.
      event.preventDefault()
      const { actions } = appStore.getState()
      actions.setSceneStatus('context-lost')
      actions.showNotice('The 3D view was interrupted by the graphics driver. It will come back by itself; everything else still works.')
    }
    const onRestored = () => {
      const { actions } = appStore.getState()
      actions.setSceneStatus('ready')
      actions.dismissNotice()
    }
    canvas.addEventListener('webglcontextlost', onLost)
    canvas.addEventListener('webglcontextrestored', onRestored)
    return () => {
      canvas.removeEventListener('webglcontextlost', onLost)
      canvas.removeEventListener('webglcontextrestored', onRestored)
    }
  }, [gl])

  return null
}
