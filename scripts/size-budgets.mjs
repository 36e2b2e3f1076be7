// The download size budgets (issue 13), as data and one pure check, shared by `npm run size` and `npm run bench`.
// Sizes only: times vary by machine, bytes do not.

export const KB = 1024

/**
 * Each budget picks files of a built app by their path relative to dist/ and measures them gzipped (text,
 * as a server sends it) or raw (the models are meshopt-compressed already).
 * @type {{ what: string, pick: RegExp, measure: 'gzip' | 'raw' | 'wire', budget: number }[]}
 */
export const BUDGETS = [
  // The page: what must arrive before anything shows (React, the UI, the content, the engines).
  { what: 'page JavaScript (gzip)', pick: /^assets\/index-[^/]*\.js$/, measure: 'gzip', budget: 150 * KB },
  // three.js, fiber, drei and the scene, loaded right after the page (three's core is a chunk of its own,
  // named after the camera module that the worksheet also loads on demand).
  { what: '3D scene JavaScript (gzip)', pick: /^assets\/(SceneCanvas|cameraCommands)-[^/]*\.js$/, measure: 'gzip', budget: 380 * KB },
  { what: 'styles (gzip)', pick: /^assets\/[^/]*\.css$/, measure: 'gzip', budget: 12 * KB },
  { what: 'skeleton, full', pick: /^models\/skeleton\.glb$/, measure: 'raw', budget: 700 * KB },
  { what: 'skeleton, first view', pick: /^models\/skeleton-lite\.glb$/, measure: 'raw', budget: 200 * KB },
  // The muscle layer (issue 14: 250 kB), loaded after the skeleton.
  { what: 'muscles', pick: /^models\/muscles\.glb$/, measure: 'raw', budget: 244 * KB },
  // A first visit's page load over the wire: every file the page fetches before it is ready, text gzipped.
  // Left out: source maps, and what loads only later: the muscle model (after the skeleton), the lesson
  // builder and presenter window (on use), the gait-analysis worker (started by the first chain), and the
  // install icons, which only the offline copy saves after the page is ready. `npm run bench` measures the
  // real visit.
  {
    what: 'first visit, page load (wire)',
    pick: /^(?!.*\.map$)(?!models\/muscles)(?!icons\/)(?!assets\/(LessonBuilder|PresenterView|gaitAnalysis\.worker)-).*$/,
    measure: 'wire',
    budget: 1200 * KB,
  },
]

const TEXT = /\.(html|js|mjs|css|svg|json|txt|webmanifest)$/

/**
 * @param {{ path: string, raw: number, gzip: number }[]} files every file of dist/, path relative to it
 * @param {typeof BUDGETS} budgets
 * @returns {{ what: string, files: string[], bytes: number, budget: number, ok: boolean }[]} one row per
 *   budget; a budget that matches no file is not ok (a renamed chunk must not pass unseen)
 */
export function checkBudgets(files, budgets = BUDGETS) {
  return budgets.map((b) => {
    const picked = files.filter((f) => b.pick.test(f.path))
    const size = (f) => (b.measure === 'raw' ? f.raw : b.measure === 'gzip' ? f.gzip : TEXT.test(f.path) ? f.gzip : f.raw)
    const bytes = picked.reduce((n, f) => n + size(f), 0)
    return { what: b.what, files: picked.map((f) => f.path), bytes, budget: b.budget, ok: picked.length > 0 && bytes <= b.budget }
  })
}

/** @param {ReturnType<typeof checkBudgets>} rows */
export function formatBudgets(rows) {
  return rows
    .map((r) => {
      const state = r.files.length === 0 ? 'NONE' : r.ok ? 'ok  ' : 'OVER'
      return `${state} ${r.what.padEnd(32)} ${(r.bytes / KB).toFixed(1).padStart(7)} KiB of ${(r.budget / KB).toFixed(0)} KiB`
    })
    .join('\n')
}
