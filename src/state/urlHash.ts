import { isRegionKey, type RegionKey } from '../anatomy/regions'

/** The part of the app's state that a link can carry. Pure: no window, no React. */
export interface UrlState {
  region: RegionKey | null
}

export interface ParsedHash {
  state: UrlState
  /** Human-readable reasons a part of the hash was ignored; empty when it was all understood. */
  problems: string[]
}

/** Longest value quoted back in a notice, so a pasted essay cannot flood the screen. */
const MAX_QUOTED = 40

function quote(value: string): string {
  const short = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value
  return `“${short}”`
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/**
 * Reads `#region=knee-left` (the canonical form) or the short `#knee-left` a teacher might type
 * into a slide. Anything not understood falls back to the default view and is reported.
 */
export function parseHash(hash: string): ParsedHash {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash
  const state: UrlState = { region: null }
  const problems: string[] = []
  if (raw.trim() === '') return { state, problems }

  if (!raw.includes('=')) {
    const value = decode(raw)
    if (isRegionKey(value)) state.region = value
    else problems.push(`The link names a region this app does not know: ${quote(value)}.`)
    return { state, problems }
  }

  const params = new URLSearchParams(raw)
  const region = params.get('region')
  if (region !== null && region !== '') {
    if (isRegionKey(region)) state.region = region
    else problems.push(`The link names a region this app does not know: ${quote(region)}.`)
  }
  return { state, problems }
}

/** The canonical hash for a state, '' for the default view. */
export function formatHash(state: UrlState): string {
  const params = new URLSearchParams()
  if (state.region) params.set('region', state.region)
  const text = params.toString()
  return text ? `#${text}` : ''
}
