import { useEffect } from 'react'
import { Mesh, MeshStandardMaterial } from 'three'
import { regionKeyFor, type RegionKind, type Side } from '../anatomy/regions'
import { appStore, type AppState } from '../state/store'
import { liveScene } from './liveScene'

/** Bones outside the chosen chain, when the user asks to fade them: faint, no depth, no shadow. */
export const fadedMaterial = new MeshStandardMaterial({ color: '#9aa6b8', roughness: 0.9, transparent: true, opacity: 0.1, depthWrite: false })

function inChain(mesh: Mesh, chainRegions: ReadonlySet<string>): boolean {
  const { region, side } = mesh.userData as { region?: RegionKind | null; side?: Side | null }
  if (!region) return false
  return chainRegions.has(regionKeyFor(region, region === 'lumbar' || region === 'pelvis' ? null : (side ?? null)))
}

/** Fades the bones outside the state's chain (or restores them all when fading is off). Exported for tests. */
export function applyFadeOthers(state: Pick<AppState, 'fadeOthers' | 'chain'>) {
  const materials = liveScene.materials
  if (!materials) return
  // The chosen chain as the store built it (its condition and side), never rebuilt here.
  const chainRegions = state.fadeOthers && state.chain ? new Set(state.chain.links.map((l) => l.region)) : null
  for (const bone of liveScene.bones.values()) {
    if (!(bone instanceof Mesh)) continue
    const normal = bone.name.startsWith('disc_') ? materials.disc : materials.bone
    const faded = chainRegions !== null && !inChain(bone, chainRegions)
    bone.material = faded ? fadedMaterial : normal
    bone.castShadow = !faded
    // A faded bone draws by itself (the batch draws only in the bone and disc materials).
    liveScene.boneBatch?.drawApart(bone, faded)
  }
}

/** Applies "fade others" whenever the chain, the switch or the loaded model changes (never per frame). */
export function FadeOthersController() {
  useEffect(() => {
    applyFadeOthers(appStore.getState())
    return appStore.subscribe((next, prev) => {
      if (next.chain !== prev.chain || next.fadeOthers !== prev.fadeOthers || next.modelDetail !== prev.modelDetail) applyFadeOthers(next)
    })
  }, [])
  return null
}
