import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { AdditiveBlending, Color, type Mesh, type MeshBasicMaterial, Vector3 } from 'three'
import { livePlayback } from '../state/livePlayback'
import { appStore } from '../state/store'
import { ROLE_COLOURS } from '../theme/palette'
import { liveScene } from './liveScene'
import { shapeByKey, shapePoint } from './regionGeometry'
import { FRAME_ORDER } from './frameOrder'

const from = new Vector3()
const to = new Vector3()
const colour = new Color()

/**
 * The pulse that carries the problem from one link to the next: a bright bead with a halo that
 * travels from the previous region to the one now compensating.
 */
export function ChainPulse() {
  const bead = useRef<Mesh>(null)
  const halo = useRef<Mesh>(null)

  useFrame(() => {
    const b = bead.current
    const h = halo.current
    if (!b || !h) return
    const { pulse, linkIndex } = livePlayback.frame
    const chain = livePlayback.chain
    const a = pulse.from && shapeByKey(liveScene.shapes, pulse.from)
    const c = pulse.to && shapeByKey(liveScene.shapes, pulse.to)
    const visible = !!(chain && pulse.active && a && c) && appStore.getState().playing
    b.visible = h.visible = visible
    if (!visible || !a || !c || !chain) return
    shapePoint(a, 0.5, from)
    shapePoint(c, 0.5, to)
    // Ease in and out so the bead leaves and arrives gently.
    const t = pulse.progress * pulse.progress * (3 - 2 * pulse.progress)
    b.position.lerpVectors(from, to, t)
    h.position.copy(b.position)
    // On a projector the bead and its halo are drawn larger, to be seen from the back of the room.
    const size = appStore.getState().mode === 'present' ? 1.8 : 1
    b.scale.setScalar(size)
    h.scale.setScalar(size * (1 + 0.35 * Math.sin(pulse.progress * Math.PI)))
    colour.set(ROLE_COLOURS[chain.links[linkIndex]!.role])
    ;(b.material as MeshBasicMaterial).color.copy(colour)
    ;(h.material as MeshBasicMaterial).color.copy(colour)
  }, FRAME_ORDER.effects)

  return (
    <group>
      <mesh ref={bead} visible={false} renderOrder={10}>
        <sphereGeometry args={[0.018, 20, 12]} />
        <meshBasicMaterial toneMapped={false} depthTest={false} transparent />
      </mesh>
      <mesh ref={halo} visible={false} renderOrder={9}>
        <sphereGeometry args={[0.05, 24, 16]} />
        <meshBasicMaterial toneMapped={false} transparent opacity={0.3} blending={AdditiveBlending} depthWrite={false} depthTest={false} />
      </mesh>
    </group>
  )
}
