/** A dark, slightly glossy floor that takes the skeleton's shadow, with a soft spot under the feet. */
export function Floor() {
  return (
    <group>
      <mesh rotation-x={-Math.PI / 2} receiveShadow>
        <circleGeometry args={[6, 64]} />
        <meshStandardMaterial color="#222a36" roughness={0.85} metalness={0} />
      </mesh>
      <mesh rotation-x={-Math.PI / 2} position-y={0.001}>
        <ringGeometry args={[0.55, 0.58, 96]} />
        <meshBasicMaterial color="#3a4558" transparent opacity={0.6} />
      </mesh>
    </group>
  )
}
