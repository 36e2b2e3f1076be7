import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'ankle-sprain',
  kind: 'ankle',
  label: 'An unstable sprained ankle',
  links,
  changes,
  slowdown,
  panel,
})
