/** A worker thread that builds bones on request: { name } -> BuiltBone (buffers transferred). */
import { parentPort } from 'node:worker_threads'
import { loadRecipes } from './registry'
import { buildBone } from './buildBone'

// Tolerant: the parent already decided which files count; a broken unrelated file must not stop a bone.
const recipes = loadRecipes(true)

parentPort!.on('message', async (msg: { name: string }) => {
  try {
    const entry = (await recipes).get(msg.name)
    if (!entry) throw new Error(`No recipe for "${msg.name}"`)
    const built = await buildBone(msg.name, entry.recipe)
    const transfer = [built.full.positions.buffer, built.full.indices.buffer, built.lite.positions.buffer, built.lite.indices.buffer]
    parentPort!.postMessage({ ok: true, built }, transfer as ArrayBuffer[])
  } catch (err) {
    parentPort!.postMessage({ ok: false, name: msg.name, error: err instanceof Error ? err.stack ?? err.message : String(err) })
  }
})
