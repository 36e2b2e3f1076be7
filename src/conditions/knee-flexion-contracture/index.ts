import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'knee-flexion-contracture',
  kind: 'knee',
  label: 'A knee that will not straighten',
  links,
  changes,
  slowdown,
  panel,
})
