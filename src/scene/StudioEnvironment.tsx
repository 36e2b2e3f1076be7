import { Environment, Lightformer } from '@react-three/drei'

/**
 * Soft image-based light for the bone's sheen, built here from a few light panels rendered into a
 * small cube map once. Nothing is downloaded (drei's environment presets fetch files from the web).
 */
export function StudioEnvironment() {
  return (
    <Environment resolution={64} frames={1} environmentIntensity={0.55}>
      <Lightformer form="rect" intensity={2.2} color="#fff4e2" position={[-2.5, 2.5, 2.5]} scale={[3, 2, 1]} target={[0, 1, 0]} />
      <Lightformer form="rect" intensity={1} color="#dde6ff" position={[3, 1.2, 1.5]} scale={[2, 2, 1]} target={[0, 1, 0]} />
      <Lightformer form="rect" intensity={1.6} color="#ffffff" position={[0.5, 2.5, -3]} scale={[3, 1.5, 1]} target={[0, 1, 0]} />
      <Lightformer form="ring" intensity={0.6} color="#8fa3c0" position={[0, 5, 0]} scale={3} target={[0, 0, 0]} />
    </Environment>
  )
}
