import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'nonspecific-low-back-pain',
  kind: 'lumbar',
  label: 'Non-specific low back pain',
  links,
  changes,
  slowdown,
  panel,
})
