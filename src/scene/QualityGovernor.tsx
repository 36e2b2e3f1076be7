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
 * Seconds not judged after the walk starts: opening a chain sets off one-off work (the gait analysis in
 * its worker, the muscle layer, the panel's charts) that competes for a weak machine's cores for a
 * moment. Judged, it would step down for a cost that is gone a second later, and record a level's cost
 * against the next one's under a load that changed between them (src/quality/ladder.ts, `costs`).
 */
const WARM_UP_SECONDS = 2

/**
 * Measures frame times while the walk plays and moves the view along the quality ladder
 * (src/quality/ladder.ts). Only animating frames count: on demand, the gaps between frames are idle
 * time, not cost. Writes the level to the store only when it changes (a few times a session).
 */
export function QualityGovernor({ start }: { start: number }) {
  const ladder = useRef<LadderState>(createLadder(start))
  const span = useRef({ samples: [] as number[], seconds: 0, settle: SETTLE_FRAMES, warmUp: WARM_UP_SECONDS, chain: null as unknown })

  useFrame((_, delta) => {
    const { chain, playing, quality, actions } = appStore.getState()
    const w = span.current
    if (!chain || !playing || chain !== w.chain) {
      w.chain = chain
      w.samples.length = 0
      w.seconds = 0
      w.settle = SETTLE_FRAMES
      w.warmUp = WARM_UP_SECONDS
      return
    }
    if (w.warmUp > 0) {
      w.warmUp -= delta
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
