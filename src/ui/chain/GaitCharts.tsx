import { useMemo, useRef } from 'react'
import { chainSpecOf, type GaitJob } from '../../analysis/gaitJobs'
import { normalGaitCurves, type GaitCurves } from '../../gait'
import { chainWeights } from '../../chains/resolve'
import type { ResolvedChain } from '../../chains/types'
import { livePlayback } from '../../state/livePlayback'
import { compareChainOf, compareLabel, secondWeightsAtStep } from '../../state/compare'
import { problemSide, useAppStore } from '../../state/store'
import { GaitChangeLegend } from './GaitChangeLegend'
import { useAnimationFrame } from './useAnimationFrame'
import { useGaitJob } from './useGaitJob'
import './Compare.css'
import './GaitCharts.css'

type Channel = Exclude<keyof GaitCurves, 'phase'>
type CurvesJob = Extract<GaitJob, { kind: 'curves' }>
const NO_JOBS: readonly GaitJob[] = []

const CHARTS: { channel: Channel; title: string; unit: string; sided: boolean }[] = [
  { channel: 'hipFlexion', title: 'Hip flexion', unit: '°', sided: true },
  { channel: 'kneeFlexion', title: 'Knee flexion', unit: '°', sided: true },
  { channel: 'ankleDorsiflexion', title: 'Ankle dorsiflexion', unit: '°', sided: true },
  { channel: 'pelvicObliquity', title: 'Pelvic obliquity (left up +)', unit: '°', sided: false },
  { channel: 'lumbarSideBend', title: 'Lumbar side-bend (to left +)', unit: '°', sided: false },
]

const W = 220
const H = 54
const PAD = { left: 26, right: 4, top: 4, bottom: 4 }

/** Horizontal position of a phase of the cycle in the chart. */
const xOf = (phase: number) => PAD.left + phase * (W - PAD.left - PAD.right)

function path(phase: number[], values: number[], lo: number, hi: number): string {
  const y = (v: number) => PAD.top + (1 - (v - lo) / (hi - lo)) * (H - PAD.top - PAD.bottom)
  return values.map((v, i) => `${i === 0 ? 'M' : 'L'}${xOf(phase[i]!).toFixed(1)},${y(v).toFixed(1)}`).join('')
}

/**
 * Small charts of the joints the chains change, over one gait cycle: the normal curve (grey, dashed)
 * and the current one (colour), with a cursor at the moment on screen. In the compare view the second
 * skeleton's curve is overlaid (blue, dash-dot; when it walks normally it is the normal curve).
 * Curves come from the gait-analysis worker when the link or the settings change (the previous step's stay
 * on screen, marked busy, until the new ones arrive); the cursor moves every frame without React.
 */
export function GaitCharts() {
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const severity = useAppStore((s) => s.severity)
  const side = useAppStore((s) => problemSide(s))
  const visible = useAppStore((s) => s.chartsVisible)
  const compare = useAppStore((s) => s.compare)
  const cursors = useRef<(SVGLineElement | null)[]>([])

  // The curves of the walk once the current link has fully faded in, worked out by the gait-analysis
  // worker; the chain's other steps are worked out ahead, the next one first.
  // Hidden charts ask for nothing (on a weak PC the worker's time is the renderer's too).
  const jobs = useMemo(() => {
    if (!chain || !visible) return { first: null, second: null, upcoming: [] }
    const secondChain = compareChainOf(chain, compare)
    const curvesOf = (c: ResolvedChain, weights: Record<string, number>): CurvesJob => ({ kind: 'curves', chain: chainSpecOf(c), severity, weights, side, samples: 101 })
    const firstAt = (k: number) => curvesOf(chain, chainWeights(chain, k + 1))
    const secondAt = (k: number) => (secondChain ? curvesOf(secondChain, secondWeightsAtStep(chain, secondChain, k)) : null)
    const upcoming: CurvesJob[] = []
    for (let i = 1; i < chain.links.length; i++) {
      const k = (step + i) % chain.links.length
      upcoming.push(firstAt(k))
      const second = secondAt(k)
      if (second) upcoming.push(second)
    }
    return { first: firstAt(step), second: secondAt(step), upcoming }
  }, [chain, visible, step, severity, side, compare])
  const first = useGaitJob('charts-first', jobs.first, jobs.upcoming)
  const secondView = useGaitJob('charts-second', jobs.second, NO_JOBS)
  const pending = first.result === null || first.stale || (jobs.second !== null && (secondView.result === null || secondView.stale))

  const data = useMemo(() => {
    if (!chain || !visible) return null
    const current = first.result
    const normal = normalGaitCurves(side, 101)
    const second = jobs.second ? secondView.result : compare === 'normal' ? normal : null
    return CHARTS.map((c) => {
      const all = [...(current ? current[c.channel] : []), ...normal[c.channel], ...(second ? second[c.channel] : [])]
      const lo = Math.floor(Math.min(...all) / 5) * 5 - 2
      const hi = Math.ceil(Math.max(...all) / 5) * 5 + 2
      return {
        ...c,
        lo,
        hi,
        // Normal walking compared beside is the second series; the grey reference would only repeat it.
        normal: compare === 'normal' ? null : path(normal.phase, normal[c.channel], lo, hi),
        current: current ? path(current.phase, current[c.channel], lo, hi) : null,
        second: second ? path(second.phase, second[c.channel], lo, hi) : null,
      }
    })
  }, [chain, visible, side, compare, jobs.second, first.result, secondView.result])

  useAnimationFrame(() => {
    const x = xOf(livePlayback.phase)
    for (const line of cursors.current) {
      line?.setAttribute('x1', x.toFixed(1))
      line?.setAttribute('x2', x.toFixed(1))
    }
  })

  if (!chain || !data || !visible) return null
  return (
    <figure className="gait-charts" aria-labelledby="gait-charts-title" aria-busy={pending} data-pending={pending ? 'true' : undefined}>
      <figcaption id="gait-charts-title">
        Joint angles over one stride{' '}
        {compare === null ? (
          <span className="gait-charts__legend">
            <span className="swatch swatch--normal" /> normal <span className="swatch swatch--now" /> now ({side} leg)
          </span>
        ) : (
          <span className="gait-charts__legend" data-compare="on">
            <span className="compare-swatch" data-series="first" /> {chain.condition.label} ({side} leg)
            <br />
            <span className="compare-swatch" data-series="second" /> {compareLabel(compare)}
            {compare !== 'normal' && (
              <>
                <br />
                <span className="swatch swatch--normal" /> normal walking
              </>
            )}
          </span>
        )}
      </figcaption>
      <GaitChangeLegend chain={chain} count={step + 1} />
      {data.map((c, i) => (
        <div className="gait-chart" key={c.channel}>
          <p className="gait-chart__title">{c.title}</p>
          <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={
              compare === null
                ? `${c.title}: normal and current curve over a stride`
                : `${c.title}: ${chain.condition.label} and ${compareLabel(compare)} over a stride`
            }>
            <text x={PAD.left - 4} y={PAD.top + 8} className="gait-chart__tick" textAnchor="end">
              {c.hi}
            </text>
            <text x={PAD.left - 4} y={H - PAD.bottom} className="gait-chart__tick" textAnchor="end">
              {c.lo}
            </text>
            {c.normal && <path d={c.normal} className="gait-chart__normal" data-series="normal" />}
            {c.current && <path d={c.current} className="gait-chart__now" data-series="first" />}
            {c.second && <path d={c.second} className="gait-chart__second" data-series="second" />}
            <line
              ref={(el) => {
                cursors.current[i] = el
              }}
              y1={PAD.top}
              y2={H - PAD.bottom}
              className="gait-chart__cursor"
            />
          </svg>
        </div>
      ))}
    </figure>
  )
}
