import { BoxGeometry, Group, Mesh, MeshStandardMaterial, Layers } from 'three'
import { afterEach, describe, expect, it } from 'vitest'
import { BONES } from '../../src/anatomy/bones'
import { createBoneBatch } from '../../src/scene/boneBatch'
import { applyFadeOthers, fadedMaterial } from '../../src/scene/FadeOthersController'
import { liveScene } from '../../src/scene/liveScene'
import { createAppStore } from '../../src/state/store'

const bone = new MeshStandardMaterial()
const disc = new MeshStandardMaterial()

/** One mesh per bone of the model's bone list, tagged like the loaded model's nodes. */
function loadBones() {
  liveScene.bones.clear()
  for (const b of BONES) {
    const mesh = new Mesh(new BoxGeometry(), bone)
    mesh.name = b.name
    mesh.userData = { region: b.region, side: b.side }
    liveScene.bones.set(b.name, mesh)
  }
  liveScene.materials = { bone, disc }
}

const faded = (name: string) => (liveScene.bones.get(name) as Mesh).material === fadedMaterial

afterEach(() => {
  liveScene.bones.clear()
  liveScene.materials = null
  liveScene.boneBatch = null
})

describe('fade others', () => {
  it('keeps the chain’s own leg for a right-sided lumbar chain and fades the other leg', () => {
    loadBones()
    const store = createAppStore()
    const { actions } = store.getState()
    actions.select('lumbar')
    actions.setSide('right')
    actions.setFadeOthers(true)
    applyFadeOthers(store.getState())
    // The pinched root's chain runs down the right leg: its hip, knee and ankle stay solid.
    expect(['femur_r', 'tibia_r', 'talus_r'].filter(faded)).toEqual([])
    expect(['tibia_l', 'talus_l'].filter((n) => !faded(n))).toEqual([])
    expect(faded('vertebra_L3')).toBe(false)
  })

  it('fades nothing when switched off', () => {
    loadBones()
    const store = createAppStore()
    store.getState().actions.select('knee-left')
    applyFadeOthers(store.getState())
    expect(BONES.map((b) => b.name).filter(faded)).toEqual([])
  })

  it('with the bones drawn as a batch, a faded bone is drawn by itself and leaves the batch; switched off, it goes back', () => {
    loadBones()
    // The bones under one joint, as the model has them, drawn by a batch.
    const root = new Group()
    const joint = new Group()
    joint.name = 'joint_pelvis'
    root.add(joint)
    const meshes = [...liveScene.bones.values()] as Mesh[]
    for (const m of meshes) joint.add(m)
    const batch = createBoneBatch(root, meshes)
    liveScene.boneBatch = batch
    const camera = new Layers()
    const drawnAlone = (name: string) => liveScene.bones.get(name)!.layers.test(camera)
    const store = createAppStore()
    store.getState().actions.select('knee-left')
    store.getState().actions.setFadeOthers(true)
    applyFadeOthers(store.getState())
    expect(faded('tibia_r')).toBe(true)
    expect(drawnAlone('tibia_r')).toBe(true)
    expect(batch.meshes[0]!.getVisibleAt(meshes.findIndex((m) => m.name === 'tibia_r'))).toBe(false)
    // The chain's own bones stay in the batch.
    expect(drawnAlone('tibia_l')).toBe(false)
    expect(batch.meshes[0]!.getVisibleAt(meshes.findIndex((m) => m.name === 'tibia_l'))).toBe(true)
    store.getState().actions.setFadeOthers(false)
    applyFadeOthers(store.getState())
    expect(BONES.map((b) => b.name).filter(drawnAlone)).toEqual([])
    expect(batch.meshes[0]!.getVisibleAt(meshes.findIndex((m) => m.name === 'tibia_r'))).toBe(true)
  })
})
