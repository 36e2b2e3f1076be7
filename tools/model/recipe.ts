import type { Sdf } from './sdf/core'

/**
 * How one bone is made. A module in `tools/model/bones/` exports `recipes`, keyed by bone name
 * (central bones and left-side bones only; right-side bones are mirrored from the left).
 * Fields are authored in model space: the standing skeleton, metres, +Y up, facing +Z, left = +X.
 */
export interface BoneRecipe {
  sdf: () => Sdf
  /** Voxel edge for polygonising, metres. Default 1 mm; 0.5–0.7 mm for small, detailed bones. */
  voxel?: number
  /** Largest deviation allowed by simplification, metres. Default 0.3 mm. */
  error?: number
  /** Same for the low-detail first-view model. Default 0.8 mm. */
  liteError?: number
  /** Cap on triangles after simplification: if the error bound leaves more, simplification goes on to this count. */
  maxTriangles?: number
}

export type BoneRecipes = Record<string, BoneRecipe>

export const DEFAULT_VOXEL = 0.001
export const DEFAULT_ERROR = 0.0003
export const DEFAULT_LITE_ERROR = 0.0014
