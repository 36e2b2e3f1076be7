import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'sacroiliac-joint-pain',
  kind: 'pelvis',
  label: 'A painful sacroiliac joint',
  links,
  changes,
  slowdown,
  panel,
})
