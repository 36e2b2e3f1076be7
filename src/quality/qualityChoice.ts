import { LOWEST_LEVEL, SOFTWARE_START_LEVEL, clampLevel, isSoftwareRenderer } from './ladder'

/** How the view picks its quality: where it starts and whether it moves with the measured frame rate. */
export interface QualityChoice {
  start: number
  adaptive: boolean
  /**
   * Multisampled edges. Fixed when the WebGL context is made, so it is not a ladder step: a software
   * renderer draws every multisampled pixel on the CPU (measured here at 960×540 with SwiftShader: the
   * lite skeleton walks at 14 frames a second with it, 27 without), so it goes without from the start.
   */
  smoothEdges: boolean
}

/**
 * `?quality=N` pins a level (0 best .. LOWEST_LEVEL), `?quality=auto` forces the adaptive ladder.
 * Automated runs (tests, README pictures, the bench) otherwise keep their starting level, so their
 * pictures and counts are reproducible. Software renderers start low; everyone else at the best level.
 * Pure (the caller reads the URL, the renderer's name and navigator.webdriver).
 */
export function chooseQuality(search: string, rendererName: string, automated: boolean): QualityChoice {
  const software = isSoftwareRenderer(rendererName)
  const start = software ? SOFTWARE_START_LEVEL : 0
  const smoothEdges = !software
  const asked = new URLSearchParams(search).get('quality')
  if (asked === 'auto') return { start, adaptive: true, smoothEdges }
  if (asked !== null && /^\d+$/.test(asked) && Number(asked) <= LOWEST_LEVEL) {
    return { start: clampLevel(Number(asked)), adaptive: false, smoothEdges }
  }
  return { start, adaptive: !automated, smoothEdges }
}
