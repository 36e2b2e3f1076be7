import { useFrame } from '@react-three/fiber'
import { useMemo } from 'react'
import { DataTexture, LinearFilter, LinearMipmapLinearFilter, RepeatWrapping, SRGBColorSpace } from 'three'
import { livePlayback } from '../state/livePlayback'
import { QUALITY_LADDER } from '../quality/ladder'
import { useAppStore } from '../state/store'
import { BACKDROP_LAYER, FloorBackdrop } from './FloorBackdrop'
import { FRAME_ORDER } from './frameOrder'
import { BESIDE, secondLookOf, secondX } from './secondSkeleton'

/** One metre of walkway: the pattern the moving floor scrolls (a stride grid, as on a gait lab's walkway). */
const TILE = 1
const LENGTH = 7
/** Texels per metre of walkway. */
const PX = 400

/** The floor disc's colour; the walkway is drawn over it. */
const FLOOR_COLOUR = '#151a22'
/** How much of the walkway's own colour shows over the floor (it once was a 90%-opaque strip). */
const WALKWAY_COVER = 0.9

/** An sRGB colour seen through at `cover`, over the floor: the mix as blending on screen would make it. */
function overFloor(hex: string): [number, number, number] {
  const a = Number.parseInt(hex.slice(1), 16)
  const b = Number.parseInt(FLOOR_COLOUR.slice(1), 16)
  const mix = (shift: number) => Math.round(WALKWAY_COVER * ((a >> shift) & 255) + (1 - WALKWAY_COVER) * ((b >> shift) & 255))
  return [mix(16), mix(8), mix(0)]
}

/** Rows of the stride grid, from the metre mark: [first centimetre, thickness in texels, colour]. */
function gridRows(): [number, number, string][] {
  return Array.from({ length: 10 }, (_, i) => {
    const cm = i * 10
    if (cm === 0) return [cm, 5, '#8fa3bf']
    if (cm === 50) return [cm, 3, '#4a5870']
    return [cm, 2, '#2c3646']
  })
}

/**
 * A stride grid built texel by texel here (no image is fetched, and no 2D canvas: under software
 * rendering a canvas texture cost a GPU raster context and a read-back before the first frame): a
 * faint line every 10 cm, a stronger one every 50 cm and a bright metre mark, so step lengths can be
 * read off the floor. The pattern only runs along the walkway, so the texture is 4 texels wide.
 * Its colours are already mixed with the floor's, as a 90%-opaque strip showed them: the strip is drawn
 * opaque, which spared every frame the switch to blending and back (under software rendering each
 * switch of the GPU's state costs the page's thread) and the blending of its pixels.
 */
function walkwayTexture() {
  const width = 4
  const texels = new Uint8Array(width * PX * 4)
  const paint = (row: number, hex: string) => {
    const [r, g, b] = overFloor(hex)
    for (let x = 0; x < width; x++) texels.set([r, g, b, 255], (row * width + x) * 4)
  }
  for (let row = 0; row < PX; row++) paint(row, '#1a202a')
  // Rows run up the texture (v grows with the row), as the canvas drawing did after its upload flip.
  for (const [cm, thickness, colour] of gridRows()) {
    const top = (cm / 100) * PX
    for (let t = 0; t < thickness; t++) paint(PX - 1 - (top + t), colour)
  }
  const texture = new DataTexture(texels, width, PX)
  texture.colorSpace = SRGBColorSpace
  texture.wrapS = RepeatWrapping
  texture.wrapT = RepeatWrapping
  texture.magFilter = LinearFilter
  texture.minFilter = LinearMipmapLinearFilter
  texture.generateMipmaps = true
  texture.repeat.set(1, LENGTH / TILE)
  texture.needsUpdate = true
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
  const texture = useMemo(() => walkwayTexture(), [])
  const secondTexture = useMemo(() => walkwayTexture(), [])
  const beside = useAppStore((s) => secondLookOf(s) === 'beside')
  const x2 = useAppStore(secondX)
  // Without a shadow to take, the disc looks the same every frame from a still camera: drawn once as a
  // backdrop picture (FloorBackdrop.tsx) instead of shaded again each frame.
  const backdrop = useAppStore((s) => {
    const settings = QUALITY_LADDER[s.quality]!.settings
    return !settings.shadowMap && !settings.contactShadow
  })

  useFrame(() => {
    // Texture v runs toward −Z on the rotated plane; lines must travel backward (−Z) with the floor.
    if (texture) texture.offset.y = -(livePlayback.floorOffset / TILE) % 1
    if (secondTexture) secondTexture.offset.y = -(livePlayback.secondFloorOffset / TILE) % 1
  }, FRAME_ORDER.effects)

  const width = beside ? WIDTH_BESIDE : WIDTH

  return (
    <group>
      {backdrop && <FloorBackdrop />}
      <mesh name="floor-disc" rotation-x={-Math.PI / 2} receiveShadow layers-mask={backdrop ? 1 << BACKDROP_LAYER : 1}>
        <circleGeometry args={[30, 64]} />
        <meshStandardMaterial color={FLOOR_COLOUR} roughness={0.95} metalness={0} envMapIntensity={0.15} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position-y={0.0005} receiveShadow>
        <planeGeometry args={[width, LENGTH]} />
        <meshStandardMaterial map={texture} roughness={0.9} metalness={0} envMapIntensity={0.15} />
      </mesh>
      {beside && (
        <mesh rotation-x={-Math.PI / 2} position={[x2, 0.0005, 0]} receiveShadow>
          <planeGeometry args={[width, LENGTH]} />
          <meshStandardMaterial map={secondTexture} roughness={0.9} metalness={0} envMapIntensity={0.15} />
        </mesh>
      )}
    </group>
  )
}
