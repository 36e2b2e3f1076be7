/**
 * How much chain time one drawn frame adds. Chain time follows the wall clock at any frame rate, so a
 * 5-second link takes 5 seconds whether the machine draws 60 frames a second or 3. Only a long gap
 * (a hidden tab, a stalled driver, the first frame after rendering on demand) is cut short, so the
 * lesson resumes where it was instead of jumping ahead. Pure: no React, no three.
 */

/** A frame gap longer than this (seconds) is not walking time: the tab was hidden or the page stalled.
 * Two seconds, not one: a loaded software renderer sometimes takes over a second for one frame. */
export const LONG_GAP_SECONDS = 2

export interface ClockInput {
  /** Seconds since the previous drawn frame (the renderer's clock). */
  rawDt: number
  playing: boolean
  /** Playback speed factor (0.25 .. 2). */
  speed: number
  /** Whether the previous drawn frame was a playing one; if not, the gap before this one was idle time. */
  wasPlaying: boolean
}

/** Seconds of chain time (at 1x) to add for this frame. */
export function chainTimeStep({ rawDt, playing, speed, wasPlaying }: ClockInput): number {
  if (!playing || !wasPlaying || !(rawDt > 0) || !Number.isFinite(rawDt)) return 0
  return Math.min(rawDt, LONG_GAP_SECONDS) * speed
}
