/**
 * Finds every recipe module in `tools/model/bones/` (each file there exports `recipes`), so bone
 * groups can be authored in separate files without a shared list to edit.
 * Helpers shared between files live in `tools/model/bones/lib/` and export no recipes.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL, fileURLToPath } from 'node:url'
import type { BoneRecipe, BoneRecipes } from './recipe'

export const BONES_DIR = fileURLToPath(new URL('./bones/', import.meta.url))

export interface RegisteredRecipe {
  name: string
  recipe: BoneRecipe
  /** The module that defines it (its text is part of the cache key). */
  file: string
}

/**
 * @param tolerant skip a file that fails to load (with a warning) instead of failing: while several
 *   people author bones at once, one half-written file should not stop everyone's previews.
 */
export async function loadRecipes(tolerant = false): Promise<Map<string, RegisteredRecipe>> {
  const files = readdirSync(BONES_DIR)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .toSorted()
  const out = new Map<string, RegisteredRecipe>()
  for (const f of files) {
    const file = join(BONES_DIR, f)
    let mod: { recipes?: BoneRecipes }
    try {
      mod = (await import(pathToFileURL(file).href)) as { recipes?: BoneRecipes }
    } catch (err) {
      if (!tolerant) throw err
      console.warn(`skipping ${f}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`)
      continue
    }
    if (!mod.recipes) throw new Error(`${f} has no "recipes" export`)
    for (const [name, recipe] of Object.entries(mod.recipes)) {
      const previous = out.get(name)
      if (previous) throw new Error(`Bone "${name}" is defined twice: ${previous.file} and ${file}`)
      out.set(name, { name, recipe, file })
    }
  }
  return out
}
