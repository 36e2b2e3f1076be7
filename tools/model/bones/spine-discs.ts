/**
 * Intervertebral discs: each fills the space between the endplates of its two vertebrae exactly
 * (the planes of `spine-levels.ts`), with the kidney outline of the bodies and a slightly bulging rim.
 * Lumbar discs (and T12–L1) in detail; the thoracic and cervical ones as thin context discs.
 */
import type { BoneRecipes } from '../recipe'
import { disc } from './lib/spine-parts'

const lumbar = ['T12_L1', 'L1_L2', 'L2_L3', 'L3_L4', 'L4_L5', 'L5_S1']
const thoracic = Array.from({ length: 11 }, (_, i) => `T${i + 1}_T${i + 2}`)
const cervical = ['C2_C3', 'C3_C4', 'C4_C5', 'C5_C6', 'C6_C7', 'C7_T1']

export const recipes: BoneRecipes = Object.fromEntries([
  ...lumbar.map((d) => [`disc_${d}`, { sdf: () => disc(d, 1), voxel: 0.0007, maxTriangles: 400 }] as const),
  ...thoracic.map((d) => [`disc_${d}`, { sdf: () => disc(d, 0.5, 0.7), voxel: 0.0008, maxTriangles: 150 }] as const),
  ...cervical.map((d) => [`disc_${d}`, { sdf: () => disc(d, 0.4, 0.7, d === 'C7_T1' ? 0 : 6), voxel: 0.0007, maxTriangles: 150 }] as const),
])
