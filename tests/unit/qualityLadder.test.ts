import { describe, expect, it } from 'vitest'
import {
  LOWEST_LEVEL,
  QUALITY_LADDER,
  QUALITY_TARGETS,
  SOFTWARE_START_LEVEL,
  clampLevel,
  createLadder,
  isSoftwareRenderer,
  judgeWindow,
  medianMs,
  predictedBetterMs,
  qualityStatus,
  type LadderState,
} from '../../src/quality/ladder'
import { chooseQuality } from '../../src/quality/qualityChoice'

const SLOW = QUALITY_TARGETS.slowMs + 100
const FAST = QUALITY_TARGETS.fastMs - 5
const OK = (QUALITY_TARGETS.slowMs + QUALITY_TARGETS.fastMs) / 2

function run(state: LadderState, frames: number[]): LadderState {
  return frames.reduce(judgeWindow, state)
}

describe('quality ladder: the order of steps', () => {
  it('gives things up one at a time, in the order pixel ratio, shadows, environment, muscles, model, ghost', () => {
    const order = QUALITY_LADDER.slice(1).map((s) => s.gaveUp)
    expect(order).toEqual([
      'sharp pixels',
      'contact shadow',
      'shadows',
      'studio light',
      'muscles',
      'bone detail',
      'ghost detail',
      'full resolution',
    ])
  })

  it('never takes back at a lower level what a higher one gave up', () => {
    for (let i = 1; i < QUALITY_LADDER.length; i++) {
      const a = QUALITY_LADDER[i - 1]!.settings
      const b = QUALITY_LADDER[i]!.settings
      expect(b.maxPixelRatio).toBeLessThanOrEqual(a.maxPixelRatio)
      for (const key of ['contactShadow', 'shadowMap', 'environment', 'muscles', 'fullModel', 'fullGhost'] as const) {
        expect(!a[key] && b[key], `${key} comes back at level ${i}`).toBe(false)
      }
      expect(JSON.stringify(b), `level ${i} changes something`).not.toBe(JSON.stringify(a))
    }
  })

  it('starts software renderers without extra passes or the environment, with the full model', () => {
    const s = QUALITY_LADDER[SOFTWARE_START_LEVEL]!.settings
    expect([s.contactShadow, s.shadowMap, s.environment, s.fullModel]).toEqual([false, false, false, true])
  })
})

describe('quality ladder: decisions', () => {
  it('holds its level while frames are in the comfortable band', () => {
    expect(run(createLadder(2), [OK, OK, OK, OK, OK, OK, OK, OK]).level).toBe(2)
  })

  it('steps down after two slow windows in a row, not after one', () => {
    expect(run(createLadder(0), [SLOW]).level).toBe(0)
    expect(run(createLadder(0), [SLOW, OK, SLOW]).level).toBe(0)
    expect(run(createLadder(0), [SLOW, SLOW]).level).toBe(1)
  })

  it('keeps stepping down while it stays slow, and stops at the bottom', () => {
    const frames = Array.from({ length: 2 * (LOWEST_LEVEL + 3) }, () => SLOW)
    expect(run(createLadder(0), frames).level).toBe(LOWEST_LEVEL)
  })

  it('steps back up after four fast windows', () => {
    expect(run(createLadder(3), [FAST, FAST, FAST]).level).toBe(3)
    expect(run(createLadder(3), [FAST, FAST, FAST, FAST]).level).toBe(2)
  })

  it('gives a level back at once when it is slow right after climbing to it, and waits twice as long next time', () => {
    let s = run(createLadder(3), [FAST, FAST, FAST, FAST])
    expect(s.level).toBe(2)
    s = judgeWindow(s, SLOW)
    expect(s.level).toBe(3)
    expect(s.failures[2]).toBe(1)
    expect(run(s, Array.from({ length: 7 }, () => FAST)).level).toBe(3)
    expect(run(s, Array.from({ length: 8 }, () => FAST)).level).toBe(2)
  })

  it('does not flip-flop: after repeated failures it needs a long run of headroom', () => {
    let s = createLadder(3)
    let climbs = 0
    // A machine that is fast at level 3 and slow at level 2: 200 windows (several minutes).
    for (let i = 0; i < 200; i++) {
      const before = s.level
      s = judgeWindow(s, s.level === 3 ? FAST : SLOW)
      if (s.level < before) climbs++
    }
    expect(climbs).toBeLessThanOrEqual(6)
    expect(s.level).toBeGreaterThanOrEqual(2)
  })

  /** Frame times (ms) by level of a software-rendered walk like this machine's (levels 4..8). */
  const SOFTWARE: Record<number, number> = { 4: 62, 5: 60, 6: 42, 7: 40, 8: 34 }
  function simulate(state: LadderState, windows: number, load = 1): { state: LadderState; levels: number[] } {
    const levels: number[] = []
    for (let i = 0; i < windows; i++) {
      state = judgeWindow(state, SOFTWARE[state.level]! * load)
      levels.push(state.level)
    }
    return { state, levels }
  }

  it('climbs back after a passing slowdown to the level it could afford before, and no higher', () => {
    // Down from the software start to the first level that keeps 20 frames a second.
    let { state } = simulate(createLadder(4), 10)
    expect(state.level).toBe(6)
    // Another program takes 40 % of the machine for a while: the walk gives up two more things...
    state = simulate(state, 20, 1.4).state
    expect(state.level).toBe(8)
    // ...and takes them back once the machine is free again, although it never reaches 40 frames a second.
    const after = simulate(state, 40)
    expect(after.state.level).toBe(6)
    expect(after.levels.indexOf(6)).toBeLessThan(15)
    // Level 5 cost 60 ms when it was left: with the same machine it is never tried again.
    expect(simulate(after.state, 200).levels.every((level) => level === 6)).toBe(true)
  })

  it('predicts a better level from the two frame times measured when it was left', () => {
    const s = simulate(createLadder(4), 10).state
    expect(s.costs[5]).toEqual({ at: 60, below: 42 })
    expect(predictedBetterMs(s, 21)).toBeCloseTo(30)
    expect(predictedBetterMs(createLadder(6), 21)).toBe(Number.POSITIVE_INFINITY)
  })

  it('never climbs above the best level', () => {
    expect(run(createLadder(0), Array.from({ length: 20 }, () => FAST)).level).toBe(0)
  })
})

describe('quality ladder: helpers', () => {
  it('says what was given up, and nothing at the best level', () => {
    expect(qualityStatus(0)).toBeNull()
    expect(qualityStatus(2, true, 2)).toBe('Lighter 3D for this computer: without sharp pixels, contact shadow')
    // The contact shadow is a shadow: once both are given up, one word says it.
    expect(qualityStatus(3, true, 2)).toBe('Lighter 3D for this computer: without sharp pixels, shadows')
    expect(qualityStatus(LOWEST_LEVEL, true, 1)).toBe('Lighter 3D for this computer: without shadows, studio light, muscles, bone detail, ghost detail, full resolution')
  })

  it('names sharp pixels only on a screen that had them to give up', () => {
    expect(qualityStatus(1, true, 1)).toBeNull()
    expect(qualityStatus(1, true, 1.25)).toBe('Lighter 3D for this computer: without sharp pixels')
    expect(qualityStatus(4, false, 1)).toBe('Lighter 3D for this computer: without smooth edges, shadows, studio light')
  })

  it('names smooth edges first when the view was made without them', () => {
    expect(qualityStatus(0, false)).toBe('Lighter 3D for this computer: without smooth edges')
    expect(qualityStatus(1, false, 2)).toBe('Lighter 3D for this computer: without smooth edges, sharp pixels')
  })

  it('clamps levels', () => {
    expect(clampLevel(-3)).toBe(0)
    expect(clampLevel(99)).toBe(LOWEST_LEVEL)
    expect(clampLevel(Number.NaN)).toBe(0)
    expect(clampLevel(2.4)).toBe(2)
  })

  it('takes medians', () => {
    expect(medianMs([30, 10, 20])).toBe(20)
    expect(medianMs([10, 40, 20, 30])).toBe(25)
    expect(medianMs([])).toBeNaN()
  })

  it('recognises software renderers by name', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(true)
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.7, 256 bits)')).toBe(true)
    expect(isSoftwareRenderer('ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false)
  })
})

describe('quality choice', () => {
  const SWIFT = 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)'
  const GPU = 'ANGLE (NVIDIA, NVIDIA GeForce GTX 1050 Direct3D11 vs_5_0 ps_5_0, D3D11)'
  it('starts a GPU at the best level and a software renderer low, both adaptive for people', () => {
    expect(chooseQuality('', GPU, false)).toEqual({ start: 0, adaptive: true, smoothEdges: true })
    expect(chooseQuality('', SWIFT, false)).toEqual({ start: SOFTWARE_START_LEVEL, adaptive: true, smoothEdges: false })
  })
  it('keeps automated runs at their starting level unless asked', () => {
    expect(chooseQuality('?debug', SWIFT, true)).toEqual({ start: SOFTWARE_START_LEVEL, adaptive: false, smoothEdges: false })
    expect(chooseQuality('?quality=auto', SWIFT, true)).toEqual({ start: SOFTWARE_START_LEVEL, adaptive: true, smoothEdges: false })
  })
  it('pins a level asked for in the URL and ignores a bad one', () => {
    // A pinned level keeps the renderer's edges: they are a property of the context, not a step.
    expect(chooseQuality('?quality=0', SWIFT, true)).toEqual({ start: 0, adaptive: false, smoothEdges: false })
    expect(chooseQuality('?quality=6', GPU, false)).toEqual({ start: 6, adaptive: false, smoothEdges: true })
    expect(chooseQuality('?quality=99', GPU, false)).toEqual({ start: 0, adaptive: true, smoothEdges: true })
    expect(chooseQuality('?quality=<b>', GPU, true)).toEqual({ start: 0, adaptive: false, smoothEdges: true })
  })
})
