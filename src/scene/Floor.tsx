import { useFrame } from '@react-three/fiber'
import { useMemo } from 'react'
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three'
import { livePlayback } from '../state/livePlayback'
import { FRAME_ORDER } from './frameOrder'

/** Spacing of the walkway's cross lines, metres: the pattern the moving floor scrolls. */
const TILE = 0.25
const LENGTH = 7

/** Cross lines drawn on a small canvas here: no image is fetched. */
function walkwayTexture() {
  const canvas = document.createElement('canvas')
  canvas.width = 64
  canvas.height = 64
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#1a202a'
  ctx.fillRect(0, 0, 64, 64)
  ctx.fillStyle = '#2a3342'
  ctx.fillRect(0, 0, 64, 3)
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.wrapS = RepeatWrapping
  texture.wrapT = RepeatWrapping
  texture.repeat.set(1, LENGTH / TILE)
  return texture
}

/**
 * A dark floor that takes the skeleton's shadow, with a walkway strip whose lines slide backward
 * while the skeleton walks in place, so the walk reads as walking.
 */
export function Floor() {
  const texture = useMemo(() => (typeof document === 'undefined' ? null : walkwayTexture()), [])

  useFrame(() => {
    // Texture v runs toward −Z on the rotated plane; lines must travel backward (−Z) with the floor.
    if (texture) texture.offset.y = -(livePlayback.floorOffset / TILE) % 1
  }, FRAME_ORDER.effects)

  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} receiveShadow>
        <circleGeometry args={[30, 64]} />
        <meshStandardMaterial color="#151a22" roughness={0.95} metalness={0} envMapIntensity={0.15} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position-y={0.0005} receiveShadow>
        <planeGeometry args={[1.1, LENGTH]} />
        <meshStandardMaterial map={texture} roughness={0.9} metalness={0} envMapIntensity={0.15} transparent opacity={0.9} />
      </mesh>
    </group>
  )
}
