/**
 * "Where the time goes": what the first skeleton frame waits for, and what a playing frame costs with
 * parts of the scene switched off through the `?debug` global. Full runs only.
 */
import type { ChainExplorerDebug } from '../../src/scene/DebugProbe'
import type { Browser, CDPSession, Page } from 'playwright-core'
import { FRAME_VIEWPORT, LOAD_VIEWPORT, openPage, waitFor, type BenchPage } from './browser'
import { summarizeProfile, type ProfileTop } from './cpuProfile'
import { measureFrames, selectRegion, type FrameRun } from './measures'

/**
 * Times the WebGL calls that block the main thread, per phase of the load (before the first skeleton
 * frame, before the full model, after) and per GL program. Chromium compiles and links in the GPU
 * process; the page waits when it first asks for a result (three.js asks for the info logs and the link
 * status on a program's first use, then for its uniforms).
 */
const GL_TIMER = `
(() => {
  const phases = { beforeFirst: {}, beforeFull: {}, after: {} };
  const perProgram = new Map();
  window.benchGl = { phases, perProgram };
  const phase = () => {
    const b = window.benchProbe;
    return b.firstFrame === null ? 'beforeFirst' : b.fullModel === null ? 'beforeFull' : 'after';
  };
  const programOfShader = new Map();
  const names = ['compileShader', 'linkProgram', 'getProgramParameter', 'getShaderParameter', 'useProgram',
    'getProgramInfoLog', 'getShaderInfoLog', 'getUniformLocation', 'getActiveUniform', 'getAttribLocation',
    'getActiveAttrib', 'attachShader',
    'texImage2D', 'texSubImage2D', 'texStorage2D', 'bufferData', 'bufferSubData', 'drawElements', 'drawArrays',
    'readPixels', 'clear', 'framebufferTexture2D', 'getExtension', 'getParameter'];
  for (const proto of [WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    for (const name of names) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) {
        const t = performance.now();
        try { return original.apply(this, args); } finally {
          const ms = performance.now() - t;
          const slot = phases[phase()];
          const s = slot[name] || (slot[name] = { ms: 0, n: 0 });
          s.ms += ms; s.n++;
          if (name === 'attachShader') programOfShader.set(args[1], args[0]);
          const program = name === 'getShaderInfoLog' || name === 'getShaderParameter' ? programOfShader.get(args[0])
            : ['getProgramParameter', 'linkProgram', 'getProgramInfoLog', 'getUniformLocation', 'getActiveUniform',
              'getAttribLocation', 'getActiveAttrib'].includes(name) ? args[0] : undefined;
          if (program) perProgram.set(program, (perProgram.get(program) || 0) + ms);
        }
      };
    }
  }
})();
`

export interface FirstFrameBreakdown {
  firstFrameMs: number
  fullModelMs: number
  /** When each of these had fully arrived (resource timing responseEnd), ms after navigation. */
  arrivals: Record<string, number>
  /** Long tasks (50 ms or more) before the first skeleton frame: count, total and the longest. */
  longTasks: { count: number; totalMs: number; longestMs: number }
  /** Blocking WebGL calls by phase: ms and calls. */
  gl: Record<string, Record<string, { ms: number; n: number }>>
  /** GL programs by three's program name, with the blocking compile/link time spent on each. */
  programs: { name: string; ms: number }[]
  programsAtFirstFrame: number
  parallelShaderCompile: boolean
  /** Where the main thread's time went from navigation to the first skeleton frame. */
  profile: ProfileTop
}

async function startProfile(cdp: CDPSession) {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 })
  await cdp.send('Profiler.start')
}

export async function firstFrameBreakdown(browser: Browser, url: string): Promise<FirstFrameBreakdown> {
  // The load viewport, as for the load figures; ?debug adds only the read-only global.
  const bp = await openPage(browser, `${url}?debug`, { viewport: LOAD_VIEWPORT, initScript: GL_TIMER, beforeGoto: startProfile })
  try {
    const firstFrameMs = await waitFor(bp.page, 'firstFrame')
    const { profile } = await bp.cdp.send('Profiler.stop')
    const programsAtFirstFrame = await bp.page.evaluate(() => window.chainExplorerDebug?.three().gl.info.programs?.length ?? -1)
    const fullModelMs = await waitFor(bp.page, 'fullModel')
    await bp.page.waitForTimeout(1000)
    const found = await bp.page.evaluate((seen) => {
      const w = window as never as {
        benchGl: { phases: FirstFrameBreakdown['gl']; perProgram: Map<WebGLProgram, number> }
        benchProbe: { longTasks: { start: number; duration: number }[] }
      }
      const arrivals: Record<string, number> = {}
      for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
        const path = new URL(e.name).pathname
        const key = path.includes('/assets/') ? path.replace(/^.*\/assets\/([A-Za-z]+)-.*?(\.\w+)$/, '$1$2') : path
        arrivals[key] = Math.round(e.responseEnd)
      }
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      arrivals['DOMContentLoaded'] = Math.round(nav.domContentLoadedEventEnd)
      const before = w.benchProbe.longTasks.filter((t) => t.start < seen.firstFrameMs)
      const debug: ChainExplorerDebug = window.chainExplorerDebug!
      const { gl } = debug.three()
      const programs = (gl.info.programs ?? []).map((p) => ({ name: `${(p as { type?: string }).type ?? 'program'}${p.name ? ` "${p.name}"` : ''}`, ms: w.benchGl.perProgram.get(p.program as WebGLProgram) ?? 0 }))
      const probe = document.createElement('canvas').getContext('webgl2')
      return {
        ...seen,
        arrivals,
        longTasks: {
          count: before.length,
          totalMs: before.reduce((n, t) => n + t.duration, 0),
          longestMs: Math.max(0, ...before.map((t) => t.duration)),
        },
        gl: w.benchGl.phases,
        programs,
        parallelShaderCompile: !!probe?.getExtension('KHR_parallel_shader_compile'),
      }
    }, { firstFrameMs, fullModelMs, programsAtFirstFrame })
    return { ...found, profile: summarizeProfile(profile as never) }
  } finally {
    await bp.context.close()
  }
}

/**
 * Wraps every useFrame callback registered so far (timing it, and noting whether it renders with an
 * override material: drei's ContactShadows depth pass) and the renderer's render(), so a variant can
 * switch the contact-shadow pass off and the figures can say where the script time goes.
 */
const FRAME_PROFILER = () => {
  const st = window.chainExplorerDebug!.three()
  type Rec = { priority: number; ms: number; calls: number; renders: number; override: boolean; off: boolean }
  const w = window as never as { benchProf: { subs: Rec[]; renderMs: number; renders: number; current: Rec | null } }
  const prof: typeof w.benchProf = { subs: [], renderMs: 0, renders: 0, current: null }
  w.benchProf = prof
  for (const s of st.internal.subscribers) {
    const ref = s.ref as { current: (...a: unknown[]) => unknown }
    let fn = ref.current
    const rec: Rec = { priority: s.priority, ms: 0, calls: 0, renders: 0, override: false, off: false }
    prof.subs.push(rec)
    const wrapper = (...args: unknown[]) => {
      if (rec.off) return
      const t = performance.now()
      prof.current = rec
      try {
        return fn(...args)
      } finally {
        rec.ms += performance.now() - t
        rec.calls++
        prof.current = null
      }
    }
    // The component may hand fiber a new callback on each render: keep the wrapper, swap what it calls.
    Object.defineProperty(ref, 'current', { get: () => wrapper, set: (v) => {
        fn = v
      }, configurable: true })
  }
  const render = st.gl.render.bind(st.gl)
  st.gl.render = (scene, camera) => {
    const rec = prof.current
    if (rec) {
      rec.renders++
      if ((scene as { overrideMaterial?: unknown }).overrideMaterial) rec.override = true
    }
    const t = performance.now()
    render(scene, camera)
    if (!rec) {
      prof.renderMs += performance.now() - t
      prof.renders++
    }
  }
}

export interface Variant {
  name: string
  frames: FrameRun
  /** Draw calls and triangles of one whole frame (every render pass), when counted. */
  calls?: number
  triangles?: number
}

export interface FrameBreakdown {
  variants: Variant[]
  /** Per frame, in the baseline: JS in useFrame callbacks, of it the contact-shadow pass, and the main render() call. */
  useFrameMs: number
  contactShadowMs: number
  mainRenderMs: number
  callbacks: number
}

async function renderCounts(page: Page): Promise<{ calls: number; triangles: number }> {
  return page.evaluate(async () => {
    const { gl } = window.chainExplorerDebug!.three()
    gl.info.autoReset = false
    await new Promise((r) => requestAnimationFrame(r))
    gl.info.reset()
    await new Promise((r) => requestAnimationFrame(r))
    const counts = { calls: gl.info.render.calls, triangles: gl.info.render.triangles }
    gl.info.autoReset = true
    return counts
  })
}

type Toggle = (page: Page, on: boolean) => Promise<void>

const TOGGLES: Record<string, Toggle> = {
  'pixel ratio 2': (page, on) => page.evaluate((v) => window.chainExplorerDebug!.three().setDpr(v ? 2 : 1), on),
  'contact shadow off': (page, on) =>
    page.evaluate((v) => {
      const prof = (window as never as { benchProf: { subs: { override: boolean; off: boolean }[] } }).benchProf
      for (const s of prof.subs) if (s.override) s.off = v
    }, on),
  'environment off': (page, on) =>
    page.evaluate((v) => {
      const { scene } = window.chainExplorerDebug!.three()
      const w = window as never as { benchEnv: typeof scene.environment }
      if (v) {
        w.benchEnv = scene.environment
        scene.environment = null
      } else scene.environment = w.benchEnv
    }, on),
  'shadow map off': (page, on) =>
    page.evaluate((v) => {
      const { gl, scene } = window.chainExplorerDebug!.three()
      gl.shadowMap.enabled = !v
      // receiveShadow is part of a program's key: the materials recompile without shadow lookups.
      scene.traverse((o) => {
        const m = o as typeof o & { benchRecv?: boolean }
        if (v) {
          m.benchRecv = o.receiveShadow
          o.receiveShadow = false
        } else if (m.benchRecv !== undefined) o.receiveShadow = m.benchRecv
      })
    }, on),
}

async function measureVariant(bp: BenchPage, name: string, spanMs: number, counts = false): Promise<Variant> {
  // A switch can recompile programs or build a model: let three frames pass before counting.
  await bp.page.evaluate(async () => {
    for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r))
  })
  await bp.page.waitForTimeout(500)
  const frames = await measureFrames(bp, spanMs)
  return counts ? { name, frames, ...(await renderCounts(bp.page)) } : { name, frames }
}

/** The knee chain playing at 960×540; each switch alone, then the three cheapest together, then the ghost. */
export async function frameBreakdown(browser: Browser, url: string, spanMs: number): Promise<FrameBreakdown> {
  const bp = await openPage(browser, `${url}?debug`, { viewport: FRAME_VIEWPORT })
  const { page } = bp
  try {
    await waitFor(page, 'fullModel')
    await selectRegion(page, 'knee-left')
    await page.waitForTimeout(1500)
    await page.evaluate(FRAME_PROFILER)
    const variants: Variant[] = [await measureVariant(bp, 'baseline (as shipped)', spanMs, true)]
    const profile = await page.evaluate(() => {
      const p = (window as never as { benchProf: { subs: { ms: number; calls: number; override: boolean }[]; renderMs: number; renders: number } }).benchProf
      const frames = Math.max(p.renders, 1)
      return {
        useFrameMs: p.subs.reduce((n, s) => n + s.ms, 0) / frames,
        contactShadowMs: p.subs.filter((s) => s.override).reduce((n, s) => n + s.ms, 0) / frames,
        mainRenderMs: p.renderMs / frames,
        callbacks: p.subs.length,
      }
    })
    for (const [name, toggle] of Object.entries(TOGGLES)) {
      await toggle(page, true)
      variants.push(await measureVariant(bp, name, spanMs, name === 'contact shadow off'))
      await toggle(page, false)
    }
    for (const name of ['contact shadow off', 'environment off', 'shadow map off']) await TOGGLES[name]!(page, true)
    variants.push(await measureVariant(bp, 'contact shadow, environment and shadow map off', spanMs, true))
    for (const name of ['contact shadow off', 'environment off', 'shadow map off']) await TOGGLES[name]!(page, false)
    variants.push(await measureVariant(bp, 'baseline again (drift check)', spanMs))
    await page.getByRole('button', { name: 'Side, severity and normal walking' }).click()
    await page.getByRole('combobox', { name: /^Normal walking/ }).selectOption('beside')
    variants.push(await measureVariant(bp, 'normal ghost beside (a second skeleton)', spanMs, true))
    return { variants, ...profile }
  } finally {
    await bp.context.close()
  }
}
