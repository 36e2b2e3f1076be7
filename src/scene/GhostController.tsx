import { useEffect } from 'react'
import { Mesh, MeshStandardMaterial } from 'three'
import { regionKeyFor, type RegionKind, type Side } from '../anatomy/regions'
import { resolveChain } from '../chains/resolve'
import { appStore, type AppState } from '../state/store'
import { liveScene } from './liveScene'

/** Bones outside the chosen chain, when the user asks to fade them: faint, no depth, no shadow. */
const ghostMaterial = new MeshStandardMaterial({ color: '#9aa6b8', roughness: 0.9, transparent: true, opacity: 0.1, depthWrite: false })

function inChain(mesh: Mesh, chainRegions: ReadonlySet<string>): boolean {
  const { region, side } = mesh.userData as { region?: RegionKind | null; side?: Side | null }
  if (!region) return false
  return chainRegions.has(regionKeyFor(region, region === 'lumbar' || region === 'pelvis' ? null : (side ?? null)))
}

function apply(state: AppState) {
  const materials = liveScene.materials
  if (!materials) return
  const chainRegions = state.ghostOthers && state.region ? new Set(resolveChain(state.region).links.map((l) => l.region)) : null
  for (const bone of liveScene.bones.values()) {
    if (!(bone instanceof Mesh)) continue
    const normal = bone.name.startsWith('disc_') ? materials.disc : materials.bone
    const ghost = chainRegions !== null && !inChain(bone, chainRegions)
    bone.material = ghost ? ghostMaterial : normal
    bone.castShadow = !ghost
  }
}

/** Applies the ghosting whenever the selection, the switch or the loaded model changes (never per frame). */
export function GhostController() {
  useEffect(() => {
    apply(appStore.getState())
    return appStore.subscribe((next, prev) => {
      if (next.region !== prev.region || next.ghostOthers !== prev.ghostOthers || next.modelDetail !== prev.modelDetail) apply(next)
    })
  }, [])
  return null
}
