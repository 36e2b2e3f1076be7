/**
 * `npm run build:muscles`: generates public/models/muscles.glb from src/anatomy/muscles.ts.
 *
 * Each muscle of the left side is a signed distance field (shape.ts) polygonised and simplified with
 * the skeleton's own pipeline; the right side is its mirror image. Vertices are in model space at rest
 * (same axes and scale as skeleton.glb, no joint parenting: a muscle spans joints). COLOR_0 shades the
 * belly red-brown and the tendons pale.
 *
 * Run-time deformation (documented contract): a muscle's rest mesh is laid along its strands' rest
 * paths (the polylines through the landmarks of src/anatomy/muscleAttachments.ts). The app binds each
 * vertex once, at load, to its nearest strand segment (bindMuscleVertices in src/anatomy/muscleMotion.ts:
 * strand, segment, position along it and offset in the segment's frame) and re-places it each frame
 * along the posed path, scaling the offset by 1/sqrt(length ratio) to keep the volume. Nothing per
 * vertex is stored in the file, so it stays small.
 *
 * Flags: --out DIR (default public/models), --only a,b (muscle names, for quick looks).
 * Same input, same bytes: no randomness, no time stamps.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BONE_BY_NAME } from '../../../src/anatomy/bones'
import { STRAND_ATTACHMENTS } from '../../../src/anatomy/muscleAttachments'
import { MUSCLES } from '../../../src/anatomy/muscles'
import { polygonize, type RawMesh } from '../mesh/polygonize'
import { simplify } from '../mesh/simplify'
import { loadRecipes } from '../registry'
import { union, type Sdf } from '../sdf/core'
import { assembleMuscles, type BuiltMuscle } from './gltf'
import { muscleField, strandSamples, tendonWeight, type StrandSample } from './shape'
import { mirrorMesh } from '../gltf'

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'public/models' }, only: { type: 'string' } } })

/** Bones muscles lie on (left side and the middle), for pushing bellies off them. */
const BONES_UNDER_MUSCLES = [
  'hip_bone_l', 'sacrum', 'coccyx', 'femur_l', 'patella_l', 'tibia_l', 'fibula_l', 'talus_l', 'calcaneus_l',
  'navicular_l', 'cuboid_l', 'cuneiform_medial_l', 'cuneiform_intermediate_l', 'cuneiform_lateral_l',
  'metatarsal_1_l', 'metatarsal_5_l', 'vertebra_L1', 'vertebra_L2', 'vertebra_L3', 'vertebra_L4', 'vertebra_L5',
  'vertebra_T12', 'rib_12_l', 'rib_11_l',
]

const VOXEL = 0.0016
const ERROR = 0.0005
const MAX_TRIANGLES: Record<string, number> = { gluteus_maximus: 1800, gluteus_medius: 1500, adductors: 1600, hamstrings: 1500, vasti: 1600 }
const DEFAULT_MAX_TRIANGLES = 1100

const started = performance.now()
const recipes = await loadRecipes(true)
let bonesField: Sdf | undefined
/** The bones' field, made on first use (a fully cached build never needs it). */
function bones(): Sdf {
  bonesField ??= union(
    ...BONES_UNDER_MUSCLES.map((b) => {
      const r = recipes.get(BONE_BY_NAME.get(b)?.mirrorOf ?? b)
      if (!r) throw new Error(`No recipe for ${b}`)
      return r.recipe.sdf()
    }),
  )
  return bonesField
}

/** Tendon weight per vertex: from the nearest centre-line sample (its share of the strand's length). */
function tendonShare(mesh: RawMesh, samples: StrandSample[][], weight: (t: number) => number): Float32Array {
  const out = new Float32Array(mesh.positions.length / 3)
  const flat = samples.flat()
  for (let i = 0; i < out.length; i++) {
    const x = mesh.positions[i * 3]!, y = mesh.positions[i * 3 + 1]!, z = mesh.positions[i * 3 + 2]!
    let best = Infinity, t = 0
    for (const s of flat) {
      // Distance to the sample's surface, so a thick belly wins over a thin tendon nearby.
      const d = Math.hypot(x - s.p[0], y - s.p[1], z - s.p[2]) - s.r
      if (d < best) {
        best = d
        t = s.t
      }
    }
    out[i] = weight(t)
  }
  return out
}

/**
 * Per-muscle cache in .cache/muscles/: a muscle is rebuilt when its data, its attachments, the bones it
 * is shaped against, the SDF toolkit, the mesher or this generator change.
 */
const CACHE = join('.cache', 'muscles')
const filesUnder = (path: string): string[] =>
  !existsSync(path) ? [] : statSync(path).isFile() ? [path] : readdirSync(path).toSorted().flatMap((f) => filesUnder(join(path, f)))
const sharedHash = (() => {
  const h = createHash('sha256')
  const inputs = ['tools/model/muscles/build.ts', 'tools/model/muscles/shape.ts', 'tools/model/sdf', 'tools/model/mesh', 'tools/model/bones', 'src/anatomy/skeletonLayout.ts', 'src/anatomy/proportions.ts']
  for (const f of inputs.flatMap(filesUnder)) h.update(f).update(readFileSync(f))
  return h.digest('hex')
})()

interface Cached {
  mesh: RawMesh
  tendon: Float32Array
}

function cachePath(m: (typeof MUSCLES)[number]): string {
  const h = createHash('sha256').update(sharedHash).update(JSON.stringify(m)).update(JSON.stringify(m.strands.map((s) => STRAND_ATTACHMENTS[s])))
  return join(CACHE, `${m.name}-${h.digest('hex').slice(0, 16)}.json`)
}

function readCache(path: string): Cached | null {
  if (!existsSync(path)) return null
  const j = JSON.parse(readFileSync(path, 'utf8')) as { positions: number[]; indices: number[]; tendon: number[] }
  return { mesh: { positions: Float32Array.from(j.positions), indices: Uint32Array.from(j.indices) }, tendon: Float32Array.from(j.tendon) }
}

const wanted = args.only ? new Set(args.only.split(',')) : null
const built: BuiltMuscle[] = []
for (const m of MUSCLES) {
  if (wanted && !wanted.has(m.name)) continue
  const t0 = performance.now()
  const path = cachePath(m)
  let hit = readCache(path)
  if (!hit) {
    const samples = strandSamples(m, bones())
    const dense = polygonize(muscleField(m, samples, bones()), { voxel: VOXEL })
    const mesh = await simplify(dense, { error: ERROR, maxTriangles: MAX_TRIANGLES[m.name] ?? DEFAULT_MAX_TRIANGLES })
    hit = { mesh, tendon: tendonShare(mesh, samples, (t) => tendonWeight(m, t)) }
    mkdirSync(CACHE, { recursive: true })
    writeFileSync(path, JSON.stringify({ positions: [...hit.mesh.positions], indices: [...hit.mesh.indices], tendon: [...hit.tendon] }))
  }
  const { mesh, tendon } = hit
  built.push({ muscle: m, side: 'left', mesh, tendon })
  built.push({ muscle: m, side: 'right', mesh: mirrorMesh(mesh), tendon })
  console.log(`  ${m.name.padEnd(22)} ${String(mesh.indices.length / 3).padStart(5)} tris ${((performance.now() - t0) / 1000).toFixed(1)} s`)
}

mkdirSync(args.out!, { recursive: true })
const glb = await assembleMuscles(built)
const file = join(args.out!, 'muscles.glb')
writeFileSync(file, glb)
const tris = built.reduce((n, b) => n + b.mesh.indices.length / 3, 0)
console.log(`${file}: ${built.length} muscles, ${tris} triangles, ${(glb.byteLength / 1024).toFixed(1)} KiB, ${((performance.now() - started) / 1000).toFixed(1)} s`)
