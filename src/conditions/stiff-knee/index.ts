import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'stiff-knee',
  kind: 'knee',
  label: 'A knee that will not bend',
  links,
  changes,
  slowdown,
  panel,
})
