import { linkStartTime, WEIGHT_FADE_SECONDS } from '../../chains/playback'
import { lessonRegion, type Lesson } from '../../lesson/lesson'
import { liveScene } from '../../scene/liveScene'
import { livePlayback } from '../../state/livePlayback'
import { appStore } from '../../state/store'

/** Longest wait for one chain to reach its key link, ms (software rendering on a busy laptop is slow). */
const WAIT_MS = 15_000
/** The camera glides to a new chain for about this long, ms. */
const CAMERA_SETTLE_MS = 700

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

async function waitFor(ok: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms
  while (performance.now() < end) {
    if (ok()) return true
    await nextFrame()
  }
  return ok()
}

/**
 * A picture of the skeleton at each chain's key link (its last, where every link is lit), for the
 * printed worksheet. Plays each chain in the 3D view, then puts back what was on screen.
 * A chain that cannot be drawn (no WebGL) gets null: the sheet leaves room to draw instead.
 */
export async function captureKeyLinks(lesson: Lesson): Promise<(string | null)[]> {
  const saved = appStore.getState()
  const { actions } = saved
  const pictures: (string | null)[] = []
  for (const item of lesson.items) {
    actions.setSeverity(item.severity)
    appStore.setState({ centralSide: item.side })
    actions.select(lessonRegion(item), { condition: item.condition })
    const chain = appStore.getState().chain!
    const last = chain.links.length - 1
    actions.goToStep(last)
    actions.play()
    const ready = await waitFor(() => livePlayback.chain === chain && livePlayback.chainTime >= linkStartTime(chain, last) + WEIGHT_FADE_SECONDS, WAIT_MS)
    await waitFor(() => false, CAMERA_SETTLE_MS)
    pictures.push(ready && liveScene.snapshot ? liveScene.snapshot() : null)
  }
  appStore.setState({ centralSide: saved.centralSide })
  actions.setSeverity(saved.severity)
  if (saved.lesson) actions.startLesson(saved.lesson, saved.slide)
  else {
    actions.select(saved.region, saved.condition ? { condition: saved.condition } : undefined)
    if (saved.region) actions.goToStep(saved.step)
  }
  if (!saved.playing) actions.pause()
  return pictures
}
