import { createGlowUniforms } from './boneMaterial'

/** The one set of glow uniforms shared by every bone material of the explorer. */
export const glowUniforms = createGlowUniforms()
