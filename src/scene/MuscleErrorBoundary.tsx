import { Component, type ReactNode } from 'react'
import { appStore } from '../state/store'

interface State {
  failed: boolean
}

/** If the muscle file cannot be loaded, the skeleton walks on without muscles and the user is told so. */
export class MuscleErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch(error: unknown) {
    appStore.getState().actions.showNotice(`The muscles could not be loaded (${error instanceof Error ? error.message : 'unknown error'}); the skeleton works without them.`)
  }

  override render() {
    return this.state.failed ? null : this.props.children
  }
}
