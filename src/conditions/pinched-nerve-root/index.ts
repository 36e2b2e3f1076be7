import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'pinched-nerve-root',
  kind: 'lumbar',
  label: 'A pinched nerve root (L5 or S1)',
  links,
  changes,
  slowdown,
  panel,
})
