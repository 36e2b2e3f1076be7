import { existsSync, readFileSync } from 'node:fs'
import type { FirstFrameBreakdown } from './investigate'
import { KINDS } from './measures'
import type { BenchResults } from './results'
import { formatSummary as fmt, summarize, type Summary } from './stats'

const KIB = 1024
const kib = (n: number) => (n / KIB).toFixed(1)
const FINDINGS_START = '<!-- findings:start -->'
const FINDINGS_END = '<!-- findings:end -->'

/** The figures without which the table means nothing: the run fails when one is missing. */
export function missingFigures(r: BenchResults): string[] {
  const need: [string, unknown][] = [
    ['app first frame', r.load.appFirstFrameMs],
    ['bare first frame', r.load.bareFirstFrameMs],
    ['app fps (full model)', r.frames.full.fps],
    ['app fps (lite model)', r.frames.lite.fps],
    ['app fps (adaptive quality)', r.frames.adaptive?.fps],
    ['bare fps', r.frames.bare.fps],
    ['app script per frame', r.frames.full.scriptMsPerFrame],
    ['click to panel', r.clickToPanelMs ?? (r.clickUnder16 > 0 ? true : null)],
    ['memory after 10 selections', r.memory[0]?.heapMB],
    [`memory after ${r.selections} selections`, r.memory[1]?.heapMB],
    ['first-visit JavaScript bytes', r.visitBytes.app.js.wire || null],
  ]
  return need.filter(([, v]) => v === null || v === undefined).map(([name]) => name)
}

/** Hand-written findings between the markers survive a new run of the bench. */
export function keptFindings(path: string): string | null {
  if (!existsSync(path)) return null
  const text = readFileSync(path, 'utf8')
  const start = text.indexOf(FINDINGS_START)
  const end = text.indexOf(FINDINGS_END)
  return start >= 0 && end > start ? text.slice(start, end + FINDINGS_END.length) : null
}

const ms = (s: Summary | null) => fmt(s, 0, ' ms')
const perFrame = (s: Summary | null) => fmt(s, 2, ' ms')
const total = (o: Record<string, { wire?: number; raw: number; gzip?: number }>, key: 'wire' | 'raw' | 'gzip') =>
  Object.values(o).reduce((n, x) => n + ((x as Record<string, number>)[key] ?? 0), 0)
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`

/** Where the quality governor settled: the level, what it gave up and the model drawn (first run). */
function adaptiveNote(r: BenchResults): string {
  const a = r.frames.adaptive
  const first = a?.runs[0]
  if (!a || !first) return ''
  return `level ${fmt(a.level, 0)} after ${fmt(a.settledAfterS, 1, ' s')} (run 1: ${first.levels.join(' → ')}, ${first.model} model)`
}

function firstFrameSection(list: FirstFrameBreakdown[]): string[] {
  const med = (pick: (f: FirstFrameBreakdown) => number | undefined) => fmt(summarize(list.map(pick)), 0, ' ms')
  const keys = [...new Set(list.flatMap((f) => Object.keys(f.arrivals)))].toSorted((a, b) => (list[0]!.arrivals[a] ?? 0) - (list[0]!.arrivals[b] ?? 0))
  const glNames = [...new Set(list.flatMap((f) => Object.keys(f.gl.beforeFirst ?? {})))]
    .map((name) => ({ name, ms: summarize(list.map((f) => f.gl.beforeFirst?.[name]?.ms ?? 0))!, n: summarize(list.map((f) => f.gl.beforeFirst?.[name]?.n ?? 0))! }))
    .toSorted((a, b) => b.ms.median - a.ms.median)
  const glAfter = (phase: 'beforeFull' | 'after') => summarize(list.map((f) => Object.values(f.gl[phase] ?? {}).reduce((n, s) => n + s.ms, 0)))
  const programs = new Map<string, number[]>()
  for (const f of list) {
    const byName = new Map<string, number>()
    for (const p of f.programs) byName.set(p.name, (byName.get(p.name) ?? 0) + p.ms)
    for (const [name, t] of byName) programs.set(name, [...(programs.get(name) ?? []), t])
  }
  const first = list[0]!
  const profileRows = (pick: (f: FirstFrameBreakdown) => { name: string; ms: number }[]) => {
    const names = [...new Set(list.flatMap((f) => pick(f).slice(0, 8).map((e) => e.name)))]
    return names
      .map((name) => ({ name, ms: summarize(list.map((f) => pick(f).find((e) => e.name === name)?.ms ?? 0))! }))
      .toSorted((a, b) => b.ms.median - a.ms.median)
      .slice(0, 8)
      .map((e) => row([`\`${e.name}\``, fmt(e.ms, 0, ' ms')]))
  }
  const counts = new Map<string, number>()
  for (const p of first.programs) counts.set(p.name, (counts.get(p.name) ?? 0) + 1)
  return [
    `### What the first skeleton frame waits for (1280×720, ${list.length} cold loads, medians and min–max)`,
    '',
    'When each piece had arrived (resource timing `responseEnd`, ms after navigation), and the frames:',
    '',
    row(['Moment', 'ms after navigation']),
    row(['---', '---:']),
    ...keys.map((k) => row([`\`${k}\` arrived`, med((f) => f.arrivals[k])])),
    row(['**first skeleton frame on screen** (lite model)', med((f) => f.firstFrameMs)]),
    row(['full model on screen', med((f) => f.fullModelMs)]),
    '',
    `Long tasks (≥ 50 ms) before the first skeleton frame: ${fmt(summarize(list.map((f) => f.longTasks.count)), 0)} tasks, ` +
      `${med((f) => f.longTasks.totalMs)} in all, the longest ${med((f) => f.longTasks.longestMs)}.`,
    '',
    'Time the main thread spent inside WebGL calls before the first skeleton frame (the page blocks in the',
    'first call that needs a compiled program: the info logs and link status three.js reads on first use):',
    '',
    row(['WebGL call', 'ms (median, min–max)', 'calls']),
    row(['---', '---:', '---:']),
    ...glNames.filter((g) => g.ms.median >= 0.5).map((g) => row([`\`${g.name}\``, fmt(g.ms, 0, ' ms'), g.n.median.toFixed(0)])),
    '',
    `Between the first frame and the full model: ${fmt(glAfter('beforeFull'), 0, ' ms')} in the same calls; ` +
      `after it (1 s): ${fmt(glAfter('after'), 0, ' ms')}.`,
    '',
    'Main-thread JavaScript from navigation to the first skeleton frame, from a sampling CPU profile ' +
      `(${fmt(summarize(list.map((f) => f.profile.profiledMs)), 0, ' ms')} busy, of it garbage collection ` +
      `${fmt(summarize(list.map((f) => f.profile.gcMs)), 0, ' ms')}). Minified names are the bundle's; ` +
      "three.js's methods keep theirs. Time in the function itself:",
    '',
    row(['Function', 'self ms']),
    row(['---', '---:']),
    ...profileRows((f) => f.profile.self),
    '',
    'And with what it called (the outermost frames):',
    '',
    row(['Function', 'inclusive ms']),
    row(['---', '---:']),
    ...profileRows((f) => f.profile.inclusive),
    '',
    `GL programs: ${fmt(summarize(list.map((f) => f.programsAtFirstFrame)), 0)} linked at the first skeleton frame, ` +
      `${first.programs.length} once the full model is up. \`KHR_parallel_shader_compile\`: ` +
      `${first.parallelShaderCompile ? 'available' : 'not available'} in this browser. Blocking compile/link time by program:`,
    '',
    row(['three.js program', 'programs', 'blocking ms (median)']),
    row(['---', '---:', '---:']),
    ...[...programs]
      .toSorted((a, b) => summarize(b[1])!.median - summarize(a[1])!.median)
      .map(([name, times]) => row([name, counts.get(name) ?? 0, fmt(summarize(times), 0, ' ms')])),
  ]
}

function frameSection(r: BenchResults): string[] {
  const b = r.frameBreakdown!
  const base = b.variants[0]!.frames
  const span = summarize(b.variants.map((x) => x.frames.frames / x.frames.fps))!.median
  return [
    `### Where a playing frame's time goes (960×540, knee chain, full model, about ${span.toFixed(0)} s per variant, one page)`,
    '',
    row(['Variant', 'frames/s', 'vs baseline', 'script ms/frame', 'main-thread ms/frame', 'draw calls', 'triangles']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...b.variants.map((v) =>
      row([
        v.name,
        v.frames.fps.toFixed(1),
        `${((v.frames.fps / base.fps - 1) * 100).toFixed(0)} %`,
        v.frames.scriptMsPerFrame.toFixed(2),
        v.frames.taskMsPerFrame.toFixed(1),
        v.calls ?? '',
        v.triangles?.toLocaleString('en') ?? '',
      ]),
    ),
    '',
    'Each variant counts few frames at these rates: read the frame rates as rough, the draw calls, triangles and ' +
      'script times as firm. Switching a variant on recompiles programs; three frames pass before counting, and ' +
      'a recompile that outlasts them shows as a large script time.',
    '',
    `In the baseline, per frame: ${b.callbacks} useFrame callbacks took ${b.useFrameMs.toFixed(2)} ms of script, of which the ` +
      `contact-shadow pass (a second render of the scene into a 512² target, then blur) ${b.contactShadowMs.toFixed(2)} ms; ` +
      `the main \`render()\` call took ${b.mainRenderMs.toFixed(2)} ms of script. Draw calls and triangles count every ` +
      'render pass of one frame (shadow map, contact shadow, main). "Contact shadow off" skips its pass (the plane keeps its last image).',
  ]
}

export function renderMarkdown(r: BenchResults, findings: string | null = null): string {
  const m = r.machine
  const v = r.visitBytes
  const d = r.distBytes
  const encodingsSeen = [...new Set(Object.values(r.encodings))].join(', ')
  const lines = [
    '# Performance',
    '',
    `Measured by \`npm run bench${r.quick ? ' -- --quick' : ''}\` on ${m.date.slice(0, 10)}: ${r.runs} runs per figure, median and ` +
      '(min–max). Headless Chromium with software WebGL (SwiftShader), as on a school PC whose GPU is blocklisted. ' +
      'The baseline is a bare react-three-fiber page with one cube built by the same Vite config in the same run. ' +
      'Everything but the "findings" block is rewritten by the bench.',
    '',
    '## Machine',
    '',
    row(['CPU', 'Cores', 'Memory', 'Chromium', 'WebGL renderer', 'Node', 'Load average (start → end)']),
    row(['---', '---', '---', '---', '---', '---', '---']),
    row([m.cpu, m.cores, `${m.memoryGiB} GiB`, m.chromium, m.webglRenderer, m.node, `${m.loadAverage.start.toFixed(1)} → ${m.loadAverage.end.toFixed(1)}`]),
    '',
    `A load average above the ${m.cores} cores means other work shared the CPU during the run: times are then longer ` +
      'and noisier than on an idle machine of the same kind.',
    '',
    '## Figures',
    '',
    row(['Figure', 'App', 'Bare r3f page', 'App ÷ bare']),
    row(['---', '---:', '---:', '---:']),
    row(['Navigation to first skeleton frame (1280×720, cold)', ms(r.load.appFirstFrameMs), ms(r.load.bareFirstFrameMs), fmt(r.load.ratio, 1, '×')]),
    row(['Navigation to full model on screen', ms(r.load.appFullModelMs), '', '']),
    row(['Frames/s while the knee chain plays, full model (960×540)', fmt(r.frames.full.fps, 1), fmt(r.frames.bare.fps, 1), '']),
    row(['Frames/s, lite model (full model held back)', fmt(r.frames.lite.fps, 1), '', '']),
    row([
      'Frames/s with adaptive quality, as a user on this machine gets it (`?quality=auto`), once the level settled',
      fmt(r.frames.adaptive?.fps ?? null, 1),
      '',
      adaptiveNote(r),
    ]),
    row(['Script per frame, full model', perFrame(r.frames.full.scriptMsPerFrame), perFrame(r.frames.bare.scriptMsPerFrame), '']),
    row(['Script per frame, lite model', perFrame(r.frames.lite.scriptMsPerFrame), '', '']),
    row(['Main-thread task time per frame, full model', perFrame(r.frames.full.taskMsPerFrame), perFrame(r.frames.bare.taskMsPerFrame), '']),
    row([
      'Click on the knee to panel painted (Event Timing)',
      r.clickToPanelMs ? ms(r.clickToPanelMs) : '',
      '',
      r.clickUnder16 ? `${r.clickUnder16} run(s) under 16 ms` : '',
    ]),
    ...r.memory.map((x) =>
      row([
        `After ${x.selections} selections: JS heap (after GC) · geometries · textures · programs`,
        `${fmt(x.heapMB, 1, ' MB')} · ${fmt(x.geometries, 0)} · ${fmt(x.textures, 0)} · ${fmt(x.programs, 0)}`,
        '',
        '',
      ]),
    ),
    row([
      '`npm run build:model` wall time',
      r.modelBuild ? `${r.modelBuild.seconds.toFixed(1)} s` : 'not measured',
      '',
      r.modelBuild?.summary ?? '',
    ]),
    '',
    'Frames/s counts animation frames over ' +
      `${r.frameSpanSeconds} s; script per frame is Chrome's ScriptDuration (CDP Performance metrics) over the same span ` +
      'divided by the frames. Heap after a forced GC; geometries, textures and programs from `renderer.info` via the ' +
      '`?debug` global. The first frame is the first animation frame after the scene reported its first render ' +
      "(the app's `state().ready`, the cube's first `useFrame`), so both include one frame of drawing.",
    '',
    '## Bytes of a first visit (1280×720, cold cache)',
    '',
    `Over the wire: resource timing \`encodedBodySize\` (vite preview sent: ${encodingsSeen || 'unknown'}). ` +
      'Raw: decoded size. Dist gzip: each built file gzipped (level 6), source maps left out.',
    '',
    row(['Kind', 'App files', 'App over the wire', 'App raw', 'App dist gzip', 'Bare over the wire', 'Bare raw']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...KINDS.map((k) =>
      row([k, v.app[k].count, `${kib(v.app[k].wire)} KiB`, `${kib(v.app[k].raw)} KiB`, `${kib(d.app[k].gzip)} KiB`, `${kib(v.bare[k].wire)} KiB`, `${kib(v.bare[k].raw)} KiB`]),
    ),
    row([
      '**total**',
      Object.values(v.app).reduce((n, x) => n + x.count, 0),
      `**${kib(total(v.app, 'wire'))} KiB**`,
      `${kib(total(v.app, 'raw'))} KiB`,
      `${kib(total(d.app, 'gzip'))} KiB`,
      `${kib(total(v.bare, 'wire'))} KiB`,
      `${kib(total(v.bare, 'raw'))} KiB`,
    ]),
    '',
    r.foreignRequests.length ? `Requests to other origins (blocked): ${r.foreignRequests.join(', ')}` : 'Requests to other origins: none.',
    '',
    '## Size budgets (`npm run size`, checked in CI)',
    '',
    row(['Budget', 'Size', 'Limit', '']),
    row(['---', '---:', '---:', '---']),
    ...r.budgets.map((b) => row([b.what, `${kib(b.bytes)} KiB`, `${kib(b.budget)} KiB`, b.ok ? 'ok' : '**over**'])),
    '',
  ]
  if (r.firstFrame?.length || r.frameBreakdown) {
    lines.push('## Where the time goes', '')
    if (r.firstFrame?.length) lines.push(...firstFrameSection(r.firstFrame), '')
    if (r.frameBreakdown) lines.push(...frameSection(r), '')
  }
  lines.push(findings ?? `${FINDINGS_START}\n${FINDINGS_END}`, '')
  if (r.errors.length) lines.push('## Errors in this run', '', ...r.errors.map((e) => `- ${e}`), '')
  return lines.join('\n')
}
