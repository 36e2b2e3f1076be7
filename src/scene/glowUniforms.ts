import { createGlowUniforms } from './boneMaterial'

/** The one set of glow uniforms shared by every bone material of the explorer. */
export const glowUniforms = createGlowUniforms()

/** The second skeleton's own set (compare view): its capsules sit on its joints and glow with its own chain. */
export const secondGlowUniforms = createGlowUniforms()
