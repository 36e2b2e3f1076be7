import { BoxGeometry, Mesh, MeshStandardMaterial } from 'three'
import { afterEach, describe, expect, it } from 'vitest'
import { BONES } from '../../src/anatomy/bones'
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
})
