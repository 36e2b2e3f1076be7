import { linkStartTime, PULSE_SECONDS, WEIGHT_FADE_SECONDS } from '../../chains/playback'
import { lessonRegion, type Lesson } from '../../lesson/lesson'
import { liveScene } from '../../scene/liveScene'
import { livePlayback } from '../../state/livePlayback'
import { appStore } from '../../state/store'

/** Longest wait for the player to take up a chain, or for the camera to settle, ms (a busy laptop is slow). */
const WAIT_MS = 15_000

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()))

async function waitFor(ok: () => boolean, ms: number): Promise<boolean> {
  const end = performance.now() + ms
  while (performance.now() < end) {
    if (ok()) return true
    await nextFrame()
  }
  return ok()
}

/** Waits until the camera has stopped gliding to the new chain (two frames in the same place). */
async function cameraAtRest() {
  // The camera starts its glide two frames after the chain changes (CameraRig).
  for (let i = 0; i < 3; i++) await nextFrame()
  let last = ''
  let still = 0
  await waitFor(() => {
    const p = liveScene.camera?.position
    const now = p ? `${p.x.toFixed(4)},${p.y.toFixed(4)},${p.z.toFixed(4)}` : ''
    still = now === last ? still + 1 : 0
    last = now
    return still >= 3
  }, WAIT_MS)
}

/**
 * A picture of the skeleton at each chain's key link (its last, where every link is lit), for the
 * printed worksheet. Plays each chain in the 3D view, then puts back what was on screen.
 * A chain that cannot be drawn (no WebGL) gets null: the sheet leaves room to draw instead.
 */
export async function captureKeyLinks(lesson: Lesson): Promise<(string | null)[]> {
  // The camera module holds three.js: loaded with the scene, not in the page's own bundle.
  const { cameraRig } = await import('../../scene/cameraCommands')
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
    // Playing keeps the canvas drawing every frame (it draws on demand when paused), so the player takes up
    // the chain and the camera settles; the picture is taken within the last link all the same.
    actions.play()
    const ready = await waitFor(() => livePlayback.chain === chain && livePlayback.frame.linkIndex === last, WAIT_MS)
    // Straight to the moment the last link has fully faded in, instead of waiting for it to play.
    livePlayback.chainTime = linkStartTime(chain, last) + WEIGHT_FADE_SECONDS + PULSE_SECONDS
    await cameraAtRest()
    // Only the part of the view the chain was framed in: the rest is under the caption and controls.
    pictures.push(ready && liveScene.snapshot ? liveScene.snapshot(cameraRig.freeArea) : null)
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
