/**
 * The thoracic cage of the context skeleton: ribs 1–12 (left; the right side is mirrored) with their
 * costal cartilages, and the sternum. Paths and sizes live in lib/context-thorax-geom.ts.
 */
import type { BoneRecipes } from '../recipe'
import { ellipsoid, orientedEllipsoid, frameFromUp, smoothSubtract, smoothUnion, sphere, tube, v, type Sdf } from '../sdf/core'
import { band, type BandSample } from './lib/context-sdf'
import { ribPath, STERNUM, sternumAt, sternumHalfWidth, sternumThickness } from './lib/context-thorax-geom'
import { SHOULDER_JOINT } from './lib/interfaces'

function rib(n: number): Sdf {
  const r = ribPath(n)
  const parts: Sdf[] = [band([...r.bone, ...r.cartilage.slice(1)], 0.002)]
  // The head: a wedge with two facets, a little broader than the neck.
  const h0 = r.bone[0]!
  const neckDir = v.norm(v.sub(r.bone[3]!.p, h0.p))
  parts.push(orientedEllipsoid(frameFromUp(v.add(h0.p, v.scale(neckDir, 0.001)), [0, 1, 0], v.scale(neckDir, -1)), [0.0048, 0.0058, 0.0045]))
  if (n <= 10) {
    // The tubercle: a knob on the back of the neck-shaft junction that rests on the transverse process.
    parts.push(ellipsoid(v.add(r.tubercle, [0.001, -0.0005, -0.0035]), [0.0045, 0.0048, 0.0035]))
  }
  return smoothUnion(0.003, ...parts)
}

function sternum(): Sdf {
  const ys: number[] = []
  for (let y = STERNUM.top[1]; y > STERNUM.xiphoidTip[1]; y -= 0.003) ys.push(y)
  ys.push(STERNUM.xiphoidTip[1])
  const samples: BandSample[] = ys.map((y) => {
    const p = sternumAt(y)
    const q = sternumAt(y - 0.01)
    const t = v.norm(v.sub(q, p))
    // Flat faces look forward (and a little up, with the lean of the bone).
    const n = v.norm(v.sub([0, 0, 1], v.scale(t, t[2])))
    return { p, n, th: Math.min(sternumThickness(y), 2 * sternumHalfWidth(y)), h: 2 * sternumHalfWidth(y) }
  })
  const body = band(samples, 0.003)
  // The sternal angle: a low transverse ridge on the front at the manubriosternal joint.
  const a = STERNUM.angle
  const ridge = tube([[-0.012, a[1], a[2] + 0.003], [0.012, a[1], a[2] + 0.003]], 0.0035)
  // Transverse ridges of the fused sternebrae, faint.
  const ridges = [1.376, 1.355, 1.336].map((y) => {
    const c = sternumAt(y)
    return tube([[-0.01, y, c[2] + 0.0022], [0.01, y, c[2] + 0.0022]], 0.0025)
  })
  const solid = smoothUnion(0.004, body, ridge, ...ridges)
  // Jugular notch and the clavicular notches that hold the clavicles' sternal ends.
  const top = STERNUM.top
  const jugular = ellipsoid([0, top[1] + 0.004, top[2]], [0.011, 0.007, 0.012])
  const sc = SHOULDER_JOINT.sternoclavicularL
  const clavNotch = (side: number): Sdf => sphere([side * (sc[0] + 0.006), sc[1] + 0.006, sc[2] - 0.004], 0.0085)
  // Shallow costal notches where cartilages 1–7 meet the borders.
  const notches: Sdf[] = []
  STERNUM.notchY.forEach((y) => {
    const c = sternumAt(y)
    const w = sternumHalfWidth(y)
    for (const side of [1, -1]) notches.push(sphere([side * (w + 0.0035), y, c[2]], 0.004))
  })
  return smoothSubtract(0.002, solid, jugular, clavNotch(1), clavNotch(-1), ...notches)
}

export const recipes: BoneRecipes = {
  sternum: { sdf: sternum, voxel: 0.0008, maxTriangles: 800 },
  ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`rib_${i + 1}_l`, { sdf: () => rib(i + 1), voxel: 0.001, maxTriangles: 450 }])),
}
