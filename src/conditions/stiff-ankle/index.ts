import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'stiff-ankle',
  kind: 'ankle',
  label: 'A stiff ankle',
  links,
  changes,
  slowdown,
  panel,
})
