import type { ChainExplorerApi } from './chainExplorer'
import { ANY_ORIGIN, acceptsOrigin, readBridgeMessage, replyTarget, type OriginPolicy } from './bridgeMessage'

/**
 * The same verbs as `window.chainExplorer`, for a page that embeds the app in an iframe:
 *   frame.contentWindow.postMessage({ chainExplorer: 'select', args: ['knee-left'], id: 1 }, appOrigin)
 * The reply is posted back to the sender: { chainExplorer: 'reply', id, result } or { ..., error }.
 * Messages of another shape get an error reply or, when not meant for us, nothing; messages from an
 * origin the policy refuses get nothing at all. Only data crosses: nothing received is rendered as HTML,
 * and nothing a sender posts can make this handler throw.
 */
export function startMessageBridge(api: ChainExplorerApi, win: Window = window, policy: OriginPolicy = ANY_ORIGIN): () => void {
  const onMessage = (event: MessageEvent) => {
    try {
      if (!acceptsOrigin(policy, event.origin)) return
      const source = event.source as Window | null
      if (!source || typeof source.postMessage !== 'function') return
      const reading = readBridgeMessage(event.data)
      if (reading.kind === 'ignore') return
      const target = replyTarget(policy, event.origin)
      const reply = (id: unknown, body: Record<string, unknown>) => source.postMessage({ chainExplorer: 'reply', id, ...body }, { targetOrigin: target })
      if (reading.kind === 'malformed') {
        reply(reading.id, { error: reading.error })
        return
      }
      const { verb, args, id } = reading.request
      try {
        const fn = api[verb] as (...a: unknown[]) => unknown
        reply(id, { result: fn.apply(api, args) ?? null })
      } catch (err) {
        reply(id, { error: err instanceof Error ? err.message : String(err) })
      }
    } catch {
      // A sender that vanished or a result that cannot be cloned: nothing more to tell anyone.
    }
  }
  win.addEventListener('message', onMessage)
  // A parent page learns about every change without polling, but only the one allowed origin when set.
  const notify = win.parent !== win && policy.accept !== 'none'
  const target = policy.accept === 'one' ? policy.origin : '*'
  const stop = notify
    ? api.on('change', (state) => {
        try {
          win.parent.postMessage({ chainExplorer: 'change', state }, target)
        } catch {
          // The parent navigated away; the next change tries again.
        }
      })
    : () => {}
  return () => {
    win.removeEventListener('message', onMessage)
    stop()
  }
}
