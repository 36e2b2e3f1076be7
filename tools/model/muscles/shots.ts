/**
 * `npm run muscles:shots [-- --out DIR]`: renders the generated muscles on the skeleton in headless
 * Chromium: front, side and back of the pelvis and legs, and the low back, into DIR
 * (default docs/model/muscles-*.png) plus a contact sheet, for judging them by eye.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { BONES } from '../../../src/anatomy/bones'
import { MUSCLES, muscleNodeName } from '../../../src/anatomy/muscles'
import { ModelRenderer, type NamedView } from '../render/driver'

const { values: args } = parseArgs({ options: { out: { type: 'string', default: 'docs/model' }, muscles: { type: 'string', default: 'public/models/muscles.glb' } } })

const lowerBody = BONES.filter((b) => b.region !== null || b.name === 'vertebra_T12' || b.name.startsWith('rib_12') || b.name.startsWith('rib_11')).map((b) => b.name)
const muscles = MUSCLES.flatMap((m) => [muscleNodeName(m.name, 'left'), muscleNodeName(m.name, 'right')])
const leftMuscles = MUSCLES.map((m) => muscleNodeName(m.name, 'left'))
const show = [...lowerBody, ...muscles]
const W = 420
const H = 760

const views: NamedView[] = [
  { name: 'muscles-front', title: 'Pelvis and legs, front', show, focus: lowerBody, dir: [0, 0.05, 1], width: W, height: H, padding: 1.04, fitHeight: true },
  { name: 'muscles-side', title: 'Its left side', show, focus: lowerBody, dir: [1, 0.05, 0], width: W, height: H, padding: 1.04, fitHeight: true },
  { name: 'muscles-back', title: 'Back', show, focus: lowerBody, dir: [0, 0.05, -1], width: W, height: H, padding: 1.04, fitHeight: true },
  { name: 'muscles-hip-side', title: 'Left hip, side', show, focus: ['hip_bone_l', 'muscle_gluteus_medius_l'], dir: [1, 0.1, -0.15], width: W, height: W },
  { name: 'muscles-hip-back', title: 'Hip and low back, from behind', show, focus: ['hip_bone_l', 'hip_bone_r', 'vertebra_L1'], dir: [0.2, 0.15, -1], width: W, height: W },
  { name: 'muscles-left-only', title: 'Left muscles, three-quarter front', show: [...lowerBody, ...leftMuscles], focus: lowerBody, dir: [0.7, 0.1, 0.7], width: W, height: H, padding: 1.04, fitHeight: true },
]

mkdirSync(args.out!, { recursive: true })
const renderer = await ModelRenderer.open(['public/models/skeleton.glb', args.muscles!])
const images: { title: string; png: Buffer }[] = []
try {
  for (const view of views) {
    const png = await renderer.render(view)
    writeFileSync(join(args.out!, `${view.name}.png`), png)
    images.push({ title: view.title, png })
    console.log(`wrote ${join(args.out!, view.name)}.png`)
  }
  writeFileSync(join(args.out!, 'muscles-sheet.png'), await renderer.sheet(images, 3, 'Generated muscles on the skeleton', 300))
  console.log(`wrote ${join(args.out!, 'muscles-sheet.png')}`)
} finally {
  await renderer.close()
}
