import { useFrame } from '@react-three/fiber'
import { useMemo } from 'react'
import { CanvasTexture, RepeatWrapping, SRGBColorSpace } from 'three'
import { livePlayback } from '../state/livePlayback'
import { useAppStore } from '../state/store'
import { FRAME_ORDER } from './frameOrder'
import { BESIDE, secondLookOf, secondX } from './secondSkeleton'

/** One metre of walkway: the pattern the moving floor scrolls (a stride grid, as on a gait lab's walkway). */
const TILE = 1
const LENGTH = 7
/** Canvas pixels per metre of walkway. */
const PX = 400

/**
 * A stride grid drawn on a small canvas here (no image is fetched): a faint line every 10 cm, a
 * stronger one every 50 cm and a bright metre mark, so step lengths can be read off the floor.
 */
function walkwayTexture() {
  const canvas = document.createElement('canvas')
  canvas.width = 64
  canvas.height = PX
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = '#1a202a'
  ctx.fillRect(0, 0, 64, PX)
  for (let cm = 0; cm < 100; cm += 10) {
    const y = (cm / 100) * PX
    if (cm === 0) {
      ctx.fillStyle = '#8fa3bf'
      ctx.fillRect(0, y, 64, 5)
    } else if (cm === 50) {
      ctx.fillStyle = '#4a5870'
      ctx.fillRect(0, y, 64, 3)
    } else {
      ctx.fillStyle = '#2c3646'
      ctx.fillRect(0, y, 64, 2)
    }
  }
  const texture = new CanvasTexture(canvas)
  texture.colorSpace = SRGBColorSpace
  texture.wrapS = RepeatWrapping
  texture.wrapT = RepeatWrapping
  texture.repeat.set(1, LENGTH / TILE)
  return texture
}

/** Walkway width alone, and with a second skeleton beside (two strips with a gap between). */
const WIDTH = 1.1
const WIDTH_BESIDE = BESIDE - 0.12

/**
 * A dark floor that takes the skeleton's shadow, with a walkway strip whose stride grid slides backward
 * with the loaded foot while the skeleton walks in place, so the walk reads as walking and the feet
 * can be seen to stay put on it. A second skeleton beside (compare view) gets a strip of its own that
 * follows its own loaded foot.
 */
export function Floor() {
  const texture = useMemo(() => (typeof document === 'undefined' ? null : walkwayTexture()), [])
  const secondTexture = useMemo(() => (typeof document === 'undefined' ? null : walkwayTexture()), [])
  const beside = useAppStore((s) => secondLookOf(s) === 'beside')
  const x2 = useAppStore(secondX)

  useFrame(() => {
    // Texture v runs toward −Z on the rotated plane; lines must travel backward (−Z) with the floor.
    if (texture) texture.offset.y = -(livePlayback.floorOffset / TILE) % 1
    if (secondTexture) secondTexture.offset.y = -(livePlayback.secondFloorOffset / TILE) % 1
  }, FRAME_ORDER.effects)

  const width = beside ? WIDTH_BESIDE : WIDTH

  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} receiveShadow>
        <circleGeometry args={[30, 64]} />
        <meshStandardMaterial color="#151a22" roughness={0.95} metalness={0} envMapIntensity={0.15} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position-y={0.0005} receiveShadow>
        <planeGeometry args={[width, LENGTH]} />
        <meshStandardMaterial map={texture} roughness={0.9} metalness={0} envMapIntensity={0.15} transparent opacity={0.9} />
      </mesh>
      {beside && (
        <mesh rotation-x={-Math.PI / 2} position={[x2, 0.0005, 0]} receiveShadow>
          <planeGeometry args={[width, LENGTH]} />
          <meshStandardMaterial map={secondTexture} roughness={0.9} metalness={0} envMapIntensity={0.15} transparent opacity={0.9} />
        </mesh>
      )}
    </group>
  )
}
