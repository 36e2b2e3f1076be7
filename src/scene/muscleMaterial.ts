import { DataTexture, FloatType, MeshStandardMaterial, NearestFilter, RGBAFormat, Vector4, type IUniform } from 'three'
import { linearColour } from './linearColour'
import { SEGMENT_ROW } from '../muscles/muscleMotion'
import type { GlowMode } from './boneMaterial'

/**
 * Uniforms shared by every muscle: the table of posed path segments (one texture row of 4 texels per
 * segment: start + radius scale, end, two perpendiculars; src/muscles/muscleMotion.ts writeSegmentRows)
 * and the clock for the glow's motion.
 */
export interface MuscleSharedUniforms {
  uMuscleSegments: IUniform<DataTexture>
  /**
   * Each segment row's muscle's glow (texel 0: rgb, intensity) and (texel 1) glow motion and activity: the
   * muscles' own uniforms (MuscleOwnUniforms) written per row by writeMuscleParams, so one material draws them all.
   */
  uMuscleParams: IUniform<DataTexture>
  uTime: IUniform<number>
}

/** Floats per row of the parameter table (two RGBA texels). */
const PARAM_ROW = 8

/** Per muscle: its glow (rgb, intensity), the glow's motion and its activity (negative: shading off). */
export interface MuscleOwnUniforms {
  uMuscleGlow: IUniform<Vector4>
  uMuscleMode: IUniform<number>
  uMuscleActivity: IUniform<number>
}

function floatTable(table: Float32Array, width: number, rows: number): DataTexture {
  const texture = new DataTexture(table, width, rows, RGBAFormat, FloatType)
  texture.magFilter = NearestFilter
  texture.minFilter = NearestFilter
  texture.generateMipmaps = false
  texture.needsUpdate = true
  return texture
}

/**
 * A segment table with room for `rows` segments and the parameter table beside it; `table` and `params`
 * are what the frame writes into.
 */
export function createMuscleSharedUniforms(rows: number, time: IUniform<number>): { uniforms: MuscleSharedUniforms; table: Float32Array; params: Float32Array } {
  const n = Math.max(1, rows)
  const table = new Float32Array(n * SEGMENT_ROW)
  const params = new Float32Array(n * PARAM_ROW)
  return {
    uniforms: { uMuscleSegments: { value: floatTable(table, SEGMENT_ROW / 4, n) }, uMuscleParams: { value: floatTable(params, PARAM_ROW / 4, n) }, uTime: time },
    table,
    params,
  }
}

/** A muscle's own values, kept on the CPU and written into the parameter table (writeMuscleParams). */
export function createMuscleOwnUniforms(): MuscleOwnUniforms {
  return { uMuscleGlow: { value: new Vector4() }, uMuscleMode: { value: 0 }, uMuscleActivity: { value: -1 } }
}

const written = new Float32Array(6)

/**
 * Writes a muscle's own values into the parameter rows of its segments (rows first … first + count − 1).
 * Returns whether anything changed (most frames nothing does, and the table then need not be sent again).
 */
export function writeMuscleParams(own: MuscleOwnUniforms, params: Float32Array, first: number, count: number): boolean {
  const g = own.uMuscleGlow.value
  written[0] = g.x
  written[1] = g.y
  written[2] = g.z
  written[3] = g.w
  written[4] = own.uMuscleMode.value
  written[5] = own.uMuscleActivity.value
  let changed = false
  for (let r = first; r < first + count; r++) {
    const o = r * PARAM_ROW
    for (let k = 0; k < 6; k++) {
      if (params[o + k] !== written[k]) {
        params[o + k] = written[k]!
        changed = true
      }
    }
  }
  return changed
}

const VERTEX_HEAD = /* glsl */ `
uniform highp sampler2D uMuscleSegments;
uniform highp sampler2D uMuscleParams;
flat varying vec4 vCceGlow;
flat varying vec2 vCceModeActivity;
attribute float aSegment;
attribute float aAlong;
attribute vec2 aOffset;
attribute vec3 aNormalFrame;
`

// Mirrors deformMuscleVertices: a vertex keeps its share along its segment and its offset around it,
// the offset scaled by the muscle's radius scale (thicker when short, thinner when long: volume kept).
const VERTEX_DEFORM_NORMAL = /* glsl */ `
int cceRow = int(aSegment + 0.5);
vec4 cceStart = texelFetch(uMuscleSegments, ivec2(0, cceRow), 0);
vec3 cceEnd = texelFetch(uMuscleSegments, ivec2(1, cceRow), 0).xyz;
vec3 cceSide = texelFetch(uMuscleSegments, ivec2(2, cceRow), 0).xyz;
vec3 cceUp = texelFetch(uMuscleSegments, ivec2(3, cceRow), 0).xyz;
vec3 cceAxis = normalize(cceEnd - cceStart.xyz + vec3(1e-7));
vec3 objectNormal = cceAxis * aNormalFrame.x + cceSide * aNormalFrame.y + cceUp * aNormalFrame.z;
vCceGlow = texelFetch(uMuscleParams, ivec2(0, cceRow), 0);
vCceModeActivity = texelFetch(uMuscleParams, ivec2(1, cceRow), 0).xy;
`
const VERTEX_DEFORM_POSITION = /* glsl */ `
vec3 transformed = cceStart.xyz + (cceEnd - cceStart.xyz) * aAlong + (cceSide * aOffset.x + cceUp * aOffset.y) * cceStart.w;
`

// The muscle's own values come from its rows of the parameter table (the same for every vertex of it).
const FRAGMENT_HEAD = /* glsl */ `
flat varying vec4 vCceGlow;
flat varying vec2 vCceModeActivity;
#define uMuscleGlow vCceGlow
#define uMuscleMode vCceModeActivity.x
#define uMuscleActivity vCceModeActivity.y
uniform float uTime;
`

// The same motions as the bones' glow (boneMaterial GLOW_MODE), so a role reads the same on bone and muscle.
const FRAGMENT_GLOW = /* glsl */ `
if (uMuscleGlow.a > 0.002) {
  float cceShape = 1.0;
  if (uMuscleMode > 0.5 && uMuscleMode < 1.5) cceShape = 0.45 + 0.55 * smoothstep(0.2, 0.9, sin(uTime * 5.0));
  else if (uMuscleMode > 1.5 && uMuscleMode < 2.5) cceShape = 0.45 + 0.55 * (0.5 + 0.5 * sin(uTime * 4.2));
  else if (uMuscleMode > 2.5) cceShape = 0.7 + 0.3 * step(0.0, sin(vCceY * 140.0 + uTime * 9.0));
  totalEmissiveRadiance += uMuscleGlow.rgb * uMuscleGlow.a * cceShape;
}
`

// A lit muscle takes on its role's colour, not only a glow on top: thin muscles must read on a projector.
const FRAGMENT_TINT = /* glsl */ `
if (uMuscleGlow.a > 0.002) diffuseColor.rgb = mix(diffuseColor.rgb, uMuscleGlow.rgb, clamp(uMuscleGlow.a * 0.9, 0.0, 0.85));
`

/**
 * The muscles' material: vertex colours (red-brown belly, silvery tendon) deformed along the posed path in
 * the vertex shader, plus each muscle's glow and activity from the parameter table. One material for every
 * muscle: three refreshes a material's uniforms at every change of material between draws, and under
 * software rendering that cost the page's thread about 40 µs per muscle per frame.
 */
export function createMuscleMaterial(shared: MuscleSharedUniforms): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.55, metalness: 0 })
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, shared)
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', `#include <common>\n${VERTEX_HEAD}\nvarying float vCceY;`)
      .replace('#include <beginnormal_vertex>', VERTEX_DEFORM_NORMAL)
      .replace('#include <begin_vertex>', `${VERTEX_DEFORM_POSITION}\nvCceY = transformed.y;`)
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${FRAGMENT_HEAD}\nvarying float vCceY;`)
      // Activity: a working muscle is brighter and redder, a resting one duller.
      .replace(
        '#include <color_fragment>',
        `#include <color_fragment>
if (uMuscleActivity >= 0.0) diffuseColor.rgb *= mix(vec3(0.5, 0.5, 0.55), vec3(1.35, 1.1, 1.05), uMuscleActivity);
${FRAGMENT_TINT}`,
      )
      .replace('#include <emissivemap_fragment>', `#include <emissivemap_fragment>\n${FRAGMENT_GLOW}`)
  }
  material.customProgramCacheKey = () => 'cce-muscle'
  return material
}

/** Sets a muscle's glow; intensity 0 switches it off. */
export function setMuscleGlow(own: MuscleOwnUniforms, colour: string, intensity: number, mode: GlowMode) {
  const c = linearColour(colour)
  own.uMuscleGlow.value.set(c.r, c.g, c.b, intensity)
  own.uMuscleMode.value = mode
}
