import { Canvas } from '@react-three/fiber'
import { StudioLights } from './StudioLights'
import { Floor } from './Floor'
import { SceneStatusReporter } from './SceneStatusReporter'

/** The app's one and only WebGL canvas; everything 3D lives inside it. */
export function SceneCanvas() {
  return (
    <Canvas
      className="scene-canvas"
      shadows="percentage"
      dpr={[1, 2]}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      camera={{ position: [0, 1.05, 3.4], fov: 35, near: 0.05, far: 50 }}
      aria-label="3D skeleton"
    >
      <color attach="background" args={['#161b24']} />
      <fog attach="fog" args={['#161b24', 6, 14]} />
      <StudioLights />
      <Floor />
      <SceneStatusReporter />
    </Canvas>
  )
}
