// `npm run size` (after `npm run build`): the size budgets of what a user downloads, checked on dist/.
// Prints a table and exits 1 when a budget is exceeded.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

const KB = 1024
const assets = join('dist', 'assets')
const files = readdirSync(assets)
const gz = (path) => gzipSync(readFileSync(path)).length
const pick = (re) => files.filter((f) => re.test(f)).map((f) => join(assets, f))

const budgets = [
  // The page: what must arrive before anything shows (React, the UI, the content, the engines).
  { what: 'page JavaScript (gzip)', files: pick(/^index-.*\.js$/), size: gz, budget: 150 * KB },
  // three.js, fiber, drei and the scene, loaded right after the page.
  { what: '3D scene JavaScript (gzip)', files: pick(/^SceneCanvas-.*\.js$/), size: gz, budget: 380 * KB },
  { what: 'styles (gzip)', files: pick(/\.css$/), size: gz, budget: 12 * KB },
  { what: 'skeleton, full', files: ['dist/models/skeleton.glb'], size: (p) => statSync(p).size, budget: 700 * KB },
  { what: 'skeleton, first view', files: ['dist/models/skeleton-lite.glb'], size: (p) => statSync(p).size, budget: 200 * KB },
  { what: 'muscles', files: ['dist/models/muscles.glb'], size: (p) => statSync(p).size, budget: 244 * KB },
]

let failed = false
for (const b of budgets) {
  if (b.files.length === 0) {
    console.error(`${b.what}: no file found (run npm run build first)`)
    failed = true
    continue
  }
  const total = b.files.reduce((n, f) => n + b.size(f), 0)
  const ok = total <= b.budget
  if (!ok) failed = true
  console.log(`${ok ? 'ok  ' : 'OVER'} ${b.what.padEnd(30)} ${(total / KB).toFixed(1).padStart(7)} KiB of ${(b.budget / KB).toFixed(0)} KiB`)
}
process.exit(failed ? 1 : 0)
