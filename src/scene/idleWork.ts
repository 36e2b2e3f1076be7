/** What the browser says of an idle period; absent where it has no idle callbacks (Safari before 18). */
interface IdleDeadlineLike {
  timeRemaining(): number
}

const nothing = () => {}

export interface IdleWorkOptions {
  /** The most one idle period is given, ms (at least one item always runs). */
  sliceMs: number
  /** Run within this long even if the page is never idle, ms (none: wait for idleness). */
  timeoutMs?: number
  /** Called after each slice (e.g. to ask for a frame that shows the work). */
  afterSlice?: () => void
}

/**
 * Works through `items` (taken from the front of the array) in the browser's idle time: at least one
 * item per idle period, more while the period and `sliceMs` last, so a frame is never held up for
 * long. Where the browser has no idle callbacks, a short timeout stands in for one. Returns a
 * function that stops the work.
 */
export function drainWhenIdle<T>(items: T[], work: (item: T) => void, { sliceMs, timeoutMs, afterSlice }: IdleWorkOptions): () => void {
  let stopped = false
  let cancel = nothing
  const slice = (deadline?: IdleDeadlineLike) => {
    if (stopped) return
    const until = performance.now() + Math.max(2, Math.min(sliceMs, deadline ? deadline.timeRemaining() : sliceMs))
    do {
      const item = items.shift()
      if (item !== undefined) work(item)
    } while (items.length > 0 && performance.now() < until)
    afterSlice?.()
    if (items.length > 0) schedule()
  }
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(slice, timeoutMs === undefined ? undefined : { timeout: timeoutMs })
      cancel = () => cancelIdleCallback(id)
    } else {
      const id = setTimeout(slice, 16)
      cancel = () => clearTimeout(id)
    }
  }
  if (items.length > 0) schedule()
  return () => {
    stopped = true
    cancel()
  }
}
