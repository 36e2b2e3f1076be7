/**
 * The GPU's name (a software renderer names itself, e.g. "SwiftShader"), read from a throwaway context
 * before the view's own is made: some choices (smooth edges) are fixed when a context is created. The
 * throwaway is released at once; the browser's GPU start-up it pays for is not repeated for the real
 * context (measured with SwiftShader: about 5–20 ms more in all). An empty name when the browser has
 * no WebGL.
 */
export function probeRendererName(): string {
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('webgl2') ?? canvas.getContext('webgl')
  if (!context) return ''
  const info = context.getExtension('WEBGL_debug_renderer_info')
  const name = String(context.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : context.RENDERER) ?? '')
  context.getExtension('WEBGL_lose_context')?.loseContext()
  return name
}
