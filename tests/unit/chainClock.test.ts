import { describe, expect, it } from 'vitest'
import { LONG_GAP_SECONDS, chainTimeStep } from '../../src/chains/clock'

/** Chain time after `seconds` of wall clock drawn at `fps` frames a second. */
function simulate(fps: number, seconds: number, speed = 1): number {
  let t = 0
  const frames = Math.round(seconds * fps)
  for (let i = 0; i < frames; i++) t += chainTimeStep({ rawDt: 1 / fps, playing: true, speed, wasPlaying: true })
  return t
}

describe('chain clock', () => {
  it('follows the wall clock at any frame rate', () => {
    for (const fps of [60, 30, 15, 3, 1.25]) expect(simulate(fps, 20)).toBeCloseTo(20, 6)
  })

  it('a 5-second link takes 5 seconds at 3 frames a second (the old 0.1 s cap made it 50)', () => {
    expect(simulate(3, 5)).toBeCloseTo(5, 6)
  })

  it('scales with the playback speed', () => {
    expect(simulate(3, 10, 0.25)).toBeCloseTo(2.5, 6)
    expect(simulate(10, 10, 2)).toBeCloseTo(20, 6)
  })

  it('cuts a long gap (a hidden tab) to two seconds', () => {
    expect(chainTimeStep({ rawDt: 120, playing: true, speed: 1, wasPlaying: true })).toBe(LONG_GAP_SECONDS)
    expect(chainTimeStep({ rawDt: 120, playing: true, speed: 2, wasPlaying: true })).toBe(2 * LONG_GAP_SECONDS)
  })

  it('adds nothing while paused, nor for the idle gap before playing resumes', () => {
    expect(chainTimeStep({ rawDt: 0.5, playing: false, speed: 1, wasPlaying: true })).toBe(0)
    expect(chainTimeStep({ rawDt: 0.5, playing: true, speed: 1, wasPlaying: false })).toBe(0)
  })

  it('ignores a clock that went backward or is not a number', () => {
    for (const rawDt of [-1, 0, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(chainTimeStep({ rawDt, playing: true, speed: 1, wasPlaying: true })).toBe(0)
    }
  })
})
