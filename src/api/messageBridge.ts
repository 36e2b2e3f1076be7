import type { ChainExplorerApi } from './chainExplorer'

/**
 * The same verbs as `window.chainExplorer`, for a page that embeds the app in an iframe:
 *   frame.contentWindow.postMessage({ chainExplorer: 'select', args: ['knee-left'], id: 1 }, '*')
 * The reply is posted back to the sender: { chainExplorer: 'reply', id, result } or { ..., error }.
 * Only data crosses: nothing received is ever rendered as HTML.
 */
const CALLABLE = new Set(['regions', 'conditions', 'select', 'state', 'chain', 'play', 'pause', 'next', 'previous', 'screenPosition'])

interface Request {
  chainExplorer: string
  args?: unknown[]
  id?: unknown
}

function isRequest(data: unknown): data is Request {
  return typeof data === 'object' && data !== null && typeof (data as Request).chainExplorer === 'string'
}

export function startMessageBridge(api: ChainExplorerApi, win: Window = window): () => void {
  const onMessage = (event: MessageEvent) => {
    if (!isRequest(event.data) || event.data.chainExplorer === 'reply' || event.data.chainExplorer === 'change') return
    const { chainExplorer: verb, id } = event.data
    const args = Array.isArray(event.data.args) ? event.data.args : []
    const reply = (body: Record<string, unknown>) =>
      (event.source as Window | null)?.postMessage({ chainExplorer: 'reply', id, ...body }, { targetOrigin: event.origin || '*' })
    const fn = (api as unknown as Record<string, unknown>)[verb]
    if (!CALLABLE.has(verb) || typeof fn !== 'function') {
      reply({ error: `Unknown verb ${JSON.stringify(verb)}` })
      return
    }
    try {
      reply({ result: (fn as (...a: unknown[]) => unknown).apply(api, args) ?? null })
    } catch (err) {
      reply({ error: err instanceof Error ? err.message : String(err) })
    }
  }
  win.addEventListener('message', onMessage)
  // A parent page learns about every change without polling.
  const stop = win.parent !== win ? api.on('change', (state) => win.parent.postMessage({ chainExplorer: 'change', state }, '*')) : () => {}
  return () => {
    win.removeEventListener('message', onMessage)
    stop()
  }
}
