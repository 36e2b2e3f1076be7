/**
 * The compare view: the chosen condition beside a second one of the same region kind, or beside
 * normal walking. One rule for what may be compared, shared by the store (which throws) and the URL
 * (which raises a notice). Pure: no React, no three.
 */
import { getRegion, type RegionKey } from '../anatomy/regions'
import { chainDuration, chainFrame, linkStartTime } from '../chains/playback'
import { chainGait, chainWeights, resolveChain } from '../chains/resolve'
import { NORMAL_STRIDE_TIME, strideTimeFor } from '../gait'
import type { ResolvedChain } from '../chains/types'
import { conditionById, conditionsFor, isConditionId, type ConditionId } from '../conditions'

/** What the second skeleton shows: another condition of the region's kind, or normal walking. */
export type CompareWith = ConditionId | 'normal'

/** The choices offered for a region and its condition: the kind's other conditions, then normal walking. */
export function compareChoices(region: RegionKey, condition: ConditionId): { id: CompareWith; label: string }[] {
  const others = conditionsFor(getRegion(region).kind).filter((c) => c.id !== condition)
  return [...others.map((c) => ({ id: c.id as CompareWith, label: c.label })), { id: 'normal', label: 'Normal walking' }]
}

/** The label of a compare choice ("Normal walking" or the condition's label). */
export function compareLabel(value: CompareWith): string {
  return value === 'normal' ? 'Normal walking' : conditionById(value).label
}

/**
 * Why `value` cannot be compared with `condition` at `region`, in words for a person, or null when it can.
 * A compare needs a chosen region; the second condition must start in the same region kind and differ
 * from the first.
 */
export function compareProblem(region: RegionKey | null, condition: ConditionId | null, value: unknown): string | null {
  if (region === null || condition === null) return 'Comparing needs a chosen region.'
  if (value === 'normal') return null
  if (!isConditionId(value)) return `There is no condition called ${JSON.stringify(String(value).slice(0, 40))} to compare with.`
  if (value === condition) return 'A condition cannot be compared with itself; choose another one or normal walking.'
  const kind = getRegion(region).kind
  if (conditionById(value).kind !== kind) {
    const ids = compareChoices(region, condition).map((c) => c.id)
    return `${conditionById(value).label} does not start at the ${getRegion(region).label.toLowerCase()}; compare with ${ids.join(' or ')}.`
  }
  return null
}

const compared = new WeakMap<ResolvedChain, { id: ConditionId; chain: ResolvedChain }>()

/**
 * The compared condition's chain on the same region and side as `chain` (null for normal walking or no
 * compare). Cached per chain, so the scene may ask every frame and the charts get the same object.
 */
export function compareChainOf(chain: ResolvedChain | null, compare: CompareWith | null): ResolvedChain | null {
  if (!chain || compare === null || compare === 'normal') return null
  const hit = compared.get(chain)
  if (hit && hit.id === compare) return hit.chain
  const made = resolveChain(chain.region, chain.side, conditionById(compare))
  compared.set(chain, { id: compare, chain: made })
  return made
}

/**
 * The second chain's time for the first chain's time: both chains are at the same fraction of their
 * length, so they reach the low back together however many links each has.
 */
export function secondChainTime(first: ResolvedChain, second: ResolvedChain, t: number): number {
  return (t * chainDuration(second)) / chainDuration(first)
}

/**
 * The second chain's gait-change weights once the first chain's link `step` has played to its end
 * (what the charts draw for the second skeleton at that step).
 */
export function secondWeightsAtStep(first: ResolvedChain, second: ResolvedChain, step: number): Record<string, number> {
  const end = linkStartTime(first, step) + first.links[step]!.duration
  return { ...chainFrame(second, secondChainTime(first, second, end)).weights }
}

/** What one skeleton of the compare view shows, in words for its name plate and the legend. */
export interface CompareSide {
  /** The condition's label, or "Normal walking". */
  name: string
  /** Side and severity ("Left knee · severity 80 %"), or null for normal walking. */
  detail: string | null
  /** Seconds per stride at the step on screen (its own timing). */
  strideTime: number
}

/**
 * Both skeletons of the compare view at the first chain's link `step`: names, side and severity, and
 * each one's own stride time (the animation shows them at the same fraction of the stride).
 */
export function compareSides(
  first: ResolvedChain,
  compare: CompareWith,
  severity: number,
  step: number,
): [CompareSide, CompareSide] {
  const where = getRegion(first.region).side ? getRegion(first.region).label : `${first.side === 'left' ? 'Left' : 'Right'} side`
  const detail = `${where} · severity ${Math.round(severity * 100)} %`
  const a: CompareSide = {
    name: first.condition.label,
    detail,
    strideTime: strideTimeFor(chainGait(first, severity), chainWeights(first, step + 1)),
  }
  const second = compareChainOf(first, compare)
  const b: CompareSide = second
    ? { name: second.condition.label, detail, strideTime: strideTimeFor(chainGait(second, severity), secondWeightsAtStep(first, second, step)) }
    : { name: 'Normal walking', detail: null, strideTime: NORMAL_STRIDE_TIME }
  return [a, b]
}
