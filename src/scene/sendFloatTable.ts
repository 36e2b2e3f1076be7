import { FloatType, RGBAFormat, type DataTexture, type WebGLRenderer } from 'three'

/** What three's WebGLTextures keeps for a texture and its source once sent: the GL texture and the version sent. */
interface SentRecord {
  __webglTexture?: WebGLTexture
  __version?: number
}

/** WebGLState's pixel-store setter: three keeps its own copy of these settings, so they are set through it. */
type StateWithPixelStore = WebGLRenderer['state'] & { pixelStorei?: (name: number, value: number | boolean) => void }

/**
 * Sends a float RGBA table (a DataTexture that changes every frame: the bone batch's matrices, the muscles'
 * posed segments) to the GPU now, in one texSubImage2D, and records it in three's bookkeeping as sent, so
 * the next render does not send it again. Returns false, leaving the table to three's own upload (its
 * `needsUpdate`), when three has not made the table's GL texture yet (first frame, after a lost context),
 * when the table is not float RGBA, or when the renderer lacks the pieces this relies on.
 *
 * Why: three sends a changed DataTexture through its general path every time (a cache key built as a
 * string, four texParameteri calls, format lookups, the pixel-store settings), the same work for a
 * 64-texel table as for a photograph. Under software rendering that was about 0.1 ms of the page's thread
 * per table per frame, for tables whose size, format and sampling never change. The tables keep three's
 * nearest filtering and clamping, set when three first sent them.
 */
export function sendFloatTable(renderer: WebGLRenderer, table: DataTexture): boolean {
  if (table.format !== RGBAFormat || table.type !== FloatType) return false
  const record = renderer.properties.get(table) as SentRecord
  const source = renderer.properties.get(table.source) as SentRecord
  if (!record.__webglTexture || record.__version === undefined || source.__version === undefined) return false
  if (record.__version === table.version && source.__version === table.source.version) return true
  const state = renderer.state as StateWithPixelStore
  if (typeof state.pixelStorei !== 'function') return false
  const gl = renderer.getContext()
  const { width, height, data } = table.image as { width: number; height: number; data: Float32Array }
  state.bindTexture(gl.TEXTURE_2D, record.__webglTexture)
  // A table is rows of floats as they lie in memory: no flip, no premultiplying, rows packed.
  state.pixelStorei(gl.UNPACK_FLIP_Y_WEBGL, false)
  state.pixelStorei(gl.UNPACK_PREMULTIPLY_ALPHA_WEBGL, false)
  state.pixelStorei(gl.UNPACK_ALIGNMENT, table.unpackAlignment)
  gl.texSubImage2D(gl.TEXTURE_2D, 0, 0, 0, width, height, gl.RGBA, gl.FLOAT, data)
  record.__version = table.version
  source.__version = table.source.version
  return true
}
