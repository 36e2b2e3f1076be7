import type { AppStore } from '../state/store'
import { PRESENTER_CHANNEL, isCommandMessage, presenterSnapshot, type PresenterCommand, type SnapshotMessage } from './presenterMessages'

/**
 * The projected window's side of the presenter view: obeys its commands and sends it a snapshot
 * whenever what it shows changes. Returns a function that stops it. No BroadcastChannel, no bridge.
 */
export function startPresenterBridge(store: AppStore, open = (name: string) => new BroadcastChannel(name)): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}
  const channel = open(PRESENTER_CHANNEL)
  let sent = ''
  const send = (force = false) => {
    const message: SnapshotMessage = { type: 'snapshot', snapshot: presenterSnapshot(store.getState()) }
    const text = JSON.stringify(message)
    if (!force && text === sent) return
    sent = text
    // oxlint-disable-next-line unicorn/require-post-message-target-origin -- a BroadcastChannel has no target origin
    channel.postMessage(message)
  }
  const run: Record<PresenterCommand, () => void> = {
    forward: () => store.getState().actions.forward(),
    back: () => store.getState().actions.back(),
    first: () => store.getState().actions.first(),
    last: () => store.getState().actions.last(),
    'toggle-play': () => store.getState().actions.togglePlay(),
    black: () => store.getState().actions.setBlank(store.getState().blank === 'black' ? null : 'black'),
    white: () => store.getState().actions.setBlank(store.getState().blank === 'white' ? null : 'white'),
    hello: () => send(true),
  }
  channel.addEventListener('message', (event: MessageEvent) => {
    if (isCommandMessage(event.data)) run[event.data.command]()
  })
  const unsubscribe = store.subscribe(() => send())
  send(true)
  return () => {
    unsubscribe()
    channel.close()
  }
}
