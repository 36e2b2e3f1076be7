/**
 * `npm run build:muscle-attachments`: maps the gait2392 path points (opensimPaths.ts) onto our skeleton
 * and writes src/anatomy/muscleAttachments.ts (generated, committed).
 *
 * 1. Map: each OpenSim body frame is laid on our joints. Pelvis: about our hip centre, with the front
 *    scaled by 0.55 (our Bell-placed ASIS is 45 mm in front of the hip centre, gait2392's 91 mm) and the
 *    rest 1:1. Femur and tibia: the long axis scaled onto our hip->knee and knee->ankle segments.
 *    Calcaneus: about our subtalar joint, lengthwise scaled by 0.87 (subtalar->MTP 155 mm against 179 mm).
 *    Torso: about our L5/S1 joint. Right side (z right) -> our left side (+X).
 * 2. Snap: the point is projected onto the nearest surface of the named bones' signed distance fields
 *    (the same recipes the skeleton is built from). Origins and insertions sit 0.5 mm out; via points
 *    sit VIA_CLEARANCE out, where a tendon or belly slides over the bone.
 * The distance each point moved is written beside it, so the mapping can be judged.
 */
import { writeFileSync } from 'node:fs'
import { BONE_BY_NAME } from '../../../src/anatomy/bones'
import { JOINT_POSITIONS } from '../../../src/anatomy/skeletonLayout'
import { loadRecipes } from '../registry'
import type { Sdf, V3 } from '../sdf/core'
import { OPENSIM_PATHS, type PointSpec } from './opensimPaths'

const OUT = 'src/anatomy/muscleAttachments.ts'
const SURFACE_CLEARANCE = 0.0005
const VIA_CLEARANCE = 0.004

const J = (n: string) => JOINT_POSITIONS[n]!
const hip = J('hip_l'), knee = J('knee_l'), ankle = J('ankle_l'), subtalar = J('subtalar_l'), l5s1 = J('L5_S1')
const OSIM_HIP = [-0.0707, -0.0661, 0.0835] as const
const OSIM_FEMUR_LENGTH = 0.396
const OSIM_TIBIA_LENGTH = 0.43

function mapOpenSim(body: NonNullable<PointSpec['body']>, p: V3): V3 {
  const [x, y, z] = p
  switch (body) {
    case 'pelvis': {
      const dx = x - OSIM_HIP[0], dy = y - OSIM_HIP[1], dz = z - OSIM_HIP[2]
      return [hip[0] + dz, hip[1] + dy, hip[2] + dx * (dx > 0 ? 0.55 : 1)]
    }
    case 'femur': {
      const f = -y / OSIM_FEMUR_LENGTH
      return [hip[0] + z + (knee[0] - hip[0]) * f, hip[1] + (knee[1] - hip[1]) * f, hip[2] + x + (knee[2] - hip[2]) * f]
    }
    case 'tibia': {
      const f = -y / OSIM_TIBIA_LENGTH
      return [knee[0] + z + (ankle[0] - knee[0]) * f, knee[1] + (ankle[1] - knee[1]) * f, knee[2] + x + (ankle[2] - knee[2]) * f]
    }
    case 'calcn':
      return [subtalar[0] + z, subtalar[1] + y, subtalar[2] + x * 0.87]
    case 'torso':
      return [l5s1[0] + z, l5s1[1] + y, l5s1[2] + x]
  }
}

const recipes = await loadRecipes(true)
const fields = new Map<string, Sdf>()
function field(bone: string): Sdf {
  let f = fields.get(bone)
  if (!f) {
    const r = recipes.get(BONE_BY_NAME.get(bone)?.mirrorOf ?? bone)
    if (!r) throw new Error(`No recipe for bone ${bone}`)
    f = r.recipe.sdf()
    fields.set(bone, f)
  }
  return f
}

function gradient(f: Sdf, p: V3): V3 {
  const e = 0.0002
  const g: V3 = [
    f.d(p[0] + e, p[1], p[2]) - f.d(p[0] - e, p[1], p[2]),
    f.d(p[0], p[1] + e, p[2]) - f.d(p[0], p[1] - e, p[2]),
    f.d(p[0], p[1], p[2] + e) - f.d(p[0], p[1], p[2] - e),
  ]
  const l = Math.hypot(...g) || 1
  return [g[0] / l, g[1] / l, g[2] / l]
}

/** Projects p onto the nearest surface of `bones`, then `clearance` out along the surface normal. */
function snap(p: V3, bones: readonly string[], clearance: number): { point: V3; bone: string } {
  let best = { bone: bones[0]!, d: Infinity }
  for (const b of bones) {
    const d = field(b).d(...p)
    if (d < best.d) best = { bone: b, d }
  }
  const f = field(best.bone)
  let q = p
  for (let i = 0; i < 40; i++) {
    const d = f.d(...q) - clearance
    if (Math.abs(d) < 2e-5) break
    const g = gradient(f, q)
    // Small steps: the fields are only approximately distances far from the surface.
    const step = Math.max(-0.01, Math.min(0.01, d))
    q = [q[0] - g[0] * step, q[1] - g[1] * step, q[2] - g[2] * step]
  }
  return { point: q, bone: best.bone }
}

interface Out {
  joint: string
  offset: V3
  bone: string
  moved: number
}

function derive(spec: PointSpec, clearance: number): Out {
  let p: V3
  if (spec.own) p = [spec.own[0] / 1000, spec.own[1] / 1000, spec.own[2] / 1000]
  else p = mapOpenSim(spec.body!, spec.at!)
  const mapped = p
  if (spec.nudge) p = [p[0] + spec.nudge[0] / 1000, p[1] + spec.nudge[1] / 1000, p[2] + spec.nudge[2] / 1000]
  const { point, bone } = snap(p, spec.bones, clearance)
  const joint = BONE_BY_NAME.get(bone)!.joint
  const j = J(joint)
  return { joint, bone, offset: [point[0] - j[0], point[1] - j[1], point[2] - j[2]], moved: Math.hypot(point[0] - mapped[0], point[1] - mapped[1], point[2] - mapped[2]) }
}

const r4 = (x: number) => Number(x.toFixed(4))
const fmt = (o: Out) => `{ joint: '${o.joint}', bone: '${o.bone}', offset: [${o.offset.map(r4).join(', ')}], moved: ${(o.moved * 1000).toFixed(1)} }`

const lines: string[] = []
const report: string[] = []
for (const [muscle, strands] of Object.entries(OPENSIM_PATHS)) {
  lines.push(`  // ${muscle}`)
  for (const s of strands) {
    const origin = derive(s.origin, SURFACE_CLEARANCE)
    const via = s.via.map((v) => derive(v, VIA_CLEARANCE))
    const insertion = derive(s.insertion, SURFACE_CLEARANCE)
    lines.push(`  ${s.strand}: {`, `    origin: ${fmt(origin)},`, `    via: [${via.map(fmt).join(', ')}],`, `    insertion: ${fmt(insertion)},`, `  },`)
    report.push(`${s.strand.padEnd(16)} moved (mm): origin ${(origin.moved * 1000).toFixed(1)}, via ${via.map((v) => (v.moved * 1000).toFixed(1)).join('/') || '-'}, insertion ${(insertion.moved * 1000).toFixed(1)}`)
  }
}

const text = `/**
 * GENERATED by tools/model/muscles/deriveAttachments.ts (npm run build:muscle-attachments); do not edit.
 * Muscle attachment landmarks of the left side, each fixed to the joint node that carries its bone:
 * \`offset\` is the point minus the joint's rest position, metres, model axes (= the joint's rest frame).
 * Source: OpenSim gait2392 PathPoints (opensim-org/opensim-models, gait2392_thelen2003muscle.osim;
 * Delp 1990, Anderson & Pandy 1999/2001; CC BY 3.0), mapped onto this skeleton and snapped onto its bone
 * surfaces; a few points are our own where gait2392 has no such attachment (see opensimPaths.ts).
 * \`moved\`: millimetres between the mapped OpenSim point and the landmark on our bone.
 * Pure data: no React, no three.
 */

export interface AttachmentPoint {
  /** Joint node (without \`joint_\`) whose rest frame the offset is in. */
  joint: string
  /** The bone the point lies on. */
  bone: string
  offset: readonly [number, number, number]
  /** Millimetres from the mapped OpenSim point (or our own point) to this landmark on our bone. */
  moved: number
}

export interface StrandAttachments {
  origin: AttachmentPoint
  /** Points the strand passes over (bone surface + ${VIA_CLEARANCE * 1000} mm), origin to insertion. */
  via: readonly AttachmentPoint[]
  insertion: AttachmentPoint
}

export const STRAND_ATTACHMENTS: Readonly<Record<string, StrandAttachments>> = {
${lines.join('\n')}
}
`
writeFileSync(OUT, text)
console.log(report.join('\n'))
console.log(`wrote ${OUT}`)
