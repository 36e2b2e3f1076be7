import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'hip-osteoarthritis',
  kind: 'hip',
  label: 'A painful arthritic hip',
  links,
  changes,
  slowdown,
  panel,
})
