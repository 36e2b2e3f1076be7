/**
 * `npm run model:preview -- femur_l tibia_l`: builds just these bones (cached) and renders each
 * from six sides into .cache/previews/<bone>.png, for judging shapes while authoring.
 * Add `--with hip_bone_l,sacrum` to draw neighbours faintly for context, or `--together` to
 * render all the named bones solid in one sheet (a whole foot, a whole spine segment).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ModelRenderer } from './render/driver'

const { values, positionals } = parseArgs({ allowPositionals: true, options: { with: { type: 'string' }, size: { type: 'string', default: '360' }, together: { type: 'boolean', default: false } } })
if (positionals.length === 0) {
  console.error('usage: npm run model:preview -- <bone> [<bone> ...] [--with neighbour,neighbour]')
  process.exit(1)
}
const context = values.with ? values.with.split(',') : []
const outDir = join('.cache', 'previews')
// One folder per run, so several people (or helpers) can preview at once.
const modelDir = join('.cache', `preview-model-${process.pid}`)
execFileSync(process.execPath, ['--import', 'tsx', 'tools/model/build.ts', '--allow-missing', '--only', [...positionals, ...context].join(','), '--out', modelDir], { stdio: 'inherit' })

mkdirSync(outDir, { recursive: true })
const renderer = await ModelRenderer.open(join(modelDir, 'skeleton.glb'))
const size = Number(values.size)
const sides: [string, [number, number, number]][] = [
  ['front', [0, 0, 1]],
  ['back', [0, 0, -1]],
  ['its left', [1, 0, 0]],
  ['its right', [-1, 0, 0]],
  ['top', [0, 1, 0.0001]],
  ['three-quarter', [0.7, 0.35, 0.7]],
  ['bottom', [0, -1, 0.0001]],
  ['three-quarter back', [-0.7, 0.35, -0.7]],
]
try {
  const groups = values.together ? [positionals] : positionals.map((b) => [b])
  for (const group of groups) {
    const bone = values.together ? `${group[0]}-group` : group[0]!
    const images = []
    for (const [title, dir] of sides) {
      const up: [number, number, number] = Math.abs(dir[1]) > 0.9 ? [0, 0, dir[1] > 0 ? -1 : 1] : [0, 1, 0]
      images.push({ title, png: await renderer.render({ show: group, ghost: context, focus: group, dir, up, width: size, height: size }) })
    }
    const path = join(outDir, `${bone}.png`)
    writeFileSync(path, await renderer.sheet(images, 4, bone, size))
    console.log(`wrote ${path}`)
  }
} finally {
  await renderer.close()
  rmSync(modelDir, { recursive: true, force: true })
}
