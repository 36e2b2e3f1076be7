/**
 * The body's vocabulary for regions: the eight keys shared by the URL, the automation API,
 * the model's `extras.region` and the tests (see README "Contracts").
 * Pure data: nothing here may import React or three.
 */

export const REGION_KEYS = [
  'lumbar',
  'pelvis',
  'hip-left',
  'hip-right',
  'knee-left',
  'knee-right',
  'ankle-left',
  'ankle-right',
] as const

export type RegionKey = (typeof REGION_KEYS)[number]

/** The joint family a region belongs to; also the value of a bone's `extras.region` in the model. */
export const REGION_KINDS = ['lumbar', 'pelvis', 'hip', 'knee', 'ankle'] as const
export type RegionKind = (typeof REGION_KINDS)[number]

/** The skeleton's own left and right (its left side is +X in the model). */
export type Side = 'left' | 'right'

export interface Region {
  key: RegionKey
  /** Name shown to users, e.g. "Left knee". */
  label: string
  kind: RegionKind
  side: Side | null
}

export const REGIONS: readonly Region[] = [
  { key: 'lumbar', label: 'Lumbar spine', kind: 'lumbar', side: null },
  { key: 'pelvis', label: 'Pelvis', kind: 'pelvis', side: null },
  { key: 'hip-left', label: 'Left hip', kind: 'hip', side: 'left' },
  { key: 'hip-right', label: 'Right hip', kind: 'hip', side: 'right' },
  { key: 'knee-left', label: 'Left knee', kind: 'knee', side: 'left' },
  { key: 'knee-right', label: 'Right knee', kind: 'knee', side: 'right' },
  { key: 'ankle-left', label: 'Left ankle', kind: 'ankle', side: 'left' },
  { key: 'ankle-right', label: 'Right ankle', kind: 'ankle', side: 'right' },
]

const BY_KEY: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.key, r]))

export function isRegionKey(value: unknown): value is RegionKey {
  return typeof value === 'string' && BY_KEY.has(value)
}

export function getRegion(key: RegionKey): Region {
  const region = BY_KEY.get(key)
  if (!region) throw new Error(`Unknown region key "${key}"`)
  return region
}

/** The region key for a joint family and side, e.g. ('knee', 'left') -> 'knee-left'. */
export function regionKeyFor(kind: RegionKind, side: Side | null): RegionKey {
  const key = kind === 'lumbar' || kind === 'pelvis' ? kind : `${kind}-${side ?? 'left'}`
  if (!isRegionKey(key)) throw new Error(`No region for ${kind} on side ${String(side)}`)
  return key
}

/** The same joint on the other side; central regions map to themselves. */
export function mirrorRegion(key: RegionKey): RegionKey {
  const r = getRegion(key)
  if (r.side === null) return key
  return regionKeyFor(r.kind, r.side === 'left' ? 'right' : 'left')
}
