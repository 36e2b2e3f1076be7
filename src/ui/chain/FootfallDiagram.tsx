import { useMemo, useRef } from 'react'
import type { Side } from '../../anatomy/regions'
import { chainSpecOf, type GaitJob } from '../../analysis/gaitJobs'
import { chainWeights } from '../../chains/resolve'
import { footfallReport, type FootfallReport } from '../../gait'
import { livePlayback } from '../../state/livePlayback'
import { problemSide, useAppStore } from '../../state/store'
import { useAnimationFrame } from './useAnimationFrame'
import { useGaitJob } from './useGaitJob'
import './FootfallDiagram.css'

const W = 220
const ROW = 11
const GAP = 3
const PAD = { left: 52, right: 4, top: 4 }
/** Two strides side by side, as a gait lab's footfall plot shows them. */
const STRIDES = 2
const ROWS: { walk: 'normal' | 'now'; side: Side; label: string }[] = [
  { walk: 'normal', side: 'left', label: 'Normal L' },
  { walk: 'normal', side: 'right', label: 'Normal R' },
  { walk: 'now', side: 'left', label: 'Now L' },
  { walk: 'now', side: 'right', label: 'Now R' },
]
const H = PAD.top + ROWS.length * (ROW + GAP) + 12

/** Horizontal position of a phase over the two strides (0…2). */
const xOf = (strides: number) => PAD.left + (strides / STRIDES) * (W - PAD.left - PAD.right)

/** The stance bars of one foot over two strides: [start, end) phase pairs from the down samples. */
function bars(down: Uint8Array): [number, number][] {
  const n = down.length
  const out: [number, number][] = []
  for (let stride = 0; stride < STRIDES; stride++) {
    let start = -1
    for (let i = 0; i <= n; i++) {
      const on = i < n && down[i] === 1
      if (on && start < 0) start = i
      if (!on && start >= 0) {
        out.push([stride + start / n, stride + i / n])
        start = -1
      }
    }
  }
  return out
}

const pct = (v: number) => `${Math.round(v * 100)} %`
const secs = (v: number) => `${v.toFixed(2)} s`
const metres = (v: number) => `${v.toFixed(2)} m`

/**
 * A gait lab's footfall plot under the joint-angle charts: when each foot is on the floor over two
 * strides, normal walking above and the walk on screen below, with stance share, step time and step
 * length per foot and the step-length asymmetry, all measured on the animated feet (footfallReport).
 * The cursor follows the animation every frame without React.
 */
export function FootfallDiagram() {
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const severity = useAppStore((s) => s.severity)
  const affected = useAppStore((s) => problemSide(s))
  const visible = useAppStore((s) => s.chartsVisible)
  const cursor = useRef<SVGLineElement | null>(null)
  const lap = useRef({ phase: 0, stride: 0 })

  // The report of the walk once the current link has fully faded in, from the gait-analysis worker; the
  // chain's other steps are worked out ahead, the next one first.
  // Hidden, it asks for nothing (on a weak PC the worker's time is the renderer's too).
  const jobs = useMemo(() => {
    if (!chain || !visible) return { now: null, upcoming: [] }
    const spec = chainSpecOf(chain)
    const at = (k: number): GaitJob => ({ kind: 'footfall', chain: spec, severity, weights: chainWeights(chain, k + 1) })
    const upcoming = chain.links.slice(1).map((_, i) => at((step + 1 + i) % chain.links.length))
    return { now: at(step) as Extract<GaitJob, { kind: 'footfall' }>, upcoming }
  }, [chain, visible, step, severity])
  const view = useGaitJob('footfall', jobs.now, jobs.upcoming)
  const data = useMemo(() => (view.result ? { now: view.result, normal: footfallReport(null) } : null), [view.result])

  useAnimationFrame(() => {
    const l = lap.current
    // Count the strides so the cursor crosses both drawn strides before it wraps.
    if (livePlayback.phase < l.phase - 0.5) l.stride = (l.stride + 1) % STRIDES
    l.phase = livePlayback.phase
    const x = xOf(l.stride + livePlayback.phase).toFixed(1)
    cursor.current?.setAttribute('x1', x)
    cursor.current?.setAttribute('x2', x)
  })

  if (!chain || !data || !visible) return null
  const report = (walk: 'normal' | 'now'): FootfallReport => data[walk]
  return (
    <figure
      className="footfall"
      aria-labelledby="footfall-title"
      aria-busy={view.stale}
      data-pending={view.stale ? 'true' : undefined}
      data-stance-left={data.now.left.stanceShare}
      data-stance-right={data.now.right.stanceShare}
      data-step-time-left={data.now.left.stepTime}
      data-step-time-right={data.now.right.stepTime}
      data-step-length-left={data.now.left.stepLength}
      data-step-length-right={data.now.right.stepLength}
      data-step-length-asymmetry={data.now.stepLengthAsymmetry}
    >
      <figcaption id="footfall-title">Footfall over two strides (feet on the floor)</figcaption>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label="Stance bars of each foot over two strides, normal walking above, now below">
        {ROWS.map((r, i) => {
          const y = PAD.top + i * (ROW + GAP) + (r.walk === 'now' ? 4 : 0)
          return (
            <g key={`${r.walk}-${r.side}`}>
              <text x={PAD.left - 4} y={y + ROW - 2} className="footfall__label" textAnchor="end">
                {r.label}
                {r.walk === 'now' && r.side === affected ? ' *' : ''}
              </text>
              {bars(report(r.walk).down[r.side]).map(([a, b]) => (
                <rect key={a} x={xOf(a)} y={y} width={Math.max(0.5, xOf(b) - xOf(a))} height={ROW} className={`footfall__bar footfall__bar--${r.walk}`} />
              ))}
            </g>
          )
        })}
        <line x1={xOf(1)} x2={xOf(1)} y1={PAD.top} y2={H - 12} className="footfall__stride" />
        <text x={xOf(0)} y={H - 2} className="footfall__tick">stride 1</text>
        <text x={xOf(1) + 2} y={H - 2} className="footfall__tick">stride 2</text>
        <line ref={cursor} y1={PAD.top} y2={H - 12} className="footfall__cursor" />
      </svg>
      <table className="footfall__table">
        <thead>
          <tr>
            <th scope="col">Now</th>
            <th scope="col">Left{affected === 'left' ? ' *' : ''}</th>
            <th scope="col">Right{affected === 'right' ? ' *' : ''}</th>
            <th scope="col">Normal</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Stance</th>
            <td>{pct(data.now.left.stanceShare)}</td>
            <td>{pct(data.now.right.stanceShare)}</td>
            <td>{pct(data.normal.left.stanceShare)}</td>
          </tr>
          <tr>
            <th scope="row">Step time</th>
            <td>{secs(data.now.left.stepTime)}</td>
            <td>{secs(data.now.right.stepTime)}</td>
            <td>{secs(data.normal.left.stepTime)}</td>
          </tr>
          <tr>
            <th scope="row">Step length</th>
            <td>{metres(data.now.left.stepLength)}</td>
            <td>{metres(data.now.right.stepLength)}</td>
            <td>{metres(data.normal.left.stepLength)}</td>
          </tr>
        </tbody>
      </table>
      <p className="footfall__note">
        Step length asymmetry <strong>{data.now.stepLengthAsymmetry.toFixed(0)} %</strong> (normal{' '}
        {data.normal.stepLengthAsymmetry.toFixed(0)} %). * the side of the problem. Measured on the animated feet.
      </p>
    </figure>
  )
}
