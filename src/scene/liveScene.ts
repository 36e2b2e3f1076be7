import type { Camera, Material, Object3D } from 'three'
import type { PlacedShape } from '../anatomy/regionShapes'
import type { RegionKey } from '../anatomy/regions'
import type { BoneBatch } from './boneBatch'
import type { ChainGlow } from './glowPlan'
import type { MuscleLayerRuntime } from './muscleLayerRuntime'

/**
 * The scene's per-frame state, shared between scene components and the automation API.
 * It is a plain mutable object on purpose: these values change every frame and must never go
 * through React state (React would re-render 60 times a second).
 */
export interface LiveScene {
  /** The posed skeleton's joint nodes by joint name (without `joint_`). */
  joints: Map<string, Object3D>
  /** The second skeleton's joints (compare view or normal-walking ghost; empty when there is none). */
  secondJoints: Map<string, Object3D>
  /** The second skeleton's region capsules in world space (compare view only). */
  secondShapes: PlacedShape[]
  /** The second skeleton's chain glow this frame (null for normal walking or no compare). */
  secondGlow: Partial<Record<RegionKey, ChainGlow>> | null
  /** The name plates under each skeleton's feet in the compare view, registered by the overlay. */
  plateElements: { first: HTMLElement | null; second: HTMLElement | null }
  /** Bone meshes by bone name. */
  bones: Map<string, Object3D>
  /** The batch that draws the bone meshes (null: they draw themselves); "fade others" draws faded bones apart. */
  boneBatch: Pick<BoneBatch, 'drawApart'> | null
  /** The explorer's bone and disc materials (restored when "fade others" is switched off). */
  materials: { bone: Material; disc: Material } | null
  /** Region capsules in world space, updated every frame from the joints. */
  shapes: PlacedShape[]
  camera: Camera | null
  canvas: HTMLCanvasElement | null
  /** Canvas size in CSS pixels and its offset in the page. */
  viewport: { width: number; height: number; left: number; top: number }
  /** Each region's chain glow this frame (null when no chain plays). */
  chainGlow: Partial<Record<RegionKey, ChainGlow>> | null
  /** DOM labels that follow the regions, registered by the overlay. */
  labelElements: Map<RegionKey, HTMLElement>
  /** The muscle layer once loaded (meshes, rig, last frame's cost), or null. */
  muscles: MuscleLayerRuntime | null
  /**
   * Draws the scene now and returns it as an image URL (for printed worksheets), cropped to `area`
   * (CSS pixels of the canvas) when given; null until the canvas exists.
   */
  snapshot: ((area?: { x: number; y: number; width: number; height: number } | null) => string) | null
}

export const liveScene: LiveScene = {
  joints: new Map(),
  bones: new Map(),
  secondJoints: new Map(),
  secondShapes: [],
  secondGlow: null,
  plateElements: { first: null, second: null },
  materials: null,
  boneBatch: null,
  shapes: [],
  camera: null,
  canvas: null,
  viewport: { width: 0, height: 0, left: 0, top: 0 },
  chainGlow: null,
  labelElements: new Map(),
  muscles: null,
  snapshot: null,
}
