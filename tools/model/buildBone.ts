/** Field -> dense mesh -> two simplified meshes (full and lite) for one bone. */
import { polygonize, type RawMesh } from './mesh/polygonize'
import { simplify } from './mesh/simplify'
import { DEFAULT_ERROR, DEFAULT_LITE_ERROR, DEFAULT_VOXEL, type BoneRecipe } from './recipe'

export interface BuiltBone {
  name: string
  full: RawMesh
  lite: RawMesh
  /** Triangles before simplification, and milliseconds spent, for the build report. */
  denseTriangles: number
  ms: number
}

export async function buildBone(name: string, recipe: BoneRecipe): Promise<BuiltBone> {
  const start = performance.now()
  const dense = polygonize(recipe.sdf(), { voxel: recipe.voxel ?? DEFAULT_VOXEL })
  if (dense.indices.length === 0) throw new Error(`Bone "${name}" produced no surface: is its field empty or its box wrong?`)
  const full = await simplify(dense, { error: recipe.error ?? DEFAULT_ERROR, maxTriangles: recipe.maxTriangles })
  const lite = await simplify(full, { error: recipe.liteError ?? DEFAULT_LITE_ERROR, maxTriangles: recipe.maxTriangles ? Math.ceil(recipe.maxTriangles / 2.5) : undefined })
  return { name, full, lite, denseTriangles: dense.indices.length / 3, ms: performance.now() - start }
}
