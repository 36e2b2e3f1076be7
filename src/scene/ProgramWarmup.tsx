import { useThree } from '@react-three/fiber'
import { useEffect } from 'react'
import type { Material, Mesh, Object3D } from 'three'
import { useAppStore } from '../state/store'
import { drainWhenIdle } from './idleWork'

/**
 * When to look for programs to link after a model comes on screen (ms): soon, and again once the
 * muscles (loaded after the full skeleton) are likely in the scene.
 */
const PASSES_MS = [300, 2000]

/**
 * Once a skeleton is on screen and the page has been left alone for a moment, has the programs of
 * everything in the scene that is not drawn yet (the chain's muscles, the nerve path, the pulse)
 * compiled and linked, one program per idle moment. Without it, opening the first chain waited
 * about 80 ms mid-walk for the muscles' program under software rendering. Asking the GPU to compile
 * (`renderer.compile`) is not enough there: the browser finishes the work only when the page first
 * asks for a program's uniforms, so that is asked for here, while nothing moves. Runs again after
 * each model change (the muscles arrive with the full skeleton).
 */
export function ProgramWarmup() {
  const gl = useThree((s) => s.gl)
  const scene = useThree((s) => s.scene)
  const camera = useThree((s) => s.camera)
  const ready = useAppStore((s) => s.sceneStatus === 'ready')
  const model = useAppStore((s) => s.modelDetail)
  useEffect(() => {
    if (!ready || model === 'none') return
    const timers: number[] = []
    const stops: (() => void)[] = []
    const pass = () => {
      // What the camera can draw, one object per material and kind (shown or not: a chain shows muscles
      // that are hidden now). Not the whole scene: the bone meshes a batch draws are on a layer the camera
      // never draws (boneBatch.ts), and compiling their own program would only cost time.
      const drawable = new Map<string, Object3D>()
      scene.traverse((o) => {
        const material = (o as Mesh).material as Material | undefined
        if (!material || Array.isArray(material) || !o.layers.test(camera.layers)) return
        const key = `${material.uuid}|${o.type}`
        if (!drawable.has(key)) drawable.set(key, o)
      })
      const materials = new Set<Material>()
      for (const o of drawable.values()) for (const m of gl.compile(o, camera, scene)) materials.add(m as Material)
      const programs = [...materials].flatMap((m) => {
        const program = (gl.properties.get(m) as { currentProgram?: { getUniforms: () => unknown } }).currentProgram
        return program ? [program] : []
      })
      // three's first use of a program reads its link status and uniforms (waits for the GPU here):
      // one program per idle moment, as each can take tens of milliseconds.
      stops.push(drainWhenIdle(programs, (program) => program.getUniforms(), { sliceMs: 1, timeoutMs: 1000 }))
    }
    for (const ms of PASSES_MS) timers.push(window.setTimeout(pass, ms))
    return () => {
      timers.forEach(clearTimeout)
      stops.forEach((stop) => stop())
    }
  }, [ready, model, gl, scene, camera])
  return null
}
