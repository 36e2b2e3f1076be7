import { Line } from '@react-three/drei'
import { useFrame } from '@react-three/fiber'
import { useMemo, useRef } from 'react'
import { Vector3 } from 'three'
import type { Line2 } from 'three/examples/jsm/lines/Line2.js'
import type { LineMaterial } from 'three/examples/jsm/lines/LineMaterial.js'
import type { Vec3 } from '../anatomy/skeletonLayout'
import { livePlayback } from '../state/livePlayback'
import { ROLE_COLOURS } from '../theme/palette'
import { liveScene } from './liveScene'
import { FRAME_ORDER } from './frameOrder'

/**
 * The route of the irritated nerve, from the L4–S1 roots through the greater sciatic notch, down the
 * back of the thigh (sciatic nerve), round the neck of the fibula (common peroneal nerve) and down the
 * front of the shin to the top of the foot (deep peroneal nerve: the muscles that lift the foot).
 * Each point rides on the joint whose bone it follows, so the line moves with the walking leg.
 * Offsets are for the left side (+X outward) in the joints' rest frames, metres; mirrored for the right.
 */
const ROUTE: readonly { joint: string; offset: Vec3 }[] = [
  { joint: 'L4_L5', offset: [0.018, -0.004, -0.022] },
  { joint: 'L5_S1', offset: [0.03, -0.02, -0.028] },
  { joint: 'pelvis', offset: [0.055, 0.035, -0.075] },
  { joint: 'hip', offset: [-0.01, -0.035, -0.07] },
  { joint: 'hip', offset: [-0.012, -0.18, -0.04] },
  { joint: 'hip', offset: [-0.008, -0.36, -0.04] },
  { joint: 'knee', offset: [0.03, -0.055, -0.03] },
  { joint: 'knee', offset: [0.022, -0.12, 0.01] },
  { joint: 'knee', offset: [0.012, -0.3, 0.02] },
  { joint: 'ankle', offset: [0.0, 0.015, 0.035] },
  { joint: 'mtp', offset: [-0.01, 0.025, -0.02] },
]

const scratch = new Vector3()

export function NervePath() {
  const line = useRef<Line2>(null)
  const initial = useMemo(() => ROUTE.map(() => new Vector3()), [])
  const flat = useMemo(() => new Float32Array(ROUTE.length * 3), [])

  useFrame((_, dt) => {
    const l = line.current
    if (!l) return
    const chain = livePlayback.chain
    // The nerve is drawn from the link that follows it down the leg onward (chains with a nerve link only).
    const nerveLink = chain ? chain.links.findIndex((link) => link.role === 'nerve') : -1
    const show = nerveLink >= 0 && livePlayback.frame.linkIndex >= nerveLink
    l.visible = show
    if (!show || !chain) return
    const s = chain.side === 'left' ? 'l' : 'r'
    const mirror = chain.side === 'left' ? 1 : -1
    for (let i = 0; i < ROUTE.length; i++) {
      const { joint, offset } = ROUTE[i]!
      const node = liveScene.joints.get(joint === 'hip' || joint === 'knee' || joint === 'ankle' || joint === 'mtp' ? `${joint}_${s}` : joint)
      if (!node) return
      scratch.set(offset[0] * mirror, offset[1], offset[2])
      node.localToWorld(scratch)
      flat[i * 3] = scratch.x
      flat[i * 3 + 1] = scratch.y
      flat[i * 3 + 2] = scratch.z
    }
    l.geometry.setPositions(flat)
    // Dashes are laid out along the line's length, which changes as the leg moves.
    l.computeLineDistances()
    // Dashes flow down the leg, the way the signal travels.
    ;(l.material as LineMaterial).dashOffset -= dt * 0.12
  }, FRAME_ORDER.effects)

  // No `visible` prop here: drei's Line hands its extra props to the material too, and a material
  // with visible=false never draws. The frame callback shows and hides the line object instead.
  return (
    <Line
      ref={line}
      points={initial}
      color={ROLE_COLOURS.nerve}
      lineWidth={4}
      dashed
      dashSize={0.03}
      gapSize={0.012}
      toneMapped={false}
      depthTest={false}
      renderOrder={8}
    />
  )
}
