import { useFrame } from '@react-three/fiber'
import { useRef } from 'react'
import { createLadder, judgeWindow, medianMs, type LadderState } from '../quality/ladder'
import { appStore } from '../state/store'
import { FRAME_ORDER } from './frameOrder'

/** A window is judged once it spans this long and holds enough frames to take a median. */
const WINDOW_SECONDS = 1
const WINDOW_FRAMES = 5
/** Frames skipped after a level change: switching passes on or off recompiles programs once. */
const SETTLE_FRAMES = 3

/**
 * Measures frame times while the walk plays and moves the view along the quality ladder
 * (src/quality/ladder.ts). Only animating frames count: on demand, the gaps between frames are idle
 * time, not cost. Writes the level to the store only when it changes (a few times a session).
 */
export function QualityGovernor({ start }: { start: number }) {
  const ladder = useRef<LadderState>(createLadder(start))
  const span = useRef({ samples: [] as number[], seconds: 0, settle: SETTLE_FRAMES })

  useFrame((_, delta) => {
    const { chain, playing, quality, actions } = appStore.getState()
    const w = span.current
    if (!chain || !playing) {
      w.samples.length = 0
      w.seconds = 0
      w.settle = SETTLE_FRAMES
      return
    }
    if (w.settle > 0) {
      w.settle -= 1
      return
    }
    w.samples.push(delta * 1000)
    w.seconds += delta
    if (w.seconds < WINDOW_SECONDS || w.samples.length < WINDOW_FRAMES) return
    ladder.current = judgeWindow({ ...ladder.current, level: quality }, medianMs(w.samples))
    w.samples.length = 0
    w.seconds = 0
    if (ladder.current.level !== quality) {
      w.settle = SETTLE_FRAMES
      actions.setQuality(ladder.current.level)
    }
  }, FRAME_ORDER.report)

  return null
}
