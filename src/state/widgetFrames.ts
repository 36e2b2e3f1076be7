/**
 * The per-frame callbacks of the DOM widgets that follow the walk (the scrub thumb, chart cursors, the
 * predict markers), and who runs them. What they follow (the gait phase, the skeleton on screen) changes
 * only when the 3D scene draws a frame, so while the scene runs it calls them after each frame it draws
 * (runWidgetFrames) and they need no loop of their own. Without a scene (still loading, no WebGL) they
 * run from one animation-frame loop of their own. A plain module, like livePlayback: per-frame work
 * never goes through React state.
 *
 * Why: under software rendering each animation-frame callback costs the page's thread time every frame
 * (the callback's entry, the microtask checkpoint after it), and the widgets' own loop was a second
 * callback beside the scene's on every frame of a chain.
 */

const callbacks = new Set<{ current: () => void }>()
/** The widgets' own animation-frame request (0: none pending). */
let frame = 0
/** True while the 3D scene runs the callbacks after its frames. */
let sceneRuns = false

function runAll() {
  for (const c of callbacks) c.current()
}

function tick() {
  frame = 0
  runAll()
  ownLoop()
}

/** Keeps the widgets' own loop going while some are mounted and no scene runs them. */
function ownLoop() {
  if (frame === 0 && !sceneRuns && callbacks.size > 0) frame = requestAnimationFrame(tick)
}

/**
 * Adds a widget's callback (a ref, so the widget can change it without re-adding) and runs it once now,
 * so it shows the moment it mounts even when no frame follows (a paused chain). Returns a remover.
 */
export function addWidgetFrame(callback: { current: () => void }): () => void {
  callbacks.add(callback)
  callback.current()
  ownLoop()
  return () => {
    callbacks.delete(callback)
    if (callbacks.size === 0 && frame !== 0) {
      cancelAnimationFrame(frame)
      frame = 0
    }
  }
}

/** The 3D scene starts (true) or stops (false) running the widgets after its frames. */
export function setSceneRunsWidgets(runs: boolean) {
  sceneRuns = runs
  if (runs && frame !== 0) {
    cancelAnimationFrame(frame)
    frame = 0
  }
  ownLoop()
}

/** Called by the 3D scene once per frame it draws, after the pose. */
export function runWidgetFrames() {
  if (sceneRuns) runAll()
}
