import { BACKDROP_LAYER } from './FloorBackdrop'

/** The lights light the main pass (layer 0) and the floor's backdrop pass (FloorBackdrop.tsx). */
const LIT_LAYERS = 1 | (1 << BACKDROP_LAYER)

/**
 * A three-point studio set: a warm key from the front left, a cool fill from the right and a rim
 * light from behind that separates the bone from the dark background on a projector.
 */
export function StudioLights({ shadow = true }: { /** The key light casts a shadow map (default true). */ shadow?: boolean }) {
  return (
    <>
      <hemisphereLight args={['#f4f1ea', '#2a2f3a', 0.55]} layers-mask={LIT_LAYERS} />
      <directionalLight
        position={[2.2, 3.6, 2.8]}
        layers-mask={LIT_LAYERS}
        intensity={2.2}
        color="#fff3e0"
        castShadow={shadow}
        shadow-mapSize={[1024, 1024]}
        shadow-camera-left={-1.2}
        shadow-camera-right={1.2}
        shadow-camera-top={2.2}
        shadow-camera-bottom={-0.4}
        shadow-bias={-0.0005}
      />
      <directionalLight position={[-3, 2, 1.5]} intensity={0.7} color="#dfe8ff" layers-mask={LIT_LAYERS} />
      <directionalLight position={[0.5, 2.5, -3.5]} intensity={1.4} color="#ffffff" layers-mask={LIT_LAYERS} />
    </>
  )
}
