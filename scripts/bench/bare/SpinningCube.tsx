import { useRef } from 'react'
import { useFrame } from '@react-three/fiber'
import type { Mesh } from 'three'

/** Turns every frame so the page keeps drawing (like the walking skeleton) and reports its first frame. */
export function SpinningCube() {
  const cube = useRef<Mesh>(null)
  useFrame((_, delta) => {
    if (!window.bareBench) window.bareBench = { ready: true }
    if (cube.current) cube.current.rotation.y += delta
  })
  return (
    <mesh ref={cube}>
      <boxGeometry />
      <meshStandardMaterial color="#e9dfca" />
    </mesh>
  )
}
