// Worker threads start from plain JavaScript; this registers tsx so the TypeScript worker can load.
import { register } from 'tsx/esm/api'

register()
await import('./worker.ts')
