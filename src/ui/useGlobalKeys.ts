import { useEffect } from 'react'
import { REGION_KINDS, regionKeyFor } from '../anatomy/regions'
import { appStore, type CameraView } from '../state/store'
import { pageActionFor, type PageAction } from './keyMap'
import { toggleFullScreen } from './fullScreen'

const VIEWS: Readonly<Partial<Record<PageAction, [CameraView, string]>>> = {
  'view-front': ['front', 'Front view'],
  'view-back': ['back', 'Back view'],
  'view-left': ['left', 'Left view'],
  'view-right': ['right', 'Right view'],
  'view-top': ['top', 'Top view'],
  'view-reset': ['reset', 'Reset view'],
}

/** 1 to 5: the region kinds in the region list's order. */
const KINDS: Readonly<Partial<Record<PageAction, (typeof REGION_KINDS)[number]>>> = {
  'kind-1': REGION_KINDS[0],
  'kind-2': REGION_KINDS[1],
  'kind-3': REGION_KINDS[2],
  'kind-4': REGION_KINDS[3],
  'kind-5': REGION_KINDS[4],
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
 * Page Down (some send the arrow keys), so those step through the chain, and through a lesson's
 * chains and title cards; slide programs taught teachers B/W for a blank screen, F for full screen.
 */
export function useGlobalKeys(onHelp: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      const state = appStore.getState()
      const { panelOpen, region, labelsVisible, fadeOthers, mode, blank, lesson, actions } = state
      const echo = (text: string) => mode === 'present' && actions.echoKey(text)
      if (blank) {
        // Any key brings the picture back; it does nothing else.
        actions.setBlank(null)
        event.preventDefault()
        return
      }
      const action = pageActionFor(event.key, event.shiftKey)
      if (action === 'escape') {
        if (panelOpen && mode !== 'present') {
          actions.closePanel()
          if (region) document.querySelector<HTMLButtonElement>(`.region-button[data-region="${region}"]`)?.focus()
        } else if (lesson) actions.endLesson()
        else if (region) actions.select(null)
        else if (mode === 'present') actions.setMode('explore')
        else return
        event.preventDefault()
        return
      }
      if (action === null || isField(event.target)) return
      const view = VIEWS[action]
      const kind = KINDS[action]
      const slide = lesson ? state.slides[state.slide] : undefined
      // In a lesson, Space on a title card, a question or a finished link goes on, as a clicker would.
      const spaceGoesOn = slide !== undefined && (slide.kind !== 'link' || state.step === (state.chain?.links.length ?? 0) - 1)
      if (view) {
        actions.requestView(view[0])
        echo(view[1])
      } else if (kind) {
        if (lesson) actions.endLesson()
        actions.select(regionKeyFor(kind, 'left'))
      } else if (action === 'toggle-play' && !(event.key === ' ' && isButton(event.target))) {
        if (event.key === ' ' && spaceGoesOn) {
          actions.forward()
          echo('Next')
        } else if (state.chain) {
          actions.togglePlay()
          echo(state.playing ? 'Pause' : 'Play')
        } else return
      } else if (action === 'next' || action === 'previous' || action === 'first' || action === 'last') {
        if (!state.chain && !lesson) return
        const move = { next: actions.forward, previous: actions.back, first: actions.first, last: actions.last }[action]
        move()
        echo({ next: 'Next', previous: 'Back', first: 'First', last: 'Last' }[action])
      } else if (action === 'black') actions.setBlank('black')
      else if (action === 'white') actions.setBlank('white')
      else if (action === 'full-screen') toggleFullScreen()
      else if (action === 'toggle-names') actions.setLabelsVisible(!labelsVisible)
      else if (action === 'toggle-fade-others' && region) actions.setFadeOthers(!fadeOthers)
      else if (action === 'cycle-muscles') {
        actions.cycleMuscleLayer()
        echo(`Muscles: ${appStore.getState().muscleLayer}`)
      } else if (action === 'toggle-present') actions.setMode(mode === 'present' ? 'explore' : 'present')
      else if (action === 'help') onHelp()
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [onHelp])
}
