import { useFrame, useThree } from '@react-three/fiber'
import { useLayoutEffect, useRef } from 'react'
import { FramebufferTexture, Mesh, PlaneGeometry, ShaderMaterial, Vector2, type Camera } from 'three'
import { FRAME_ORDER } from './frameOrder'

/**
 * The layer the floor disc is drawn from while a backdrop stands in for it: the camera never draws it
 * in the main pass (boneBatch.ts uses layer 1 for picking).
 */
export const BACKDROP_LAYER = 2

/** Numbers that fix how the disc looks on screen: the camera's pose and lens, and the drawing buffer. */
const VIEW_NUMBERS = 16 + 16 + 2

/**
 * The floor disc as a picture, drawn again only when the view changes.
 *
 * The disc is flat, still and lit by still lights, so while it takes no shadow its pixels depend on
 * the camera and the canvas alone, and the camera stands still while a chain plays. Under software
 * rendering its physically based shading was about a quarter of a frame (measured at 960×540 with
 * SwiftShader: hiding the disc took the full skeleton's walk from about 16 to about 20 frames a
 * second); copying the same pixels from a texture costs about nothing. So when the view changes the
 * disc is drawn alone (with the background and the fog) onto the canvas and copied into a texture,
 * and every frame starts with that texture drawn over the whole canvas, before anything else.
 * Mounted only while the floor takes no shadow (Floor.tsx).
 */
export function FloorBackdrop() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const backdrop = useRef<Backdrop | null>(null)

  // Made in the effect that frees it, so a remount (React's strict mode) never shows a freed picture.
  useLayoutEffect(() => {
    const made = createBackdrop()
    backdrop.current = made
    scene.add(made.quad)
    const canvas = gl.domElement
    // A restored context has lost the picture's pixels: draw it again on the next frame.
    const lose = () => made.view.fill(Number.NaN)
    canvas.addEventListener('webglcontextrestored', lose)
    return () => {
      canvas.removeEventListener('webglcontextrestored', lose)
      backdrop.current = null
      scene.remove(made.quad)
      made.quad.geometry.dispose()
      made.material.dispose()
      made.picture?.dispose()
    }
  }, [gl, scene])

  useFrame((state) => {
    const b = backdrop.current
    if (!b) return
    const camera = state.camera
    // The camera controls moved it a moment ago; three would only update its matrix in render().
    camera.updateMatrixWorld()
    const size = gl.getDrawingBufferSize(b.size)
    if (!viewChanged(b.view, camera, size.x, size.y)) return
    if (!b.picture || b.picture.image.width !== size.x || b.picture.image.height !== size.y) {
      b.picture?.dispose()
      b.picture = new FramebufferTexture(size.x, size.y)
      b.material.uniforms.picture!.value = b.picture
    }
    // The disc alone: only it and the lights are on the backdrop layer.
    const layers = camera.layers.mask
    camera.layers.set(BACKDROP_LAYER)
    gl.setRenderTarget(null)
    gl.render(scene, camera)
    camera.layers.mask = layers
    gl.copyFramebufferToTexture(b.picture)
  }, FRAME_ORDER.backdrop)

  return null
}

interface Backdrop {
  quad: Mesh
  material: ShaderMaterial
  picture: FramebufferTexture | null
  /** The view the picture was drawn for (NaN: never drawn, or lost). */
  view: Float64Array
  size: Vector2
}

function createBackdrop(): Backdrop {
  const material = new ShaderMaterial({
    uniforms: { picture: { value: null } },
    // The copied pixels are already the final colours (tone mapped, encoded, fogged): shown as they are.
    vertexShader: 'varying vec2 vUv; void main() { vUv = uv; gl_Position = vec4(position.xy * 2.0, 0.0, 1.0); }',
    fragmentShader: 'uniform sampler2D picture; varying vec2 vUv; void main() { gl_FragColor = texture2D(picture, vUv); }',
    depthTest: false,
    depthWrite: false,
  })
  const quad = new Mesh(new PlaneGeometry(1, 1), material)
  quad.name = 'floor-backdrop'
  quad.frustumCulled = false
  // First of everything opaque; it fills the canvas, so the clear colour under it never shows.
  quad.renderOrder = -1000
  return { quad, material, picture: null, view: new Float64Array(VIEW_NUMBERS).fill(Number.NaN), size: new Vector2() }
}

/** Whether the camera or the drawing buffer changed since `seen`, which is updated to the current view. */
function viewChanged(seen: Float64Array, camera: Camera, width: number, height: number): boolean {
  const now = camera.matrixWorld.elements
  const lens = camera.projectionMatrix.elements
  let changed = false
  for (let i = 0; i < VIEW_NUMBERS; i++) {
    const value = i < 16 ? now[i]! : i < 32 ? lens[i - 16]! : i === 32 ? width : height
    if (seen[i] !== value) {
      seen[i] = value
      changed = true
    }
  }
  return changed
}
