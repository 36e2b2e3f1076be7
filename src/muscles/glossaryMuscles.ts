/**
 * Glossary words that name muscles (src/content/glossary.ts keys) and the muscles of the 3D layer they
 * point at: hovering the word in the panel lights those muscles.
 * Pure data: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import { MUSCLE_BY_NAME, muscleNodeName } from '../anatomy/muscles'

export const GLOSSARY_MUSCLES: Readonly<Record<string, readonly string[]>> = {
  'hip-abductors': ['gluteus_medius', 'gluteus_minimus'],
  'gluteus-medius': ['gluteus_medius'],
  'quadratus-lumborum': ['quadratus_lumborum'],
  'erector-spinae': ['erector_spinae'],
  hamstrings: ['hamstrings'],
  // The muscle that lifts the front of the foot is the one that fails.
  'foot-drop': ['tibialis_anterior'],
  // The tendon of the calf muscles.
  'achilles-tendon': ['gastrocnemius', 'soleus'],
}

/**
 * The muscle nodes a glossary word lights: limb muscles on the side of the problem (both sides on the
 * overview), trunk muscles on both sides, since they work as a pair. Empty for words that name no muscle.
 */
export function glossaryMuscleNodes(termKey: string, problem: Side | null): string[] {
  const names = GLOSSARY_MUSCLES[termKey] ?? []
  return names.flatMap((name) => {
    const trunk = MUSCLE_BY_NAME.get(name)?.regions.includes('lumbar') ?? false
    const sides: readonly Side[] = trunk || problem === null ? ['left', 'right'] : [problem]
    return sides.map((side) => muscleNodeName(name, side))
  })
}
