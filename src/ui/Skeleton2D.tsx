import { useEffect } from 'react'
import { REGIONS, type RegionKey } from '../anatomy/regions'
import { restShapes } from '../anatomy/regionShapes'
import { JOINT_POSITIONS } from '../anatomy/skeletonLayout'
import type { LinkRole } from '../chains/types'
import { ROLE_COLOURS, SELECTED_COLOUR } from '../theme/palette'
import { useActions, useAppStore } from '../state/store'
import './Skeleton2D.css'

/** Model metres → SVG units, front view (the skeleton's left on the viewer's right). */
const S = 300
const X = (x: number) => 150 + x * S
const Y = (y: number) => 560 - y * S
const J = (name: string) => JOINT_POSITIONS[name]!
const P = (p: readonly number[]) => `${X(p[0]!).toFixed(1)},${Y(p[1]!).toFixed(1)}`

const BONE_LINES: [string, string][] = [
  ['hip_l', 'knee_l'],
  ['knee_l', 'ankle_l'],
  ['hip_r', 'knee_r'],
  ['knee_r', 'ankle_r'],
  ['shoulder_l', 'elbow_l'],
  ['elbow_l', 'wrist_l'],
  ['shoulder_r', 'elbow_r'],
  ['elbow_r', 'wrist_r'],
  ['L5_S1', 'C7_T1'],
  ['C7_T1', 'C0_C1'],
]

const shapeCentre = new Map(restShapes().map((s) => [s.key, [(s.a[0] + s.b[0]) / 2, (s.a[1] + s.b[1]) / 2] as const]))

/**
 * The fallback when the browser has no WebGL: a flat drawing of the skeleton with the same eight
 * regions as buttons, lit by the chain's current step, next to the same panel and controls.
 */
export function Skeleton2D() {
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const selected = useAppStore((s) => s.region)
  const playing = useAppStore((s) => s.playing)
  const speed = useAppStore((s) => s.speed)
  const { select, openPanel, next } = useActions()

  // Without the 3D player, playing moves on to the next link after the link's own duration.
  useEffect(() => {
    if (!chain || !playing || step >= chain.links.length - 1) return
    const t = setTimeout(next, (chain.links[step]!.duration * 1000) / speed)
    return () => clearTimeout(t)
  }, [chain, playing, step, speed, next])

  const roles = new Map<RegionKey, LinkRole>()
  chain?.links.slice(0, step + 1).forEach((l) => roles.set(l.region, l.role))
  const head = J('C0_C1')
  return (
    <svg className="skeleton-2d" viewBox="0 0 300 580" role="group" aria-label="Skeleton drawing with the regions">
      <g className="skeleton-2d__bones" stroke="#e9dfca" strokeLinecap="round" fill="none">
        {BONE_LINES.map(([a, b]) => (
          <line key={`${a}-${b}`} x1={X(J(a)[0])} y1={Y(J(a)[1])} x2={X(J(b)[0])} y2={Y(J(b)[1])} strokeWidth={8} />
        ))}
        <ellipse cx={X(0)} cy={Y(head[1] + 0.06)} rx={0.075 * S} ry={0.1 * S} fill="#e9dfca" stroke="none" />
        <path d={`M${P([-0.19, 1.43])} Q${P([0, 1.47])} ${P([0.19, 1.43])}`} strokeWidth={6} />
        <ellipse cx={X(0)} cy={Y(1.3)} rx={0.13 * S} ry={0.15 * S} strokeWidth={5} />
        <path d={`M${P([-0.14, 1.06])} Q${P([-0.16, 0.93])} ${P([-0.02, 0.9])} L${P([0.02, 0.9])} Q${P([0.16, 0.93])} ${P([0.14, 1.06])} Q${P([0, 0.98])} ${P([-0.14, 1.06])} Z`} fill="#e9dfca" stroke="none" />
        {(['l', 'r'] as const).map((s) => (
          <line key={s} x1={X(J(`ankle_${s}`)[0])} y1={Y(0.03)} x2={X(J(`ankle_${s}`)[0] * 1.05)} y2={Y(0.01)} strokeWidth={12} />
        ))}
      </g>
      {REGIONS.map((r) => {
        const c = shapeCentre.get(r.key)!
        const role = roles.get(r.key)
        const colour = role ? ROLE_COLOURS[role] : r.key === selected ? SELECTED_COLOUR : '#ffffff'
        return (
          <g key={r.key} className="skeleton-2d__region" data-region={r.key}>
            <circle
              cx={X(c[0])}
              cy={Y(c[1])}
              r={r.key === 'pelvis' || r.key === 'lumbar' ? 16 : 12}
              fill={role ? colour : '#161b24aa'}
              stroke={colour}
              strokeWidth={3}
              tabIndex={-1}
              onClick={() => (r.key === selected ? openPanel() : select(r.key))}
            >
              <title>{r.label}</title>
            </circle>
          </g>
        )
      })}
    </svg>
  )
}
