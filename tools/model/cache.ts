/**
 * Per-bone cache: a bone is rebuilt only when its recipe file, the shared bone helpers, the
 * mesher or the anatomy data change. Lives in `.cache/model/` (not committed).
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BuiltBone } from './buildBone'
import type { RawMesh } from './mesh/polygonize'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const CACHE_DIR = join(ROOT, '.cache', 'model')

/** What every bone's mesh depends on besides its own recipe file (the anatomy files bones are placed from). */
const SHARED_INPUTS = [
  'tools/model/recipe.ts',
  'tools/model/buildBone.ts',
  'tools/model/sdf',
  'tools/model/mesh',
  'tools/model/bones/lib',
  'src/anatomy/proportions.ts',
  'src/anatomy/skeletonLayout.ts',
  'node_modules/meshoptimizer/package.json',
]

function filesUnder(path: string): string[] {
  const abs = join(ROOT, path)
  if (!existsSync(abs)) return []
  if (statSync(abs).isFile()) return [abs]
  return readdirSync(abs)
    .toSorted()
    .flatMap((f) => filesUnder(join(path, f)))
}

let sharedHash: string | undefined
function shared(): string {
  if (!sharedHash) {
    const h = createHash('sha256')
    for (const f of SHARED_INPUTS.flatMap(filesUnder)) h.update(relative(ROOT, f)).update(readFileSync(f))
    sharedHash = h.digest('hex')
  }
  return sharedHash
}

/**
 * The recipe file and any other recipe files it imports (a hip bone fitted to the sacrum's
 * surface must rebuild when the sacrum changes).
 */
function recipeInputs(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return []
  seen.add(file)
  const text = readFileSync(file, 'utf8')
  const sibling = /(?:from |import\()'\.\/([\w-]+)'/g
  const out = [file]
  for (const m of text.matchAll(sibling)) out.push(...recipeInputs(join(file, '..', `${m[1]}.ts`), seen))
  return out
}

export function cacheKey(name: string, recipeFile: string): string {
  const h = createHash('sha256').update(shared()).update(name)
  for (const f of recipeInputs(recipeFile)) h.update(relative(ROOT, f)).update(readFileSync(f))
  return h.digest('hex').slice(0, 20)
}

function pathFor(name: string, key: string) {
  return join(CACHE_DIR, `${name}-${key}.bin`)
}

export function readCached(name: string, key: string): BuiltBone | null {
  const path = pathFor(name, key)
  if (!existsSync(path)) return null
  const buf = readFileSync(path)
  const header = new Uint32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + 20))
  let offset = buf.byteOffset + 20
  const take = <T extends Float32Array | Uint32Array>(Ctor: new (b: ArrayBuffer) => T, count: number): T => {
    const arr = new Ctor(buf.buffer.slice(offset, offset + count * 4))
    offset += count * 4
    return arr
  }
  const full: RawMesh = { positions: take(Float32Array, header[0]!), indices: take(Uint32Array, header[1]!) }
  const lite: RawMesh = { positions: take(Float32Array, header[2]!), indices: take(Uint32Array, header[3]!) }
  return { name, full, lite, denseTriangles: header[4]!, ms: 0 }
}

export function writeCached(key: string, bone: BuiltBone) {
  mkdirSync(CACHE_DIR, { recursive: true })
  const header = new Uint32Array([bone.full.positions.length, bone.full.indices.length, bone.lite.positions.length, bone.lite.indices.length, bone.denseTriangles])
  const parts = [header, bone.full.positions, bone.full.indices, bone.lite.positions, bone.lite.indices].map((a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength))
  writeFileSync(pathFor(bone.name, key), Buffer.concat(parts))
}
