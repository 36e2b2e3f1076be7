import { useEffect } from 'react'
import { appStore, type CameraView } from '../state/store'

const VIEW_KEYS: Readonly<Record<string, CameraView>> = { f: 'front', b: 'back', l: 'left', r: 'right', t: 'top', '0': 'reset', Home: 'reset' }

const VIEW_NAMES: Readonly<Record<CameraView, string>> = { front: 'Front view', back: 'Back view', left: 'Left view', right: 'Right view', top: 'Top view', reset: 'Reset view' }

function isField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

/** Space and Enter already press a focused button; the player must not also react to them. */
function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'BUTTON' || target.getAttribute('role') === 'radio')
}

/**
 * Keys that work anywhere on the page (README "Keyboard"). Presentation clickers send Page Up and
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
      if (event.key === 'Escape') {
        if (panelOpen) {
          actions.closePanel()
          if (region) document.querySelector<HTMLButtonElement>(`.region-button[data-region="${region}"]`)?.focus()
        } else if (region) actions.select(null)
        else if (mode === 'present') actions.setMode('explore')
        else return
        event.preventDefault()
        return
      }
      if (isField(event.target)) return
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key
      const view = VIEW_KEYS[key]
      if (view) {
        actions.requestView(view)
        echo(VIEW_NAMES[view])
      } else if ((key === ' ' || key === 'k') && !(key === ' ' && isButton(event.target))) {
        if (!state.chain) return
        actions.togglePlay()
        echo(state.playing ? 'Pause' : 'Play')
      } else if (key === 'PageDown' || key === 'ArrowRight') {
        if (!state.chain) return
        actions.next()
        echo('Next link')
      } else if (key === 'PageUp' || key === 'ArrowLeft') {
        if (!state.chain) return
        actions.previous()
        echo('Previous link')
      } else if (key === 'n') actions.setLabelsVisible(!labelsVisible)
      else if (key === 'g' && region) actions.setFadeOthers(!fadeOthers)
      else if (key === 'p') actions.setMode(mode === 'present' ? 'explore' : 'present')
      else if (key === '.' && mode === 'present') actions.setBlackout(true)
      else if (key === '?') onHelp()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onHelp])
}
