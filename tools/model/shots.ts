/**
 * `npm run model:shots`: renders the committed skeleton and close-ups of the regions the app is
 * about, in headless Chromium, into docs/model/*.png, and a contact sheet docs/model-contact-sheet.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { BONES } from '../../src/anatomy/bones'
import { JOINT_POSITIONS } from '../../src/anatomy/skeletonLayout'
import { ModelRenderer, type NamedView } from './render/driver'

const OUT = 'docs/model'
const byPrefix = (...prefixes: string[]) => BONES.filter((b) => prefixes.some((p) => b.name.startsWith(p))).map((b) => b.name)
const lumbar = byPrefix('vertebra_L', 'disc_L', 'disc_T12_L1')
const pelvis = ['sacrum', 'coccyx', 'hip_bone_l', 'hip_bone_r']
const knee = ['femur_l', 'patella_l', 'tibia_l', 'fibula_l']
const footL = BONES.filter((b) => b.side === 'left' && b.region === 'ankle').map((b) => b.name)
const all = BONES.map((b) => b.name)
const midfoot = ['navicular_l', 'cuboid_l', 'cuneiform_medial_l', 'cuneiform_intermediate_l', 'cuneiform_lateral_l']
const girdle = ['clavicle_l', 'scapula_l']
const shoulder = [...girdle, 'humerus_l', 'sternum', ...byPrefix('rib_'), ...byPrefix('vertebra_T'), 'clavicle_r']
const kneeL = JOINT_POSITIONS.knee_l!
const hipL = JOINT_POSITIONS.hip_l!
const W = 720
const H = 720

const views: NamedView[] = [
  { name: 'skeleton-front', title: 'Whole skeleton, front', dir: [0, 0.05, 1], width: W / 2, height: H, padding: 1.06, fitHeight: true },
  { name: 'skeleton-side', title: 'Whole skeleton, its left side', dir: [1, 0.05, 0], width: W / 2, height: H, padding: 1.06, fitHeight: true },
  { name: 'skeleton-back', title: 'Whole skeleton, back', dir: [0, 0.05, -1], width: W / 2, height: H, padding: 1.06, fitHeight: true },
  { name: 'skeleton-three-quarter', title: 'Whole skeleton, three-quarter', dir: [0.65, 0.2, 0.75], width: W / 2, height: H, padding: 1.06, fitHeight: true },
  { name: 'lumbar-side', title: 'Lumbar spine, side (lordosis)', show: [...lumbar, 'sacrum'], focus: lumbar, dir: [1, 0, 0], width: W, height: H },
  { name: 'lumbar-top', title: 'L4 from above', show: ['vertebra_L4'], dir: [0, 1, 0.0001], up: [0, 0, -1], width: W, height: H },
  { name: 'lumbar-back', title: 'Lumbar spine, back', show: [...lumbar, 'sacrum'], focus: lumbar, dir: [0.25, 0.1, -1], width: W, height: H },
  { name: 'pelvis-front', title: 'Pelvis, front', show: [...pelvis, 'vertebra_L5', 'femur_l', 'femur_r'], focus: pelvis, dir: [0, 0.1, 1], width: W, height: H },
  { name: 'pelvis-side', title: 'Left hip bone, outer side (acetabulum)', show: ['hip_bone_l'], dir: [1, 0.05, 0.2], width: W, height: H },
  // As a lateral radiograph sees the joint: cup, rim and head from straight out to the side.
  { name: 'hip-lateral', title: 'Left hip joint, from the side', show: ['hip_bone_l', 'femur_l'], sphere: { center: [hipL[0], hipL[1], hipL[2]], radius: 0.09 }, dir: [1, 0, 0], width: W, height: H },
  { name: 'knee-front', title: 'Left knee, front', show: knee, sphere: { center: [kneeL[0], kneeL[1], kneeL[2]], radius: 0.11 }, dir: [0.15, 0.1, 1], width: W, height: H },
  { name: 'knee-side', title: 'Left knee, side', show: knee, sphere: { center: [kneeL[0], kneeL[1], kneeL[2]], radius: 0.11 }, dir: [1, 0.1, 0.1], width: W, height: H },
  { name: 'foot-top', title: 'Left foot, from above', show: footL, dir: [0, 1, 0.0001], up: [0, 0, 1], width: W, height: H },
  { name: 'foot-medial', title: 'Left foot, inner side', show: footL, dir: [-1, 0.15, 0], width: W, height: H },
  { name: 'foot-lateral', title: 'Left foot, outer side', show: [...footL, 'tibia_l', 'fibula_l'], focus: footL, dir: [1, 0.15, 0], width: W, height: H },
  { name: 'midfoot-front', title: 'Left midfoot from the front (transverse arch)', show: midfoot, dir: [0, 0.05, 1], width: W, height: H },
  { name: 'shoulder-top', title: 'Left shoulder girdle from above', show: shoulder, focus: girdle, dir: [0, 1, 0.0001], up: [0, 0, 1], width: W, height: H },
  { name: 'shoulder-back', title: 'Left shoulder girdle from behind', show: shoulder, focus: girdle, dir: [0.3, 0.15, -1], width: W, height: H },
  { name: 'jaw-side', title: 'Mandible, its left side', show: ['mandible', 'skull'], focus: ['mandible'], dir: [1, 0, 0.25], width: W, height: H },
]

mkdirSync(OUT, { recursive: true })
const renderer = await ModelRenderer.open('public/models/skeleton.glb')
const images: { title: string; png: Buffer }[] = []
try {
  for (const view of views) {
    const png = await renderer.render({ ...view, show: view.show ?? all })
    writeFileSync(join(OUT, `${view.name}.png`), png)
    images.push({ title: view.title, png })
    console.log(`wrote ${join(OUT, view.name)}.png`)
  }
  writeFileSync('docs/model-contact-sheet.png', await renderer.sheet(images.slice(4), 5, 'Generated skeleton: regions of the app', 300))
  writeFileSync('docs/model-skeleton.png', await renderer.sheet(images.slice(0, 4), 4, 'Generated skeleton: whole body', 300))
  console.log('wrote docs/model-contact-sheet.png and docs/model-skeleton.png')
} finally {
  await renderer.close()
}
