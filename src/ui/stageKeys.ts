import type { KeyboardEvent } from 'react'
import { appStore } from '../state/store'
import { stageActionFor, type StageAction } from './keyMap'

/** Each 3D view key's camera move: the same directions as dragging with the mouse. */
const MOVES: Readonly<Record<StageAction, (a: ReturnType<typeof appStore.getState>['actions']) => void>> = {
  'turn-left': (a) => a.turnView(15, 0),
  'turn-right': (a) => a.turnView(-15, 0),
  'turn-up': (a) => a.turnView(0, 10),
  'turn-down': (a) => a.turnView(0, -10),
  'pan-left': (a) => a.panView(-0.08, 0),
  'pan-right': (a) => a.panView(0.08, 0),
  'pan-up': (a) => a.panView(0, 0.08),
  'pan-down': (a) => a.panView(0, -0.08),
  'zoom-in': (a) => a.zoomView(0.8),
  'zoom-out': (a) => a.zoomView(1.25),
}

/**
 * Keys that move the camera while the 3D view has focus (keyMap.ts): arrows turn it, Shift+arrows
 * pan, + and − zoom. (Outside the view, arrows keep their usual meaning.)
 */
export function onStageKeyDown(event: KeyboardEvent<HTMLElement>) {
  if (event.altKey || event.ctrlKey || event.metaKey) return
  const action = stageActionFor(event.key, event.shiftKey)
  if (!action) return
  MOVES[action](appStore.getState().actions)
  event.preventDefault()
}
