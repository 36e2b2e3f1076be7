/**
 * `npm run build:model`: builds every bone (in parallel, cached per bone) and writes
 * public/models/skeleton.glb and the low-detail public/models/skeleton-lite.glb.
 *
 * Flags:
 *   --only a,b,c       build just these bones (and their mirrors) into --out, for previews and tests
 *   --out DIR          where to write (default public/models)
 *   --allow-missing    skip contract bones that have no recipe yet (development only)
 *   --no-cache         rebuild everything
 *   --workers N        worker threads (default: number of CPU cores)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BONES } from '../../src/anatomy/bones'
import type { BuiltBone } from './buildBone'
import { cacheKey, readCached, writeCached } from './cache'
import { assemble, mirrorMesh } from './gltf'
import type { RawMesh } from './mesh/polygonize'
import { buildInPool } from './pool'
import { loadRecipes } from './registry'

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    out: { type: 'string', default: 'public/models' },
    'allow-missing': { type: 'boolean', default: false },
    'no-cache': { type: 'boolean', default: false },
    workers: { type: 'string' },
  },
})

const started = performance.now()
const recipes = await loadRecipes(args['allow-missing'])
const catalog = new Set(BONES.map((b) => b.name))
for (const name of recipes.keys()) if (!catalog.has(name)) throw new Error(`Recipe "${name}" is not a bone of the contract (src/anatomy/bones.ts)`)

const wanted = args.only ? new Set(args.only.split(',').map((s) => s.trim())) : null
const selected = BONES.filter((b) => !wanted || wanted.has(b.name) || (b.mirrorOf && wanted.has(b.mirrorOf)))
const sources = [...new Set(selected.map((b) => b.mirrorOf ?? b.name))]
const missing = sources.filter((n) => !recipes.has(n))
if (missing.length && !args['allow-missing']) throw new Error(`No recipe yet for: ${missing.join(', ')} (use --allow-missing while authoring)`)
const buildable = sources.filter((n) => recipes.has(n))

const built = new Map<string, BuiltBone>()
const keys = new Map<string, string>()
const toBuild: string[] = []
for (const name of buildable) {
  const key = cacheKey(name, recipes.get(name)!.file)
  keys.set(name, key)
  const hit = args['no-cache'] ? null : readCached(name, key)
  if (hit) built.set(name, hit)
  else toBuild.push(name)
}
const workers = Number(args.workers ?? availableParallelism())
console.log(`bones: ${buildable.length} to make (${buildable.length - toBuild.length} from cache, ${toBuild.length} to build on ${workers} workers)`)
await buildInPool(toBuild, workers, (bone) => {
  built.set(bone.name, bone)
  writeCached(keys.get(bone.name)!, bone)
  console.log(`  ${bone.name.padEnd(28)} ${String(bone.full.indices.length / 3).padStart(6)} tris (lite ${bone.lite.indices.length / 3}, dense ${bone.denseTriangles}) ${(bone.ms / 1000).toFixed(1)} s`)
})

function meshesFor(level: 'full' | 'lite'): Map<string, RawMesh> {
  const meshes = new Map<string, RawMesh>()
  for (const b of selected) {
    const src = built.get(b.mirrorOf ?? b.name)
    if (!src) continue
    meshes.set(b.name, b.mirrorOf ? mirrorMesh(src[level]) : src[level])
  }
  return meshes
}

mkdirSync(args.out!, { recursive: true })
const report: string[] = []
for (const [level, file] of [['full', 'skeleton.glb'], ['lite', 'skeleton-lite.glb']] as const) {
  const meshes = meshesFor(level)
  const glb = await assemble({ meshes, generator: 'Compensation Chain Explorer model generator (tools/model)', granularity: level === 'full' ? 'bone' : 'joint' })
  writeFileSync(join(args.out!, file), glb)
  const tris = [...meshes.values()].reduce((n, m) => n + m.indices.length / 3, 0)
  report.push(`${file}: ${meshes.size} bones, ${tris} triangles, ${(glb.byteLength / 1024).toFixed(1)} KiB`)
}
console.log(report.join('\n'))
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`)
