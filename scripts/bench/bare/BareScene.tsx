import { Canvas } from '@react-three/fiber'
import { SpinningCube } from './SpinningCube'

declare global {
  interface Window {
    /** Set by the first frame; the bench waits for it as it waits for the app's `state().ready`. */
    bareBench?: { ready: boolean }
  }
}

/** The same canvas settings as the app (antialias, pixel ratio 1 to 2), one cube and two lights. */
export function BareScene() {
  return (
    <Canvas dpr={[1, 2]} gl={{ antialias: true, powerPreference: 'high-performance' }} camera={{ position: [2, 1.5, 3], fov: 40 }}>
      <color attach="background" args={['#161b24']} />
      <ambientLight intensity={0.4} />
      <directionalLight position={[3, 4, 2]} intensity={2} />
      <SpinningCube />
    </Canvas>
  )
}
