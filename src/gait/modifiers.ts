/**
 * One modifier per gait change of the compensation chains (GaitChangeId in src/chains/types.ts): a
 * change on top of normal walking for the affected side, scaled by `amount` = severity × weight (0…1).
 * Magnitudes at amount 1 come from sections 2 and 5 of the project's biomechanics reference where a
 * figure exists; where none does the change is marked `illustrative: true` with the reason.
 *
 * Phases: each modifier sees the affected leg's own phase in the normal tables (`ta`, 0 = its initial
 * contact, stance ≈ 0–0.6, swing ≈ 0.6–1) and the other leg's (`to` = ta + 0.5), so its windows stay on
 * the right gait events even when a limp warps time.
 * Pure: no React, no three.
 */
import type { Side } from '../anatomy/regions'
import type { GaitChangeId } from '../chains/types'
import { NORMAL_CURVES } from './normalGait'

/** Offsets into the flat angle array ([flexion, adduction, rotation] per joint) of one leg's joints. */
export interface LegOffsets {
  hip: number
  knee: number
  ankle: number
}

/** What a modifier reads and writes. Internal to the engine; exported for pose.ts. */
export interface ModifierContext {
  /** [flexion, adduction, rotation] × JOINT_COUNT, degrees, clinical signs. */
  angles: Float64Array
  /** Lumbar totals L5_S1…L1_L2 [flexion, adduction (side-bend, left +), rotation (left +)], spread later. */
  spine: Float64Array
  /** Offset of the pelvis angles, and of T12_L1's. */
  pelvis: number
  thoracolumbar: number
  side: Side
  /**
   * +1 when the affected side is the left, −1 the right. It is the sign of "affected side up" for
   * pelvic obliquity and of "toward the affected side" for spine side-bend and rotation; pelvic
   * rotation "affected side forward" is −sL.
   */
  sL: number
  aff: LegOffsets
  other: LegOffsets
  /** Table phase of the affected leg (0 = its initial contact) and of the other leg. */
  ta: number
  to: number
  /** Normal-walking pelvis [flexion, obliquity, rotation] at this table phase, before any modifier. */
  basePelvis: Float64Array
}

const FLEX = 0
const ADD = 1
const ROT = 2

// ---------------------------------------------------------------- helpers (periodic windows, soft caps)

/** Signed distance from `c` to `t` on the unit circle, in [−0.5, 0.5). */
function circ(t: number, c: number): number {
  const d = t - c + 0.5
  return d - Math.floor(d) - 0.5
}

/** Raised-cosine window on the cycle: 1 at `centre`, 0 beyond `half` either side; smooth (C1). */
export function bump(t: number, centre: number, half: number): number {
  const d = circ(t, centre)
  if (d <= -half || d >= half) return 0
  return 0.5 + 0.5 * Math.cos((Math.PI * d) / half)
}

function smoothstep(x: number): number {
  const u = x <= 0 ? 0 : x >= 1 ? 1 : x
  return u * u * (3 - 2 * u)
}

/**
 * Window on the cycle that is 1 from `start + ramp` to `end − ramp` and fades smoothly to 0 at `start`
 * and `end` (end may wrap past 1, e.g. start 0.58, end 0.2).
 */
export function plateau(t: number, start: number, end: number, ramp: number): number {
  const u = t - start - Math.floor(t - start)
  const span = end - start - Math.floor(end - start)
  if (u >= span) return 0
  return smoothstep(u / ramp) * smoothstep((span - u) / ramp)
}

/** Smooth minimum of v and cap (within ±k of the cap the corner is rounded). */
function softMin(v: number, cap: number, k = 2): number {
  const h = Math.max(0, Math.min(1, 0.5 + (0.5 * (cap - v)) / k))
  return cap + (v - cap) * h - k * h * (1 - h)
}

/** Smooth maximum of v and floor. */
function softMax(v: number, floor: number, k = 2): number {
  return -softMin(-v, -floor, k)
}

/** Moves angle `i` toward `target` by fraction `f` (0…1). */
function toward(a: Float64Array, i: number, target: number, f: number): void {
  a[i] = a[i]! + f * (target - a[i]!)
}

const HIP_MAX = NORMAL_CURVES.hipFlexion.max
const HIP_MIN = NORMAL_CURVES.hipFlexion.min
const HIP_MEAN = NORMAL_CURVES.hipFlexion.mean

// ---------------------------------------------------------------- the changes

/** Public description of one gait change. */
export interface GaitChangeInfo {
  id: GaitChangeId
  /** A few words for a chart legend or a debug panel. */
  label: string
  /** What it does at severity 1 and weight 1, with its magnitudes. */
  atFullSeverity: string
  /** True when no figure in the reference sizes it: the magnitude is a design choice. */
  illustrative: boolean
  /** Where the figures or the mechanism come from; for illustrative changes, why no figure is used. */
  source: string
  /**
   * Phase of the AFFECTED leg's own cycle (0 = its initial contact) at which the change shows best,
   * for still frames. Use keyPhaseFor() to get the cycle phase to pass to pose().
   */
  keyPhase: number
  /**
   * Stance-shortening time warp at amount 1 (antalgic gait): the amplitude A of the warp
   * τ = s + A·(1 − cos 2πs)/2π on the affected leg's phase s. 0 = none.
   */
  warp: number
  /**
   * Order of application: 0 = hips, knees, pelvis; then the engine turns each stance ankle so the foot
   * keeps its normal pitch on the floor; 1 = ankle changes (which may then lift the heel); 2 = spine
   * (which may react to the pelvis changes).
   */
  stage: 0 | 1 | 2
}

interface ModifierDef extends Omit<GaitChangeInfo, 'id'> {
  apply(c: ModifierContext, amount: number): void
}

/** Extra pelvic obliquity beyond normal walking, lumbar spine bent against it (thorax kept level). */
function absorbObliquity(c: ModifierContext, amount: number): void {
  c.spine[ADD] = c.spine[ADD]! + amount * (c.angles[c.pelvis + ADD]! - c.basePelvis[ADD]!)
}

/** Extra pelvic rotation beyond normal walking, lumbar spine turned against it (thorax kept facing). */
function absorbRotation(c: ModifierContext, amount: number): void {
  c.spine[ROT] = c.spine[ROT]! - amount * (c.angles[c.pelvis + ROT]! - c.basePelvis[ROT]!)
}

const DEFS: { [K in GaitChangeId]: ModifierDef } = {
  'ankle-stiff': {
    label: 'Stiff ankle',
    atFullSeverity:
      'Affected ankle held between −4° and +2°: dorsiflexion capped at 2° (normal peak 10.8°), push-off plantarflexion lost (normal −14°); antalgic warp A = 0.3 shortens its stance from 60 % to ≈ 50 % of the cycle (and, through the engine\'s step balance, its step).',
    illustrative: false,
    source:
      'Dorsiflexion cap: Clifford 2014 (Podiatry Today; < 5° DF → significant compensation), reference §2.1 equinus row. Push-off floor −4° and the stance warp size are illustrative: antalgic stance shortening is qualitative in §2.1 (a clinical blog quotes 60/40 → 40/60 [W]; we stop at 50/50).',
    keyPhase: 0.45,
    warp: 0.3,
    stage: 1,
    apply(c, k) {
      const i = c.aff.ankle + FLEX
      const v = c.angles[i]!
      const clamped = softMax(softMin(v, 2, 1.5), -4, 1.5)
      toward(c.angles, i, clamped, k)
    },
  },
  'knee-hyperextension': {
    label: 'Knee snaps back',
    atFullSeverity: 'Affected knee pulled to −5° (hyperextension) from mid- to late stance (normal +2 to +8°); the hip extends by half that change so the thigh swings back over the planted foot.',
    illustrative: true,
    source: 'Knee hyperextension as an equinus compensation is qualitative in §2.1 (Clifford 2014; Wheeless); −5° is a visible, plausible value.',
    keyPhase: 0.35,
    warp: 0,
    stage: 0,
    apply(c, k) {
      const i = c.aff.knee + FLEX
      const before = c.angles[i]!
      toward(c.angles, i, -5, k * plateau(c.ta, 0.12, 0.56, 0.14))
      // The thigh swings back over the planted foot by about half the knee's extra extension (hip
      // extension), so the foot stays put and the shank tips forward: the early heel rise of equinus.
      c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + 0.5 * (c.angles[i]! - before)
    },
  },
  'hip-push': {
    label: 'Hip pulls the leg through',
    atFullSeverity: 'Affected hip: +8° flexion and 4° abduction during swing (peak at 82 % / 80 % of its cycle).',
    illustrative: true,
    source: 'Shift of propulsion from ankle to hip ("hip-dominant strategy", more hip flexion) in chronic ankle instability, §2.1 (J Foot Ankle Res 2014; PMC6602400): qualitative, no degrees given.',
    keyPhase: 0.82,
    warp: 0,
    stage: 0,
    apply(c, k) {
      c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + k * 8 * bump(c.ta, 0.82, 0.2)
      c.angles[c.aff.hip + ADD] = c.angles[c.aff.hip + ADD]! - k * 4 * bump(c.ta, 0.8, 0.22)
    },
  },
  'pelvic-hike': {
    label: 'Hip hiking',
    atFullSeverity: 'Affected hemipelvis raised 7° during its swing (peak at 74 % of its cycle), turning the normal ≈ 4° swing-side drop into a ≈ 3° rise.',
    illustrative: true,
    source: 'Hip hiking = swing-side hemipelvis elevated (Stanhope 2014, §2.1); the reference found no norm for hike height (§7).',
    keyPhase: 0.75,
    warp: 0,
    stage: 0,
    apply(c, k) {
      c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! + c.sL * k * 7 * bump(c.ta, 0.74, 0.26)
    },
  },
  'lumbar-side-bend': {
    label: 'Low back bends against the pelvis',
    atFullSeverity: 'The lumbar spine side-bends against all the pelvic obliquity added by the other changes (100 %), so the thorax stays as level as in normal walking; with the 7° hike that is 7° more side-bend each step.',
    illustrative: true,
    source: 'Mechanism from §5: in walking the thorax stays within ≈ ±2° of the ground while the pelvis moves, i.e. the lumbar spine absorbs pelvic motion (CGM23 thorax angles); the size follows from the pelvic changes, not from a figure of its own.',
    keyPhase: 0.75,
    warp: 0,
    stage: 2,
    apply(c, k) {
      absorbObliquity(c, k)
    },
  },
  'knee-stiff': {
    label: 'Stiff knee',
    atFullSeverity: 'Affected knee kept between 10° and 40°: swing peak capped at 40° (normal 58°), never straighter than 10° in stance.',
    illustrative: false,
    source: 'Stiff-knee gait: peak swing flexion < 44.3° (post-stroke cluster threshold; §2.1, §5 "cap swing knee flexion at < 44–50°"). The 10° stance floor is illustrative (a mild contracture: Harato found no trunk change at 15°).',
    keyPhase: 0.72,
    warp: 0,
    stage: 0,
    apply(c, k) {
      const i = c.aff.knee + FLEX
      const v = c.angles[i]!
      toward(c.angles, i, softMax(softMin(v, 40, 4), 10, 2), k)
    },
  },
  'hip-circumduction': {
    label: 'Leg swung out in an arc',
    atFullSeverity: 'Affected hip abducted 7° at mid-swing (peak at 76 % of its cycle).',
    illustrative: true,
    source: 'Circumduction = swing limb swung out by hip abduction (Stanhope 2014, §2.1); the only figure (+2.5°, Sulzer 2010) is for robot-assisted knee flexion, and §7 lists no norm for circumduction width; 7° makes the arc visible.',
    keyPhase: 0.76,
    warp: 0,
    stage: 0,
    apply(c, k) {
      c.angles[c.aff.hip + ADD] = c.angles[c.aff.hip + ADD]! - k * 7 * bump(c.ta, 0.76, 0.22)
    },
  },
  'contralateral-vault': {
    label: 'Vaulting on the other foot',
    atFullSeverity: 'Other ankle plantarflexed 14° more in its mid-stance (peak at 24 % of its own cycle, while the affected leg swings): early heel rise.',
    illustrative: true,
    source: 'Vaulting = stance-limb early heel rise / plantarflexion in mid-stance (§2.1); the reference notes no magnitudes exist.',
    keyPhase: 0.75,
    warp: 0,
    stage: 1,
    apply(c, k) {
      c.angles[c.other.ankle + FLEX] = c.angles[c.other.ankle + FLEX]! - k * 14 * bump(c.to, 0.24, 0.2)
    },
  },
  'hip-painful': {
    label: 'Painful hip',
    atFullSeverity:
      'Affected hip flexion–extension range squeezed from 42° to 17° and moved 6° toward flexion, so it never extends (range +5.5° … +22.5°, normal −16.8° … +25.3°; the engine\'s antalgic step balance trims it to ≈ 15.5°); the other hip swings 30 % less (shorter steps); antalgic warp A = 0.15.',
    illustrative: false,
    source:
      'Dynamic hip ROM 17 ± 4° in unilateral hip OA vs ≈ 40° normal, with reduced peak extension (Hurwitz 1997; Kumar 2015), §2.1. Illustrative: the 6° shift, the 30 % shorter swing of the other hip (slower walking with shorter steps, §4.3, no figure) and the warp size; together they keep both feet meeting the floor.',
    keyPhase: 0.45,
    warp: 0.15,
    stage: 0,
    apply(c, k) {
      const i = c.aff.hip + FLEX
      const v = c.angles[i]!
      const squeezed = HIP_MEAN + 6 + (v - HIP_MEAN) * (17 / (HIP_MAX - HIP_MIN))
      toward(c.angles, i, squeezed, k)
      const o = c.other.hip + FLEX
      toward(c.angles, o, HIP_MEAN + (c.angles[o]! - HIP_MEAN) * 0.7, k)
    },
  },
  'pelvic-drop-and-tilt': {
    label: 'Pelvis drops and tips forward',
    atFullSeverity: 'Opposite hemipelvis drops 5° more during affected stance (peak at 20 %: ≈ 9° in all with the normal 4°); pelvis tips 6° further forward (anterior tilt) in late stance (peak at 45 %).',
    illustrative: true,
    source: 'Trendelenburg drop larger than the normal ≈ 4° (§2.1); §5 suggests ≥ 8° in all "for visibility, illustrative". Anterior tilt replacing lost hip extension is a mechanism (Hurwitz 1997; "especially 30–60 % GC"), no degrees.',
    keyPhase: 0.22,
    warp: 0,
    stage: 0,
    apply(c, k) {
      c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! + c.sL * k * 5 * bump(c.ta, 0.2, 0.2)
      c.angles[c.pelvis + FLEX] = c.angles[c.pelvis + FLEX]! + k * 6 * bump(c.ta, 0.45, 0.22)
    },
  },
  'trunk-lean': {
    label: 'Trunk lurch and arched back',
    atFullSeverity: 'Lumbar spine side-bends 10° toward the affected (stance) side in mid-stance (peak at 25 %), and extends (more lordosis) by the extra anterior pelvic tilt plus 3°.',
    illustrative: true,
    source: 'Trunk lurches toward the painful hip in stance (antalgic / Duchenne lurch, §2.1) and lordosis increases with the pelvic tilt (Hurwitz 1997); §7: no norm for the trunk-lean angle.',
    keyPhase: 0.25,
    warp: 0,
    stage: 2,
    apply(c, k) {
      c.spine[ADD] = c.spine[ADD]! + c.sL * k * 10 * bump(c.ta, 0.25, 0.25)
      const extraTilt = c.angles[c.pelvis + FLEX]! - c.basePelvis[FLEX]!
      c.spine[FLEX] = c.spine[FLEX]! - k * (extraTilt + 3)
    },
  },
  'pelvic-dysfunction': {
    label: 'Uneven pelvis',
    atFullSeverity: 'Affected hemipelvis 2° lower throughout and 3° lower again during its swing; it rotates 4° further forward around its initial contact.',
    illustrative: true,
    source: 'Asymmetric pelvic drop and twist from a stiff or painful pelvic joint: no figure in the reference; small values that read as "uneven" without looking like a fall.',
    keyPhase: 0.85,
    warp: 0,
    stage: 0,
    apply(c, k) {
      c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! - c.sL * k * (2 + 3 * bump(c.ta, 0.8, 0.25))
      c.angles[c.pelvis + ROT] = c.angles[c.pelvis + ROT]! - c.sL * k * 4 * bump(c.ta, 0, 0.3)
    },
  },
  'lumbar-ligament-load': {
    label: 'Low back steadies the trunk',
    atFullSeverity: 'The lumbar spine side-bends and twists against all the extra pelvic obliquity and rotation (100 %), so the thorax moves as in normal walking.',
    illustrative: true,
    source: 'Same mechanism as lumbar-side-bend (§5: the thorax stays nearly still while the pelvis moves); the extra load on ligaments and tendons is a mechanism (§4.2), no figure.',
    keyPhase: 0.85,
    warp: 0,
    stage: 2,
    apply(c, k) {
      absorbObliquity(c, k)
      absorbRotation(c, k)
    },
  },
  'sciatic-list': {
    label: 'Sciatic list',
    atFullSeverity: 'Sustained lumbar side-bend of 12.5° away from the painful side, straightened above by T12–L1 so the trunk is shifted sideways (≈ 21 mm at C7 with this skeleton; reference 26 ± 18 mm) rather than tilted; 4° less lordosis.',
    illustrative: false,
    source: 'Cobb 12.5 ± 5.3°, trunk shift 26.2 ± 17.9 mm, shift away from the herniation side in 81 % (Global Spine J 2022), §2.1. The 4° loss of lordosis is illustrative (reduced lordosis is qualitative there).',
    keyPhase: 0.3,
    warp: 0,
    stage: 2,
    apply(c, k) {
      c.spine[ADD] = c.spine[ADD]! - c.sL * k * 12.5
      c.angles[c.thoracolumbar + ADD] = c.angles[c.thoracolumbar + ADD]! + c.sL * k * 12.5
      c.spine[FLEX] = c.spine[FLEX]! + k * 4
    },
  },
  'nerve-pain': {
    label: 'Guarded, shorter steps',
    atFullSeverity: 'Both hips swing 20 % less about their mean (shorter steps); affected knee kept ≥ 12° flexed from late swing to loading (no straight leg under tension); antalgic warp A = 0.2.',
    illustrative: true,
    source: 'Sciatica gait: step and stride length ↓ 10–50 % (PMC8990405 review, §2.1) — 20 % sits in that band; the knee guard follows the nerve-tension mechanism behind the straight-leg raise (§4.1), no degrees; the warp size is illustrative.',
    keyPhase: 0.95,
    warp: 0.2,
    stage: 0,
    apply(c, k) {
      const s = 1 - 0.2 * k
      for (const leg of [c.aff, c.other]) {
        const i = leg.hip + FLEX
        c.angles[i] = HIP_MEAN + (c.angles[i]! - HIP_MEAN) * s
      }
      const i = c.aff.knee + FLEX
      const v = c.angles[i]!
      toward(c.angles, i, softMax(v, 12, 2), k * bump(c.ta, 0.96, 0.2))
    },
  },
  'foot-drop-steppage': {
    label: 'Foot drop and steppage',
    atFullSeverity: 'Affected ankle held at ≤ −10° (plantarflexed) through swing and at contact (normal ≈ −2°); +15° knee and +8° hip flexion in swing to clear the toes.',
    illustrative: false,
    source: 'Ankle −10.4 ± 5.7° in the first 10 % of the cycle vs −2.4° in controls; compensation mainly at the knee, less at the hip (Appl Bionics Biomech 2017:3595461), §2.1 and §5. The knee and hip degrees are illustrative.',
    keyPhase: 0.78,
    warp: 0,
    stage: 1,
    apply(c, k) {
      const i = c.aff.ankle + FLEX
      const v = c.angles[i]!
      toward(c.angles, i, softMin(v, -10, 2), k * plateau(c.ta, 0.56, 0.16, 0.07))
      c.angles[c.aff.knee + FLEX] = c.angles[c.aff.knee + FLEX]! + k * 15 * bump(c.ta, 0.75, 0.2)
      c.angles[c.aff.hip + FLEX] = c.angles[c.aff.hip + FLEX]! + k * 8 * bump(c.ta, 0.85, 0.22)
    },
  },
  'hip-abductor-weakness': {
    label: 'Trendelenburg drop',
    atFullSeverity: 'Opposite hemipelvis drops 5° more during affected stance (peak at 20 %: ≈ 9° in all with the normal 4°).',
    illustrative: true,
    source: 'L5 root → gluteus medius weakness → Trendelenburg (§4.1, §2.1); §5: "≥ 8° for visibility, label as illustrative" (Pohl 2015: moderate weakness may not show at all).',
    keyPhase: 0.2,
    warp: 0,
    stage: 0,
    apply(c, k) {
      c.angles[c.pelvis + ADD] = c.angles[c.pelvis + ADD]! + c.sL * k * 5 * bump(c.ta, 0.2, 0.2)
    },
  },
  'lumbar-loop': {
    label: 'The limp loads the back',
    atFullSeverity: 'The lumbar spine side-bends and twists against all the extra pelvic motion of the limp (100 %), and turns 4° more toward the affected side during its stance.',
    illustrative: true,
    source: 'Limp → repeated lumbar side-bend and twist (§4.2 mechanism; §5 thorax nearly still); no figure for the extra twist.',
    keyPhase: 0.2,
    warp: 0,
    stage: 2,
    apply(c, k) {
      absorbObliquity(c, k)
      absorbRotation(c, k)
      c.spine[ROT] = c.spine[ROT]! + c.sL * k * 4 * bump(c.ta, 0.25, 0.25)
    },
  },
}

/** Every gait change id, in the order the engine applies them within a stage. */
export const GAIT_CHANGE_IDS = Object.keys(DEFS) as readonly GaitChangeId[]

/** Description, magnitudes, sources and key phase of every gait change. */
export const GAIT_CHANGES: Readonly<Record<GaitChangeId, GaitChangeInfo>> = Object.fromEntries(
  GAIT_CHANGE_IDS.map((id) => {
    const { apply: _apply, ...info } = DEFS[id]
    return [id, { id, ...info }]
  }),
) as Record<GaitChangeId, GaitChangeInfo>

/** Internal: the modifiers in application order (stage 0, then stage 1). */
export const MODIFIER_ORDER: readonly { index: number; id: GaitChangeId; def: Readonly<ModifierDef> }[] = GAIT_CHANGE_IDS.map((id, index) => ({
  index,
  id,
  def: DEFS[id],
})).toSorted((a, b) => a.def.stage - b.def.stage || a.index - b.index)
