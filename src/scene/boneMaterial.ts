import { MeshStandardMaterial, Vector3, Vector4, type IUniform } from 'three'
import { linearColour } from './linearColour'
import { REGION_KEYS, type RegionKey } from '../anatomy/regions'

/** How a region's glow moves, so that its meaning never rests on colour alone. */
export const GLOW_MODE = {
  /** Steady glow (hover, selection, compensating links). */
  steady: 0,
  /** Rings rippling outward from the joint (the origin of a chain). */
  rings: 1,
  /** A slow throb, like an ache, on every step (the overloaded low back). */
  throb: 2,
  /** Bands that flicker along the bone (weakness from a pinched nerve). */
  flicker: 3,
} as const

export type GlowMode = (typeof GLOW_MODE)[keyof typeof GLOW_MODE]

const N = REGION_KEYS.length

/**
 * The uniforms every bone material shares: one capsule per region (in world space, updated each
 * frame from the joints) and its glow colour, intensity and mode. One shader for all bones, so
 * several regions can glow at once in different colours while the skeleton walks.
 */
export interface GlowUniforms {
  uRegionA: IUniform<Vector3[]>
  uRegionB: IUniform<Vector3[]>
  uRegionRadius: IUniform<number[]>
  /** rgb = colour, a = intensity 0..1 */
  uRegionGlow: IUniform<Vector4[]>
  uRegionMode: IUniform<number[]>
  uTime: IUniform<number>
}

export function createGlowUniforms(): GlowUniforms {
  return {
    uRegionA: { value: Array.from({ length: N }, () => new Vector3()) },
    uRegionB: { value: Array.from({ length: N }, () => new Vector3()) },
    uRegionRadius: { value: Array.from({ length: N }, () => 0.05) },
    uRegionGlow: { value: Array.from({ length: N }, () => new Vector4()) },
    uRegionMode: { value: Array.from({ length: N }, () => 0) },
    uTime: { value: 0 },
  }
}

export const REGION_INDEX: ReadonlyMap<RegionKey, number> = new Map(REGION_KEYS.map((k, i) => [k, i]))

/** Sets one region's glow; intensity 0 switches it off. */
export function setRegionGlow(u: GlowUniforms, key: RegionKey, colour: string, intensity: number, mode: GlowMode) {
  const i = REGION_INDEX.get(key)!
  const c = linearColour(colour)
  u.uRegionGlow.value[i]!.set(c.r, c.g, c.b, intensity)
  u.uRegionMode.value[i] = mode
}

const GLOW_CHUNK = /* glsl */ `
uniform vec3 uRegionA[${N}];
uniform vec3 uRegionB[${N}];
uniform float uRegionRadius[${N}];
uniform vec4 uRegionGlow[${N}];
uniform float uRegionMode[${N}];
uniform float uTime;
varying vec3 vCceWorld;

float cceCapsule(vec3 p, vec3 a, vec3 b, float r) {
  vec3 ab = b - a;
  float t = clamp(dot(p - a, ab) / max(dot(ab, ab), 1e-8), 0.0, 1.0);
  return length(p - a - ab * t) - r;
}

vec3 cceGlow(vec3 p) {
  vec3 sum = vec3(0.0);
  for (int i = 0; i < ${N}; i++) {
    float strength = uRegionGlow[i].a;
    if (strength < 0.002) continue;
    float d = cceCapsule(p, uRegionA[i], uRegionB[i], uRegionRadius[i]);
    // Full inside the capsule, fading over 2.5 cm outside it.
    float inside = 1.0 - smoothstep(-0.012, 0.025, d);
    if (inside <= 0.0) continue;
    float mode = uRegionMode[i];
    float shape = 1.0;
    if (mode > 0.5 && mode < 1.5) {
      // Rings travelling outward from the joint centre.
      float s = length(p - 0.5 * (uRegionA[i] + uRegionB[i]));
      shape = 0.35 + 0.65 * smoothstep(0.2, 0.9, sin(s * 180.0 - uTime * 5.0));
    } else if (mode > 1.5 && mode < 2.5) {
      shape = 0.45 + 0.55 * (0.5 + 0.5 * sin(uTime * 4.2));
    } else if (mode > 2.5) {
      shape = 0.4 + 0.6 * step(0.0, sin(p.y * 140.0 + uTime * 9.0));
    }
    sum += uRegionGlow[i].rgb * strength * inside * shape;
  }
  return sum;
}
`

/** Where the glow is measured: the vertex in world space (a batched bone also moves by its instance's matrix). */
const WORLD_POSITION = /* glsl */ `
#ifdef USE_BATCHING
vCceWorld = (modelMatrix * batchingMatrix * vec4(transformed, 1.0)).xyz;
#else
vCceWorld = (modelMatrix * vec4(transformed, 1.0)).xyz;
#endif
`

/**
 * A bone-coloured standard material whose emissive term adds the region glow. The glow uniforms
 * are shared (the same objects) by every material made with the same `uniforms`.
 */
export function createBoneMaterial(uniforms: GlowUniforms, colour: string, roughness = 0.62): MeshStandardMaterial {
  const material = new MeshStandardMaterial({ color: colour, roughness, metalness: 0 })
  material.onBeforeCompile = (shader) => {
    Object.assign(shader.uniforms, uniforms)
    shader.vertexShader = shader.vertexShader
      .replace('#include <common>', '#include <common>\nvarying vec3 vCceWorld;')
      .replace('#include <project_vertex>', `#include <project_vertex>\n${WORLD_POSITION}`)
    shader.fragmentShader = shader.fragmentShader
      .replace('#include <common>', `#include <common>\n${GLOW_CHUNK}`)
      .replace('#include <emissivemap_fragment>', '#include <emissivemap_fragment>\ntotalEmissiveRadiance += cceGlow(vCceWorld);')
  }
  // Every bone material has the same shader source; one program serves them all.
  material.customProgramCacheKey = () => 'cce-bone-glow'
  return material
}

/** The white bone material a tinted bone batch draws with: each vertex brings its own colour (boneBatch.ts). */
export function createBatchBoneMaterial(uniforms: GlowUniforms): MeshStandardMaterial {
  const material = createBoneMaterial(uniforms, '#ffffff')
  material.vertexColors = true
  return material
}
