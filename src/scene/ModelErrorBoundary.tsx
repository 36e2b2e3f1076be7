import { Component, type ReactNode } from 'react'
import { appStore } from '../state/store'

interface State {
  failed: boolean
}

/**
 * If the skeleton file cannot be loaded (a broken download, a server without the model), the rest
 * of the app keeps working and the user is told so, with a way to try again.
 */
export class ModelErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    const { actions } = appStore.getState()
    actions.setSceneStatus('model-error')
    actions.showNotice(`The skeleton could not be loaded (${error instanceof Error ? error.message : 'unknown error'}). Reload the page to try again; the region list and explanations still work.`)
  }

  override render() {
    return this.state.failed ? null : this.props.children
  }
}
