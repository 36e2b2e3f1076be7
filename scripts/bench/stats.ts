/** The spread of one figure over several runs. */
export interface Summary {
  n: number
  median: number
  min: number
  max: number
  /** First and third quartiles (linear interpolation between order statistics). */
  q1: number
  q3: number
}

function quantile(sorted: number[], q: number): number {
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo)
}

/** Median, min, max and quartiles of the finite values; null when there are none (the figure failed). */
export function summarize(values: (number | null | undefined)[]): Summary | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).toSorted((a, b) => a - b)
  if (sorted.length === 0) return null
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    min: sorted[0]!,
    max: sorted[sorted.length - 1]!,
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
  }
}

/** "4.95 (4.80–5.30)": median and, when there was more than one run, min–max. */
export function formatSummary(s: Summary | null, digits = 1, unit = ''): string {
  if (!s) return 'not measured'
  const f = (v: number) => v.toFixed(digits)
  return s.n > 1 ? `${f(s.median)}${unit} (${f(s.min)}–${f(s.max)})` : `${f(s.median)}${unit}`
}
