// `npm run size` (after `npm run build`): the size budgets of what a user downloads, checked on dist/
// (or on the folder given as the first argument). Prints a table and exits 1 when a budget is exceeded.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gzipSync } from 'node:zlib'
import { checkBudgets, formatBudgets } from './size-budgets.mjs'

/** @returns {{ path: string, raw: number, gzip: number }[]} */
export function distFiles(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = join(e.parentPath, e.name)
      const data = readFileSync(full)
      return { path: relative(dir, full).split('\\').join('/'), raw: data.length, gzip: gzipSync(data).length }
    })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist'
  let rows
  try {
    rows = checkBudgets(distFiles(dir))
  } catch (error) {
    console.error(`cannot read ${dir}: ${error.message} (run npm run build first)`)
    process.exit(1)
  }
  console.log(formatBudgets(rows))
  process.exit(rows.every((r) => r.ok) ? 0 : 1)
}
