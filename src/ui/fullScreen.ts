/** Full screen on or off for the whole page; a refusal (no user gesture, an iframe without permission) is harmless. */
export function toggleFullScreen() {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()
  request.catch(() => {})
}
