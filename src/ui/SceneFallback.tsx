import { Component, type ReactNode } from 'react'
import { appStore } from '../state/store'
import { Skeleton2D } from './Skeleton2D'
import './SceneFallback.css'

interface Props {
  children: ReactNode
}

interface State {
  failed: boolean
}

/**
 * If the browser cannot create a WebGL context, the region list and the panels still work;
 * this says so in place of the canvas instead of leaving a blank hole.
 */
export class SceneFallback extends Component<Props, State> {
  override state: State = { failed: false }

  static getDerivedStateFromError(): State {
    return { failed: true }
  }

  override componentDidCatch() {
    appStore.getState().actions.setSceneStatus('unavailable')
  }

  override render() {
    if (!this.state.failed) return this.props.children
    return (
      <div className="scene-fallback">
        <Skeleton2D />
        <p role="note">
          This browser could not start the 3D view (WebGL is switched off or not supported), so the skeleton is drawn flat. Choose a
          region here or in the list; the chain plays as steps and the explanations work as usual.
        </p>
      </div>
    )
  }
}
