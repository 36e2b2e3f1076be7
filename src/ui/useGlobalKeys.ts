import { useEffect } from 'react'
import { appStore, type CameraView } from '../state/store'
import { pageActionFor, type PageAction } from './keyMap'

const VIEWS: Readonly<Partial<Record<PageAction, [CameraView, string]>>> = {
  'view-front': ['front', 'Front view'],
  'view-back': ['back', 'Back view'],
  'view-left': ['left', 'Left view'],
  'view-right': ['right', 'Right view'],
  'view-top': ['top', 'Top view'],
  'view-reset': ['reset', 'Reset view'],
}

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/** Space and Enter already press a focused button; the player must not also react to them. */
function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.getAttribute('role') === 'radio')
}

/**
 * Keys that work anywhere on the page, as listed in keyMap.ts. Presentation clickers send Page Up and
 * Page Down (some send the arrow keys), so those step through the chain.
 */
export function useGlobalKeys(onHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const state = appStore.getState()
      const { panelOpen, region, labelsVisible, fadeOthers, mode, blackout, actions } = state
      const echo = (text: string) => mode === 'present' && actions.echoKey(text)
      if (blackout) {
        // Any key brings the picture back; it does nothing else.
        actions.setBlackout(false)
        event.preventDefault()
        return
      }
      const action = pageActionFor(event.key)
      if (action === 'escape') {
        if (panelOpen) {
          actions.closePanel()
          if (region) document.querySelector<HTMLButtonElement>(`.region-button[data-region="${region}"]`)?.focus()
        } else if (region) actions.select(null)
        else if (mode === 'present') actions.setMode('explore')
        else return
        event.preventDefault()
        return
      }
      if (action === null || isField(event.target)) return
      const view = VIEWS[action]
      if (view) {
        actions.requestView(view[0])
        echo(view[1])
      } else if (action === 'toggle-play' && !(event.key === ' ' && isButton(event.target))) {
        if (!state.chain) return
        actions.togglePlay()
        echo(state.playing ? 'Pause' : 'Play')
      } else if (action === 'next') {
        if (!state.chain) return
        actions.next()
        echo('Next link')
      } else if (action === 'previous') {
        if (!state.chain) return
        actions.previous()
        echo('Previous link')
      } else if (action === 'toggle-names') actions.setLabelsVisible(!labelsVisible)
      else if (action === 'toggle-fade-others' && region) actions.setFadeOthers(!fadeOthers)
      else if (action === 'cycle-muscles') {
        actions.cycleMuscleLayer()
        echo(`Muscles: ${appStore.getState().muscleLayer}`)
      } else if (action === 'toggle-present') actions.setMode(mode === 'present' ? 'explore' : 'present')
      else if (action === 'blackout' && mode === 'present') actions.setBlackout(true)
      else if (action === 'help') onHelp()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onHelp])
}
