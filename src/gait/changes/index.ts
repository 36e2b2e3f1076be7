/**
 * Gait changes that several conditions share (a hip hike, the low back bending against the pelvis, a
 * Trendelenburg drop, the antalgic short stance). Each is defined once here; condition modules list it among their changes.
 * Pure: no React, no three.
 */
import { ADD, absorbObliquity, bump, type GaitChangeDef } from '../modifierKit'

/** The hemipelvis of the affected side lifts during its swing so the foot clears the floor. */
export const pelvicHike: GaitChangeDef = {
  id: 'pelvic-hike',
  label: 'Hip hiking',
  atFullSeverity:
    'Affected hemipelvis raised 7° during its swing (peak at 74 % of its cycle), turning the normal ≈ 4° swing-side drop into a ≈ 3° rise.',
  grade: 'illustrative',
  source: 'Hip hiking = swing-side hemipelvis elevated (Stanhope 2014, §2.1); the reference found no norm for hike height (§7).',
  keyPhase: 0.75,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! + c.sL * k * 7 * bump(c.ta, 0.74, 0.26)
  },
}

/** The low back bends sideways against whatever extra tilt the other changes gave the pelvis. */
export const lumbarSideBend: GaitChangeDef = {
  id: 'lumbar-side-bend',
  label: 'Low back bends against the pelvis',
  atFullSeverity:
    'The lumbar spine side-bends against all the pelvic obliquity added by the other changes (100 %), so the thorax stays as level as in normal walking; with the 7° hike that is 7° more side-bend each step.',
  grade: 'illustrative',
  source:
    'Mechanism from §5: in walking the thorax stays within ≈ ±2° of the ground while the pelvis moves, i.e. the lumbar spine absorbs pelvic motion (CGM23 thorax angles); the size follows from the pelvic changes, not from a figure of its own.',
  keyPhase: 0.75,
  warp: 0,
  stage: 2,
  apply(c, k) {
    absorbObliquity(c, k)
  },
}

/** Weak hip abductors on the affected side: the other side of the pelvis drops while it stands. */
export const hipAbductorWeakness: GaitChangeDef = {
  id: 'hip-abductor-weakness',
  label: 'Trendelenburg drop',
  atFullSeverity: 'Opposite hemipelvis drops 5° more during affected stance (peak at 20 %: ≈ 9° in all with the normal 4°).',
  grade: 'illustrative',
  source:
    'L5 root → gluteus medius weakness → Trendelenburg (§4.1, §2.1); §5: "≥ 8° for visibility, label as illustrative" (Pohl 2015: moderate weakness may not show at all).',
  keyPhase: 0.2,
  warp: 0,
  stage: 0,
  apply(c, k) {
    c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! + c.sL * k * 5 * bump(c.ta, 0.2, 0.2)
  },
}

/**
 * A painful leg is stood on for a shorter time (antalgic gait): a time warp only, shared by the painful
 * hip and the sprained ankle.
 */
export const antalgicShortStance: GaitChangeDef = {
  id: 'antalgic-short-stance',
  label: 'Short stance on the painful side',
  atFullSeverity:
    "Time warp A = 0.22 on the affected leg: its stance ≈ 52 % of the cycle instead of 60 %, the other leg's swing shortened to match.",
  grade: 'illustrative',
  source:
    "Antalgic gait shortens stance on the painful side (reference §2.1, qualitative: the only figure is a clinical blog's 60/40 → 40/60, not used); the size is chosen for teaching.",
  keyPhase: 0.3,
  warp: 0.22,
  stage: 0,
  apply() {
    // Timing only: the warp shortens the stance; no joint angle changes.
  },
}
