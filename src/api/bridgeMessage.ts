/**
 * The rules for messages a page may post to the app in its iframe (README "Embedding"). Pure: no
 * window, so the rules are tested on their own. A message is either for us and well formed, for us
 * and malformed (the sender gets an error reply), or not for us at all (ignored: other scripts on
 * the page use postMessage too).
 */

/** The verbs the bridge runs; `on` is left out because a listener cannot cross postMessage. */
export const BRIDGE_VERBS = ['regions', 'conditions', 'select', 'state', 'chain', 'play', 'pause', 'next', 'previous', 'screenPosition'] as const
export type BridgeVerb = (typeof BRIDGE_VERBS)[number]

/** A request id: echoed in the reply so the sender can match it. */
export type BridgeId = string | number | null

export interface BridgeRequest {
  verb: BridgeVerb
  args: unknown[]
  id: BridgeId
}

export type BridgeReading =
  | { kind: 'request'; request: BridgeRequest }
  | { kind: 'malformed'; id: BridgeId; error: string }
  | { kind: 'ignore' }

const MAX_ARGS = 4
const MAX_STRING = 200
const MAX_ID = 64
const FIELDS = new Set(['chainExplorer', 'args', 'id'])

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype

function isPrimitive(v: unknown): boolean {
  if (v === null || typeof v === 'boolean') return true
  if (typeof v === 'number') return Number.isFinite(v)
  return typeof v === 'string' && v.length <= MAX_STRING
}

/** An argument is a short primitive, or a flat object of them (room for options such as { condition }). */
function isArgument(v: unknown): boolean {
  if (isPrimitive(v)) return true
  return isPlainObject(v) && Object.keys(v).length <= 8 && Object.values(v).every(isPrimitive)
}

function readId(v: unknown): BridgeId | undefined {
  if (v === undefined || v === null) return null
  if (typeof v === 'number' && Number.isFinite(v)) return v
  if (typeof v === 'string' && v.length <= MAX_ID) return v
  return undefined
}

export function readBridgeMessage(data: unknown): BridgeReading {
  if (!isPlainObject(data) || typeof data.chainExplorer !== 'string') return { kind: 'ignore' }
  // Our own replies and change notices, seen again when parent and app share a window in tests.
  if (data.chainExplorer === 'reply' || data.chainExplorer === 'change') return { kind: 'ignore' }
  const id = readId(data.id)
  if (id === undefined) return { kind: 'malformed', id: null, error: 'The id must be a number or a string of at most 64 characters.' }
  const extra = Object.keys(data).filter((k) => !FIELDS.has(k))
  if (extra.length > 0) return { kind: 'malformed', id, error: `Unexpected field ${JSON.stringify(extra[0]!.slice(0, 40))}.` }
  const verb = data.chainExplorer
  if (!(BRIDGE_VERBS as readonly string[]).includes(verb)) return { kind: 'malformed', id, error: `Unknown verb ${JSON.stringify(verb.slice(0, 40))}` }
  const args = data.args ?? []
  if (!Array.isArray(args) || args.length > MAX_ARGS || !args.every(isArgument)) {
    return { kind: 'malformed', id, error: `args must be an array of at most ${MAX_ARGS} short values.` }
  }
  return { kind: 'request', request: { verb: verb as BridgeVerb, args, id } }
}

/**
 * Who may drive the app: anyone (the default, as for any public page), one origin (set with
 * `#origin=https://...`), or no one (the origin given was not a valid one: fail closed).
 */
export type OriginPolicy = { accept: 'any' } | { accept: 'one'; origin: string } | { accept: 'none' }

export const ANY_ORIGIN: OriginPolicy = { accept: 'any' }

export function acceptsOrigin(policy: OriginPolicy, origin: string): boolean {
  if (policy.accept === 'any') return true
  return policy.accept === 'one' && origin === policy.origin
}

/** Where replies may go: the one allowed origin, else the sender's (any origin when it has none we can name). */
export function replyTarget(policy: OriginPolicy, senderOrigin: string): string {
  if (policy.accept === 'one') return policy.origin
  return /^https?:\/\/[^/]+$/.test(senderOrigin) ? senderOrigin : '*'
}

/**
 * Reads an origin as typed into a link: `https://school.example` (a trailing slash is fine).
 * Returns null for anything else (a path, another scheme, garbage).
 */
export function parseOrigin(value: string): string | null {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return null
  return url.origin
}
