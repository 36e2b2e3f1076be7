/**
 * Every bone (and disc) of the model: its node name, label, region, side and the joint that moves it.
 * This list is the model contract (README "Model"); the generator builds one mesh per entry and the
 * tests check the file against it. Sided bones are listed once per side, left first.
 * Pure: no React, no three.
 */
import type { RegionKind, Side } from './regions'

export interface BoneDef {
  /** Node name in snake case, `_l`/`_r` for sided bones, e.g. 'femur_l', 'vertebra_L4'. */
  name: string
  label: string
  region: RegionKind | null
  side: Side | null
  /** The joint node (without `joint_`) the bone hangs from. */
  joint: string
  /** For a right-side bone, the left bone it mirrors. */
  mirrorOf?: string
}

type Entry = Omit<BoneDef, 'side' | 'mirrorOf'>

const both = (base: string, label: string, region: RegionKind | null, joint: string): BoneDef[] => [
  { name: `${base}_l`, label: `Left ${label}`, region, side: 'left', joint: `${joint}_l` },
  { name: `${base}_r`, label: `Right ${label}`, region, side: 'right', joint: `${joint}_r`, mirrorOf: `${base}_l` },
]

const central = (e: Entry): BoneDef => ({ ...e, side: null })

const lumbarLevels = ['L1', 'L2', 'L3', 'L4', 'L5'] as const
const lumbarJointOf: Record<string, string> = { L1: 'L1_L2', L2: 'L2_L3', L3: 'L3_L4', L4: 'L4_L5', L5: 'L5_S1' }

const toes = [1, 2, 3, 4, 5] as const
const ordinal = ['', 'first', 'second', 'third', 'fourth', 'fifth'] as const
const fingerName = ['', 'thumb', 'index finger', 'middle finger', 'ring finger', 'little finger'] as const

export const BONES: readonly BoneDef[] = [
  // Lumbar spine and its discs: the mission's centre.
  ...lumbarLevels.map((v) => central({ name: `vertebra_${v}`, label: `${v} vertebra`, region: 'lumbar', joint: lumbarJointOf[v]! })),
  ...(['L1_L2', 'L2_L3', 'L3_L4', 'L4_L5', 'L5_S1'] as const).map((d) =>
    central({ name: `disc_${d}`, label: `${d.replace('_', '–')} disc`, region: 'lumbar', joint: d }),
  ),
  central({ name: 'disc_T12_L1', label: 'T12–L1 disc', region: null, joint: 'T12_L1' }),
  // Context discs between the thoracic and cervical vertebrae.
  ...Array.from({ length: 11 }, (_, i) => `T${i + 1}_T${i + 2}`).map((d) =>
    central({ name: `disc_${d}`, label: `${d.replace('_', '–')} disc`, region: null, joint: 'T12_L1' }),
  ),
  ...['C2_C3', 'C3_C4', 'C4_C5', 'C5_C6', 'C6_C7', 'C7_T1'].map((d) =>
    central({ name: `disc_${d}`, label: `${d.replace('_', '–')} disc`, region: null, joint: 'C7_T1' }),
  ),
  // Pelvis.
  central({ name: 'sacrum', label: 'Sacrum', region: 'pelvis', joint: 'pelvis' }),
  central({ name: 'coccyx', label: 'Coccyx', region: 'pelvis', joint: 'pelvis' }),
  ...both('hip_bone', 'hip bone', 'pelvis', 'hip').map((b) => ({ ...b, joint: 'pelvis' })),
  // Lower limb.
  ...both('femur', 'femur', 'hip', 'hip'),
  ...both('patella', 'patella', 'knee', 'knee'),
  ...both('tibia', 'tibia', 'knee', 'knee'),
  ...both('fibula', 'fibula', 'knee', 'knee'),
  // Foot: 26 bones a side.
  ...both('talus', 'talus', 'ankle', 'ankle'),
  ...both('calcaneus', 'calcaneus', 'ankle', 'subtalar'),
  ...both('navicular', 'navicular', 'ankle', 'subtalar'),
  ...both('cuboid', 'cuboid', 'ankle', 'subtalar'),
  ...both('cuneiform_medial', 'medial cuneiform', 'ankle', 'subtalar'),
  ...both('cuneiform_intermediate', 'intermediate cuneiform', 'ankle', 'subtalar'),
  ...both('cuneiform_lateral', 'lateral cuneiform', 'ankle', 'subtalar'),
  ...toes.flatMap((t) => both(`metatarsal_${t}`, `${ordinal[t]} metatarsal`, 'ankle', 'subtalar')),
  ...toes.flatMap((t) => both(`proximal_phalanx_${t}`, `proximal phalanx of toe ${t}`, 'ankle', 'mtp')),
  ...toes.slice(1).flatMap((t) => both(`middle_phalanx_${t}`, `middle phalanx of toe ${t}`, 'ankle', 'mtp')),
  ...toes.flatMap((t) => both(`distal_phalanx_${t}`, `distal phalanx of toe ${t}`, 'ankle', 'mtp')),
  // Context skeleton: true in shape and proportion, lower detail.
  central({ name: 'skull', label: 'Skull', region: null, joint: 'C0_C1' }),
  central({ name: 'mandible', label: 'Mandible', region: null, joint: 'C0_C1' }),
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => central({ name: `vertebra_C${n}`, label: `C${n} vertebra`, region: null, joint: 'C7_T1' })),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) =>
    central({ name: `vertebra_T${n}`, label: `T${n} vertebra`, region: null, joint: 'T12_L1' }),
  ),
  central({ name: 'sternum', label: 'Sternum', region: null, joint: 'T12_L1' }),
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].flatMap((n) => both(`rib_${n}`, `rib ${n}`, null, 'T12_L1').map((b) => ({ ...b, joint: 'T12_L1' }))),
  ...both('clavicle', 'clavicle', null, 'T12_L1').map((b) => ({ ...b, joint: 'T12_L1' })),
  ...both('scapula', 'scapula', null, 'T12_L1').map((b) => ({ ...b, joint: 'T12_L1' })),
  ...both('humerus', 'humerus', null, 'shoulder'),
  ...both('radius', 'radius', null, 'elbow'),
  ...both('ulna', 'ulna', null, 'elbow'),
  ...(['scaphoid', 'lunate', 'triquetrum', 'pisiform', 'trapezium', 'trapezoid', 'capitate', 'hamate'] as const).flatMap((c) =>
    both(c, c, null, 'wrist'),
  ),
  ...toes.flatMap((f) => both(`metacarpal_${f}`, `${ordinal[f]} metacarpal`, null, 'wrist')),
  ...toes.flatMap((f) => both(`hand_proximal_phalanx_${f}`, `proximal phalanx of the ${fingerName[f]}`, null, 'wrist')),
  ...toes.slice(1).flatMap((f) => both(`hand_middle_phalanx_${f}`, `middle phalanx of the ${fingerName[f]}`, null, 'wrist')),
  ...toes.flatMap((f) => both(`hand_distal_phalanx_${f}`, `distal phalanx of the ${fingerName[f]}`, null, 'wrist')),
]

export const BONE_BY_NAME: ReadonlyMap<string, BoneDef> = new Map(BONES.map((b) => [b.name, b]))
