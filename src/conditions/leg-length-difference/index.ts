import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'leg-length-difference',
  kind: 'pelvis',
  label: 'A leg-length difference',
  links,
  changes,
  slowdown,
  panel,
})
