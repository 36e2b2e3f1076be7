import { useEffect } from 'react'
import { appStore } from '../state/store'

/** Keys that work anywhere on the page. Escape closes the panel first, then leaves the region. */
export function useGlobalKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return
      if (event.key !== 'Escape') return
      const { panelOpen, region, actions } = appStore.getState()
      if (panelOpen) {
        actions.closePanel()
        if (region) document.querySelector<HTMLButtonElement>(`.region-button[data-region="${region}"]`)?.focus()
      } else if (region) {
        actions.select(null)
      } else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
