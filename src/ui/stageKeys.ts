import type { KeyboardEvent } from 'react'
import { appStore } from '../state/store'

/**
 * Keys that move the camera while the 3D view has focus: arrows turn it, Shift+arrows pan,
 * + and − zoom. (Outside the view, arrows keep their usual meaning.)
 */
export function onStageKeyDown(event: KeyboardEvent<HTMLElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey) return
  const { panView, turnView, zoomView } = appStore.getState().actions
  const pan = event.shiftKey
  switch (event.key) {
    // Same directions as dragging with the mouse.
    case 'ArrowLeft':
      if (pan) panView(-0.08, 0)
      else turnView(15, 0)
      break
    case 'ArrowRight':
      if (pan) panView(0.08, 0)
      else turnView(-15, 0)
      break
    case 'ArrowUp':
      if (pan) panView(0, 0.08)
      else turnView(0, 10)
      break
    case 'ArrowDown':
      if (pan) panView(0, -0.08)
      else turnView(0, -10)
      break
    case '+':
    case '=':
      zoomView(0.8)
      break
    case '-':
    case '_':
      zoomView(1.25)
      break
    default:
      return
  }
  event.preventDefault()
}
