import { defineCondition } from '../define'
import { links } from './chain'
import { changes, slowdown } from './gait'
import { panel } from './panel'

export const condition = defineCondition({
  id: 'weak-hip-abductors',
  kind: 'hip',
  label: 'Weak hip abductor muscles',
  links,
  changes,
  slowdown,
  panel,
})
