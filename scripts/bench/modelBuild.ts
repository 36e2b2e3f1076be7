import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export interface ModelBuild {
  seconds: number
  /** The generator's own line: how many bones came from its cache and how many were built. */
  summary: string
}

/** Times `npm run build:model` writing into a scratch folder (the committed models stay untouched). */
export function timeModelBuild(outDir: string): ModelBuild {
  const started = performance.now()
  const run = spawnSync('npm', ['run', '--silent', 'build:model', '--', '--out', join(outDir, 'models')], { encoding: 'utf8', timeout: 30 * 60_000 })
  const seconds = (performance.now() - started) / 1000
  if (run.status !== 0) throw new Error(`npm run build:model failed:\n${run.stderr || run.stdout}`)
  const summary = run.stdout.split('\n').find((l) => l.startsWith('bones:')) ?? ''
  return { seconds, summary }
}
