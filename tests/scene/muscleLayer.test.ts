import { Color, Layers, Raycaster, Vector3 } from 'three'
import { beforeAll, describe, expect, it } from 'vitest'
import { chainDuration, chainFrame, createChainFrame } from '../../src/chains/playback'
import { createPose, pose } from '../../src/gait'
import { chainGait } from '../../src/chains/resolve'
import { chainMuscleNodes } from '../../src/muscles/chainMuscles'
import { PICK_LAYER } from '../../src/scene/boneBatch'
import { FRAME_ORDER } from '../../src/scene/frameOrder'
import { bindLayerMuscle, createMuscleLayerRuntime, frameMuscleLayer, type MuscleLayerInput, type MuscleLayerRuntime } from '../../src/scene/muscleLayerRuntime'
import { createAppStore, type AppState } from '../../src/state/store'
import { HOVER_COLOUR, ROLE_COLOURS } from '../../src/theme/palette'
import { loadGlb } from '../support/loadGlb'

let rt: MuscleLayerRuntime

beforeAll(async () => {
  const gltf = await loadGlb('public/models/muscles.glb')
  rt = createMuscleLayerRuntime(gltf.scene, { value: 0 })
  const started = performance.now()
  for (const m of rt.muscles) bindLayerMuscle(rt, m)
  console.info(`tying ${rt.muscles.reduce((a, m) => a + m.rest.length / 3, 0)} vertices: ${(performance.now() - started).toFixed(0)} ms`)
})

/** The layer's input as MuscleLayer.tsx reads it from the store and the live playback, at chain time t. */
function inputFrom(s: AppState, t: number, phase = 0.3): MuscleLayerInput {
  const frame = createChainFrame()
  const p = createPose()
  if (s.chain) {
    chainFrame(s.chain, t, frame)
    pose(phase, chainGait(s.chain, s.severity), frame.weights, p)
  }
  return { layer: s.muscleLayer, activity: s.muscleActivity, hoverMuscle: s.hoverMuscle, highlight: s.highlightMuscles, chain: s.chain, chainFrame: frame, pose: p, phase, severity: s.severity }
}

const shown = () => rt.muscles.filter((m) => m.mesh.visible).map((m) => m.node).toSorted()
const glowOf = (node: string) => rt.byNode.get(node)!.own.uMuscleGlow.value
const linear = (hex: string) => new Color(hex).convertSRGBToLinear()

describe('the muscle layer', () => {
  it('loads all 30 muscles hidden, runs after the pose and before the region capsules', () => {
    expect(rt.muscles).toHaveLength(30)
    expect(FRAME_ORDER.muscles).toBeGreaterThan(FRAME_ORDER.pose)
    expect(FRAME_ORDER.muscles).toBeLessThan(FRAME_ORDER.regions)
  })

  it('shows nothing, the chain’s muscles or all of them as the toggle says', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('lumbar', { condition: 'pinched-nerve-root' })
    const end = chainDuration(store.getState().chain!) + 1
    frameMuscleLayer(rt, inputFrom(store.getState(), end))
    expect(shown()).toEqual([...chainMuscleNodes(store.getState().chain!)].toSorted())
    expect(shown()).toContain('muscle_tibialis_anterior_l')
    expect(shown()).not.toContain('muscle_tibialis_anterior_r')
    actions.setMuscleLayer('off')
    frameMuscleLayer(rt, inputFrom(store.getState(), end))
    expect(shown()).toEqual([])
    actions.setMuscleLayer('all')
    frameMuscleLayer(rt, inputFrom(store.getState(), end))
    expect(shown()).toHaveLength(30)
    // The overview has no chain: 'chain' then shows nothing.
    actions.select(null)
    actions.setMuscleLayer('chain')
    frameMuscleLayer(rt, inputFrom(store.getState(), 0))
    expect(shown()).toEqual([])
  })

  it('lights a link’s muscles in its role colour while it plays, and the others not', () => {
    const store = createAppStore()
    store.getState().actions.select('lumbar', { condition: 'pinched-nerve-root' })
    const s = store.getState()
    const chain = s.chain!
    const hipLink = chain.links.findIndex((l) => l.id === 'hip-abductor-weakness')
    // Early in the chain: the gluteus medius is shown (it is in the story) but not lit yet.
    frameMuscleLayer(rt, inputFrom(s, 0.5))
    expect(shown()).toContain('muscle_gluteus_medius_l')
    expect(glowOf('muscle_gluteus_medius_l').w).toBe(0)
    // Its link, after the pulse: lit green (weak), with the weak flicker.
    let t = 0
    for (let i = 0; i < hipLink; i++) t += chain.links[i]!.duration
    frameMuscleLayer(rt, inputFrom(s, t + 3))
    const g = glowOf('muscle_gluteus_medius_l')
    const weak = linear(ROLE_COLOURS.weak)
    expect(g.w).toBeGreaterThan(0.8)
    expect([g.x, g.y, g.z].map((v) => v.toFixed(4))).toEqual([weak.r, weak.g, weak.b].map((v) => v.toFixed(4)))
    expect(rt.byNode.get('muscle_gluteus_medius_l')!.own.uMuscleMode.value).toBe(3)
    // The back muscles of the last link are not lit yet.
    expect(glowOf('muscle_erector_spinae_l').w).toBe(0)
  })

  it('shows and lights the muscles of a hovered word even with the layer off', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.setMuscleLayer('off')
    actions.setHighlightMuscles(['muscle_hamstrings_l', 'muscle_hamstrings_r'])
    frameMuscleLayer(rt, inputFrom(store.getState(), 0))
    expect(shown()).toEqual(['muscle_hamstrings_l', 'muscle_hamstrings_r'])
    const hover = linear(HOVER_COLOUR)
    expect(glowOf('muscle_hamstrings_l').x).toBeCloseTo(hover.r, 5)
    expect(glowOf('muscle_hamstrings_l').w).toBeGreaterThan(0)
  })

  it('moves the segment table the shader reads with the pose, and shades activity when asked', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('lumbar', { condition: 'pinched-nerve-root' })
    actions.setMuscleLayer('all')
    frameMuscleLayer(rt, { ...inputFrom(store.getState(), 30), pose: createPose() })
    const rest = rt.table.slice()
    frameMuscleLayer(rt, inputFrom(store.getState(), 30, 0.6))
    let moved = 0
    for (let i = 0; i < rest.length; i++) moved = Math.max(moved, Math.abs(rest[i]! - rt.table[i]!))
    expect(moved).toBeGreaterThan(0.05)
    expect(rt.byNode.get('muscle_soleus_l')!.own.uMuscleActivity.value).toBe(-1)
    actions.setMuscleActivity(true)
    // Phase 0.3 of the right side = 0.8 of the left: the right soleus works in stance, the left rests in swing.
    frameMuscleLayer(rt, inputFrom(store.getState(), 30, 0.3))
    expect(rt.byNode.get('muscle_soleus_r')!.own.uMuscleActivity.value).toBe(1)
    expect(rt.byNode.get('muscle_soleus_l')!.own.uMuscleActivity.value).toBe(0)
  })

  it('draws every muscle with one material; each muscle\'s glow and activity reach the shader through its rows of the parameter table', () => {
    expect(new Set(rt.muscles.map((m) => m.mesh.material))).toEqual(new Set([rt.material]))
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('lumbar', { condition: 'pinched-nerve-root' })
    actions.setMuscleLayer('all')
    actions.setMuscleActivity(true)
    frameMuscleLayer(rt, inputFrom(store.getState(), chainDuration(store.getState().chain!) + 1, 0.3))
    const rowsOf = (i: number) => {
      const next = i + 1 < rt.firstRow.length ? rt.firstRow[i + 1]! : rt.params.length / 8
      return Array.from({ length: next - rt.firstRow[i]! }, (_, k) => rt.firstRow[i]! + k)
    }
    let lit = 0
    for (const m of rt.muscles) {
      const g = m.own.uMuscleGlow.value
      if (g.w > 0) lit++
      for (const r of rowsOf(m.index)) {
        expect(Array.from(rt.params.subarray(r * 8, r * 8 + 6)), m.node).toEqual([g.x, g.y, g.z, g.w, m.own.uMuscleMode.value, m.own.uMuscleActivity.value].map(Math.fround))
      }
    }
    // The chain lights some muscles and leaves others dark: the rows tell them apart.
    expect(lit).toBeGreaterThan(0)
    expect(lit).toBeLessThan(rt.muscles.length)
    expect(rt.shared.uMuscleParams.value.image.data).toBe(rt.params)
    // One batch draws them: an instance per tied muscle, shown exactly when its mesh is.
    const batch = rt.batch!
    expect(batch.material).toBe(rt.material)
    expect(batch.instanceCount).toBe(rt.muscles.filter((m) => m.bound).length)
    for (const m of rt.muscles) {
      expect(batch.getVisibleAt(rt.instanceOf.get(m)!), m.node).toBe(m.mesh.visible)
      expect(m.mesh.layers.test(new Layers()), m.node).toBe(false)
    }
    // The same frame again changes no value: the parameter table is not sent to the GPU again.
    const input = inputFrom(store.getState(), chainDuration(store.getState().chain!) + 1, 0.3)
    frameMuscleLayer(rt, input)
    const version = rt.shared.uMuscleParams.value.version
    frameMuscleLayer(rt, input)
    expect(rt.shared.uMuscleParams.value.version).toBe(version)
    actions.setMuscleActivity(false)
    frameMuscleLayer(rt, inputFrom(store.getState(), chainDuration(store.getState().chain!) + 1, 0.3))
    expect(rt.shared.uMuscleParams.value.version).toBeGreaterThan(version)
  })

  it('answers the pointer only where a shown muscle is drawn', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.setMuscleLayer('all')
    frameMuscleLayer(rt, inputFrom(store.getState(), 0))
    // From in front of the left shin, straight back: the tibialis anterior lies on the front of the tibia.
    const m = rt.rig.muscles[rt.byNode.get('muscle_tibialis_anterior_l')!.index]!
    const s = m.strands[0]!.rest
    const mid = new Vector3((s[0]! + s[3]!) / 2, (s[1]! + s[4]!) / 2, (s[2]! + s[5]!) / 2)
    const ray = new Raycaster(new Vector3(mid.x, mid.y, mid.z + 1), new Vector3(0, 0, -1))
    // As fiber's raycaster in the app (SceneCanvas): the muscles answer from the picking layer.
    ray.layers.enable(PICK_LAYER)
    const hits = ray.intersectObject(rt.root, true)
    expect(hits[0]?.object.name).toBe('muscle_tibialis_anterior_l')
    expect(hits[0]!.point.z).toBeGreaterThan(mid.z - 0.02)
    actions.setMuscleLayer('off')
    frameMuscleLayer(rt, inputFrom(store.getState(), 0))
    expect(ray.intersectObject(rt.root, true)).toEqual([])
  })

  it('keeps the per-frame CPU work under 1 ms with every muscle shown and shaded', () => {
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('lumbar', { condition: 'pinched-nerve-root' })
    actions.setMuscleLayer('all')
    actions.setMuscleActivity(true)
    const inputs = Array.from({ length: 60 }, (_, i) => inputFrom(store.getState(), i * 0.4, i / 60))
    for (const input of inputs) frameMuscleLayer(rt, input)
    const times: number[] = []
    for (let round = 0; round < 5; round++)
      for (const input of inputs) {
        frameMuscleLayer(rt, input)
        times.push(rt.lastFrameMs)
      }
    times.sort((a, b) => a - b)
    const median = times[times.length >> 1]!
    console.info(`muscle layer frame, 30 muscles: median ${median.toFixed(3)} ms, 90th percentile ${times[Math.floor(times.length * 0.9)]!.toFixed(3)} ms`)
    expect(median).toBeLessThan(1)
  })
})
