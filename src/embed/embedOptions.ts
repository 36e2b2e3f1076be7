import { parseOrigin, type OriginPolicy } from '../api/bridgeMessage'

/** How the app was asked to run inside another page. Pure: read once from the URL at start. */
export interface EmbedOptions {
  /** Page chrome (header, region list, explanation panel) hidden for an iframe in slides or a course page. */
  embed: boolean
  /** Which pages may drive the app by postMessage. */
  bridge: OriginPolicy
  /** Shown as a notice when the link's origin could not be understood (the bridge then accepts no one). */
  problem: string | null
}

/** The URL parameters that belong to embedding; the hash sync keeps them when it rewrites the hash. */
const EMBED_KEYS = ['embed', 'origin'] as const

const hashParams = (hash: string) => new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash)

const isOn = (value: string | null) => value !== null && value !== '0' && value !== 'false'

/** Reads `?embed`, `#embed=1` and `#origin=https://...` (either part of the URL may carry them). */
export function parseEmbedOptions(search: string, hash: string): EmbedOptions {
  const query = new URLSearchParams(search)
  const fromHash = hash.includes('=') ? hashParams(hash) : new URLSearchParams()
  const embed = isOn(fromHash.get('embed')) || isOn(query.get('embed'))
  const originText = fromHash.get('origin') ?? query.get('origin')
  if (originText === null) return { embed, bridge: { accept: 'any' }, problem: null }
  const origin = parseOrigin(originText)
  if (origin) return { embed, bridge: { accept: 'one', origin }, problem: null }
  const shown = originText.length > 40 ? `${originText.slice(0, 40)}…` : originText
  return {
    embed,
    bridge: { accept: 'none' },
    problem: `The link's origin, “${shown}”, is not a web origin such as https://school.example, so no page can drive this app.`,
  }
}

/** The embedding parameters of a hash, as written (`embed=1&origin=...`), to keep across hash rewrites. */
export function embedHashParams(hash: string): string {
  if (!hash.includes('=')) return ''
  const from = hashParams(hash)
  const kept = new URLSearchParams()
  for (const key of EMBED_KEYS) {
    const value = from.get(key)
    if (value !== null) kept.set(key, value)
  }
  return kept.toString()
}
