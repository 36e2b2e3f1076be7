import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { resolveChain } from '../../src/chains/resolve'
import { launchBrowser, openApp, shareUnlikeBackground, canvasPixels, type AppPage } from './support/app'

let browser: Browser
let app: AppPage

/** Frames the renderer drew over `ms` of wall clock (renderer.info.render.frame, `?debug` global). */
const framesDrawn = (page: Page, ms: number) =>
  page.evaluate(
    (span) =>
      new Promise<number>((resolve) => {
        const gl = window.chainExplorerDebug!.three().gl
        const start = gl.info.render.frame
        setTimeout(() => resolve(gl.info.render.frame - start), span)
      }),
    ms,
  )

/** Animation frames the page asked for over `ms` (every requestAnimationFrame call, counted from now). */
const framesAsked = (page: Page, ms: number) =>
  page.evaluate(
    (span) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { framesAsked?: number; askCounted?: boolean }
        if (!w.askCounted) {
          const ask = window.requestAnimationFrame.bind(window)
          window.requestAnimationFrame = (callback) => {
            w.framesAsked = (w.framesAsked ?? 0) + 1
            return ask(callback)
          }
          w.askCounted = true
        }
        w.framesAsked = 0
        setTimeout(() => resolve(w.framesAsked!), span)
      }),
    ms,
  )

beforeAll(async () => {
  browser = await launchBrowser()
  // `?debug` exposes the renderer's counters; the page is the production build with software WebGL.
  app = await openApp(browser, { hash: '?debug', viewport: { width: 960, height: 540 } })
})

afterAll(async () => {
  await app?.close()
  await browser?.close()
})

describe('the first frame waits for as little as it can', () => {
  it('the page asks for the scene code and the first-view model at once, and the model is fetched only once', async () => {
    const { page } = app
    const hints = await page.evaluate(() =>
      [...document.head.querySelectorAll('link[rel="modulepreload"], link[rel="preload"]')].map((l) => `${l.getAttribute('rel')} ${new URL((l as HTMLLinkElement).href).pathname}`),
    )
    expect(hints.some((h) => /^modulepreload \/assets\/SceneCanvas-.*\.js$/.test(h))).toBe(true)
    expect(hints).toContain('preload /models/skeleton-lite.glb')
    // Two entries would mean the loader ignored the preloaded response and downloaded the file again.
    const liteRequests = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/models/skeleton-lite.glb')).length)
    expect(liteRequests).toBe(1)
  })

  it('a software renderer draws without multisampling, and the status line says so', async () => {
    const { page } = app
    const attributes = await page.evaluate(() => {
      const gl = window.chainExplorerDebug!.three().gl
      const info = gl.getContext().getExtension('WEBGL_debug_renderer_info')
      return { antialias: gl.getContext().getContextAttributes()?.antialias, renderer: String(gl.getContext().getParameter(info!.UNMASKED_RENDERER_WEBGL)) }
    })
    expect(attributes.renderer).toMatch(/SwiftShader/)
    expect(attributes.antialias).toBe(false)
    // On this 1× screen the software start level gives up no sharpness: the line names what is gone, on one line.
    await expect.poll(() => page.locator('.quality-status').textContent()).toBe('Lighter 3D for this computer: without smooth edges, shadows, studio light')
    const line = await page.locator('.quality-status').evaluate((el) => ({ height: el.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(el).lineHeight) || parseFloat(getComputedStyle(el).fontSize) * 1.2 }))
    expect(line.height).toBeLessThan(line.lineHeight * 1.8)
  })
})

describe('the first chain does not wait for a shader', () => {
  it('every program a chain needs (muscles, pulse, nerve path) is linked while the page is idle, before the first click', async () => {
    const { page } = app
    const programs = () => page.evaluate(() => window.chainExplorerDebug!.three().gl.info.programs?.length ?? -1)
    // The warm-up runs shortly after the full skeleton and again once the muscles are in. Seven: the bones,
    // the floor disc, the walkway and its backdrop picture on the first frame; the muscles, the pulse and
    // the nerve path from the warm-up.
    await expect.poll(programs, { timeout: 15_000 }).toBeGreaterThanOrEqual(7)
    const before = await programs()
    await page.evaluate(() => window.chainExplorer.select('lumbar'))
    await page.waitForTimeout(2000)
    expect(await programs()).toBe(before)
    await page.evaluate(() => window.chainExplorer.select(null))
  })
})

describe('the lesson keeps time under software rendering', () => {
  it('a link hands over to the next within its duration plus one second, at whatever frame rate', async () => {
    const { page } = app
    const chain = resolveChain('knee-left', 'left')
    const duration = chain.links[1]!.duration
    // Times (page clock, seconds) at which the step became 1 and then 2, taken from the API's change events.
    const times = await page.evaluate(
      () =>
        new Promise<{ at1: number; at2: number; frames: number }>((resolve) => {
          const api = window.chainExplorer
          const gl = window.chainExplorerDebug!.three().gl
          let at1 = 0
          let frames = 0
          const off = api.on('change', (s) => {
            if (s.step === 1 && at1 === 0) {
              at1 = performance.now() / 1000
              frames = gl.info.render.frame
            }
            if (s.step === 2 && at1 > 0) {
              off()
              resolve({ at1, at2: performance.now() / 1000, frames: gl.info.render.frame - frames })
            }
          })
          api.select('knee-left')
        }),
    )
    const took = times.at2 - times.at1
    console.info(`link 2 of the knee chain: ${took.toFixed(2)} s for ${duration} s, ${times.frames} frames drawn`)
    expect(took).toBeLessThanOrEqual(duration + 1)
    expect(took).toBeGreaterThanOrEqual(duration - 1)
  })
})

/** Draw calls of one frame (renderer.info, reset by three at each render). */
const callsPerFrame = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const gl = window.chainExplorerDebug!.three().gl
        requestAnimationFrame(() => requestAnimationFrame(() => done(gl.info.render.calls)))
      }),
  )

describe('few draw calls a frame', () => {
  it('draws each skeleton and the chain\'s muscles as one batch each, alone and with a second skeleton beside it', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left', { condition: 'stiff-knee' }))
    await page.waitForTimeout(1500)
    const one = await callsPerFrame(page)
    await page.evaluate(() => window.chainExplorer.select('knee-left', { condition: 'stiff-knee', compare: 'normal' }))
    await page.waitForFunction(() => window.chainExplorer.state().compare === 'normal')
    await page.waitForTimeout(1500)
    const two = await callsPerFrame(page)
    console.info(`draw calls a frame: one skeleton ${one}, with a second beside it ${two}`)
    // Each skeleton has 202 bones (36 meshes once merged per joint), and the knee chain shows 6 muscles: drawn
    // one by one they alone were 42 calls. Now the skeleton, the muscles, the floor and the chain's pulse.
    expect(one).toBeLessThanOrEqual(6)
    expect(two - one).toBeLessThanOrEqual(2)
    await page.evaluate(() => window.chainExplorer.select(null))
  })
})

/** The share of pixels that differ by more than `tolerance` (0..255) in any channel between two pictures. */
function shareDiffering(a: { data: Uint8Array }, b: { data: Uint8Array }, tolerance: number): number {
  let differing = 0
  for (let i = 0; i < a.data.length; i += 4) {
    const d = Math.max(Math.abs(a.data[i]! - b.data[i]!), Math.abs(a.data[i + 1]! - b.data[i + 1]!), Math.abs(a.data[i + 2]! - b.data[i + 2]!))
    if (d > tolerance) differing++
  }
  return differing / (a.data.length / 4)
}

/** Draws one frame with the floor disc shaded in the main pass (`direct`) or from its backdrop picture. */
const drawFloor = (page: Page, direct: boolean) =>
  page.evaluate(
    (shaded) =>
      new Promise<{ disc: number; backdrop: boolean }>((done) => {
        const { scene, invalidate } = window.chainExplorerDebug!.three()
        const disc = scene.getObjectByName('floor-disc')!
        const picture = scene.getObjectByName('floor-backdrop')
        const seen = { disc: disc.layers.mask, backdrop: picture !== undefined }
        if (shaded) disc.layers.set(0)
        else disc.layers.set(2)
        if (picture) picture.visible = !shaded
        invalidate()
        requestAnimationFrame(() => requestAnimationFrame(() => done(seen)))
      }),
    direct,
  )

describe('the floor without shadows', () => {
  it('is drawn from a picture of the disc, the same pixels as the disc shaded every frame, and drawn again when the camera moves', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left', { condition: 'stiff-knee' }))
    await page.waitForTimeout(1500)
    await page.evaluate(() => window.chainExplorer.pause())
    // Let the camera finish framing the chain.
    await page.waitForTimeout(2500)
    for (const view of [null, 'Left', 'Top']) {
      if (view) {
        await page.getByRole('button', { name: view, exact: true }).click()
        await page.waitForTimeout(2500)
      }
      // The software start level takes no shadows: the main pass draws the picture, not the disc (layer 2 only).
      expect(await drawFloor(page, false)).toEqual({ disc: 1 << 2, backdrop: true })
      const fromPicture = await canvasPixels(page)
      await drawFloor(page, true)
      const shaded = await canvasPixels(page)
      await drawFloor(page, false)
      // A picture taken once and never again would differ after the first camera move.
      expect(shareDiffering(fromPicture, shaded, 2), `${view ?? 'chain framing'}: pixels unlike the shaded disc`).toBeLessThan(0.0005)
    }
    await page.getByRole('button', { name: 'Reset', exact: true }).click()
    await page.evaluate(() => window.chainExplorer.select(null))
  })
})

/** Draws one frame with the skeleton's bones from the batch, or each bone mesh by itself with its own material. */
const drawBones = (page: Page, apart: boolean) =>
  page.evaluate(
    (alone) =>
      new Promise<number>((done) => {
        const { scene, invalidate } = window.chainExplorerDebug!.three()
        const batch = scene.getObjectByName('bone-batch-0')!
        let meshes = 0
        // The bone meshes hang under the batch's skeleton root, on the picking layer only while the batch draws them.
        batch.parent!.traverse((o) => {
          if (o === batch || !(o as { isMesh?: boolean }).isMesh) return
          if (alone) o.layers.enable(0)
          else o.layers.disable(0)
          meshes++
        })
        batch.visible = !alone
        invalidate()
        requestAnimationFrame(() => requestAnimationFrame(() => done(meshes)))
      }),
    apart,
  )

/**
 * Draws one frame with the per-frame tables (bone matrices, muscle segments) as the page sends them
 * itself (sendFloatTable.ts) or, `threeSends`, marked changed again as the render starts, so three sends
 * them through its own upload.
 */
const drawTables = (page: Page, threeSends: boolean) =>
  page.evaluate(
    (own) =>
      new Promise<number>((done) => {
        const { gl, scene, invalidate } = window.chainExplorerDebug!.three()
        const tables: { needsUpdate: boolean }[] = []
        for (const name of ['bone-batch-0', 'muscle-batch']) {
          const batch = scene.getObjectByName(name) as unknown as { _matricesTexture: { needsUpdate: boolean }; material: object }
          tables.push(batch._matricesTexture)
          const uniforms = (gl.properties.get(batch.material) as { uniforms?: Record<string, { value: unknown }> }).uniforms
          if (uniforms?.uMuscleSegments) tables.push(uniforms.uMuscleSegments.value as { needsUpdate: boolean })
        }
        scene.onBeforeRender = own ? () => tables.forEach((t) => (t.needsUpdate = true)) : () => {}
        invalidate()
        requestAnimationFrame(() => requestAnimationFrame(() => done(tables.length)))
      }),
    threeSends,
  )

describe('the bone batch and the muscles', () => {
  it('draw every bone where its joint is and in its own colour, and the muscles in the same pose, whoever sends the tables', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select('knee-left', { condition: 'stiff-knee' }))
    // Let the camera finish framing the chain while the skeleton walks.
    await page.waitForTimeout(4000)
    for (const moment of ['first', 'second']) {
      await page.evaluate(() => window.chainExplorer.pause())
      await page.waitForTimeout(300)
      const batched = await canvasPixels(page)
      expect(await drawBones(page, true)).toBeGreaterThan(20)
      const alone = await canvasPixels(page)
      await drawBones(page, false)
      expect(await drawTables(page, true)).toBe(3)
      const byThree = await canvasPixels(page)
      await drawTables(page, false)
      const apart = shareDiffering(batched, alone, 2)
      const sent = shareDiffering(batched, byThree, 2)
      console.info(`${moment} pose: pixels unlike the bones drawn alone ${(apart * 100).toFixed(3)} %, unlike three's own upload ${(sent * 100).toFixed(3)} %`)
      // Matrices the GPU never got would leave the batch in an older pose, away from the meshes.
      expect(apart, `${moment} pose: pixels unlike the bones drawn alone`).toBeLessThan(0.002)
      // The muscles' segment table too: an old one would draw them in an older pose.
      expect(sent, `${moment} pose: pixels unlike three's own upload of the tables`).toBeLessThan(0.0005)
      await page.evaluate(() => window.chainExplorer.play())
      await page.waitForTimeout(700)
    }
    await page.evaluate(() => window.chainExplorer.select(null))
  })
})

describe('idle costs nothing', () => {
  it('draws no frames over 2 s on the idle overview, and none while a chain is paused', async () => {
    const { page } = app
    await page.evaluate(() => window.chainExplorer.select(null))
    // The camera glides home first and asks for its own frames until it settles (about 3 s here).
    await page.waitForTimeout(5000)
    const overview = await framesDrawn(page, 2000)
    console.info(`frames drawn over 2 s idle: overview ${overview}`)
    expect(overview).toBeLessThanOrEqual(1)
    await page.evaluate(() => {
      window.chainExplorer.select('hip-right')
      window.chainExplorer.pause()
    })
    await page.waitForTimeout(5000)
    const paused = await framesDrawn(page, 2000)
    console.info(`frames drawn over 2 s idle: paused chain ${paused}`)
    expect(paused).toBeLessThanOrEqual(1)
    // Nor does the page wake every frame for nothing: the widgets that follow the walk run after the
    // scene's frames, not from a loop of their own (it asked 60 frames a second while paused).
    const asked = await framesAsked(page, 2000)
    console.info(`animation frames asked over 2 s: paused chain ${asked}`)
    expect(asked).toBeLessThanOrEqual(2)
    // ...and it does draw again as soon as something moves.
    await page.evaluate(() => window.chainExplorer.play())
    expect(await framesDrawn(page, 2000)).toBeGreaterThanOrEqual(1)
  })
})

describe('faults and long lessons', () => {
  it('comes back after a lost WebGL context with the same region, condition and step, without a reload', async () => {
    const { page } = app
    await page.evaluate(() => {
      const api = window.chainExplorer
      api.select('knee-right', { condition: api.conditions('knee-right').at(-1)!.id })
      api.next()
      api.next()
      api.pause()
    })
    const before = await page.evaluate(() => window.chainExplorer.state())
    const navigations: string[] = []
    page.on('framenavigated', (f) => navigations.push(f.url()))
    await page.evaluate(() => {
      const ext = window.chainExplorerDebug!.three().gl.getContext().getExtension('WEBGL_lose_context')!
      ;(window as unknown as { loseExt: WEBGL_lose_context }).loseExt = ext
      ext.loseContext()
    })
    await expect.poll(() => page.locator('.notice-bar, [role="alert"], [role="status"]').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('interrupted')]),
    )
    // The browser restores a lost context when it can; this simulated loss needs the nudge a driver gives.
    await page.evaluate(() => (window as unknown as { loseExt: WEBGL_lose_context }).loseExt.restoreContext())
    await page.waitForFunction(() => window.chainExplorer.state().ready === true, null, { timeout: 60_000 })
    const after = await page.evaluate(() => window.chainExplorer.state())
    expect(after).toMatchObject({ region: before.region, condition: before.condition, step: before.step })
    expect(navigations).toEqual([])
    // The skeleton is drawn again: frames advance and the canvas is not an empty background.
    await page.evaluate(() => window.chainExplorer.play())
    expect(await framesDrawn(page, 2500)).toBeGreaterThanOrEqual(1)
    await page.evaluate(() => window.chainExplorer.pause())
    await page.waitForTimeout(500)
    expect(shareUnlikeBackground(await canvasPixels(page))).toBeGreaterThan(0.03)
  })

  it('a two-hour lesson at high speed keeps the JS heap and GPU memory flat', async () => {
    const { page } = app
    const cdp = await page.context().newCDPSession(page)
    const measure = async () => {
      await cdp.send('HeapProfiler.collectGarbage')
      const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize
      const memory = await page.evaluate(() => ({ ...window.chainExplorerDebug!.three().gl.info.memory }))
      return { heap, ...memory }
    }
    // One "lesson hour" = every region with every condition, presenter toggles, ghosts and resizes.
    const lesson = (rounds: number) =>
      page.evaluate(async (n) => {
        const api = window.chainExplorer
        const sizes = [
          [960, 540],
          [800, 500],
          [1024, 600],
        ]
        for (let i = 0; i < n; i++) {
          for (const { key } of api.regions()) {
            for (const c of api.conditions(key)) {
              api.select(key, { condition: c.id })
              api.next()
            }
          }
          location.hash = i % 2 ? '#mode=present' : '#mode=explore'
          const [w, h] = sizes[i % sizes.length]!
          document.querySelector<HTMLElement>('.stage__viewport')!.style.width = `${w}px`
          document.querySelector<HTMLElement>('.stage__viewport')!.style.height = `${h}px`
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)))
        }
        document.querySelector<HTMLElement>('.stage__viewport')!.removeAttribute('style')
        api.select(null)
      }, rounds)
    await lesson(2)
    await page.waitForTimeout(1000)
    const early = await measure()
    await lesson(12)
    await page.waitForTimeout(1000)
    const late = await measure()
    console.info(`memory after a short and a long lesson: ${JSON.stringify({ early, late })}`)
    expect(late.geometries).toBeLessThanOrEqual(early.geometries)
    expect(late.textures).toBeLessThanOrEqual(early.textures)
    expect(late.heap).toBeLessThan(early.heap * 1.15)
  })
})
