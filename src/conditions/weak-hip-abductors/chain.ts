/**
 * Weak hip abductors (gluteus medius and minimus). At moderate severity the other side of the pelvis drops
 * (Trendelenburg); at high severity the person leans the trunk over the weak hip instead (compensated
 * Trendelenburg, Duchenne lurch) and the drop shrinks. No published angles exist (reference section 7): sizes
 * are illustrative. Healthy men with a nerve block showed no visible change (Pohl et al. 2015).
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  // Gait change `hip-adduction-stance`: the weak hip adducts more during its single stance (15-45 % of its
  // stride) as the pelvis drops over it: +6° at severity 0.6, easing to +2° at 1 as the lurch takes over
  // (illustrative; equal to the pelvic drop so the standing leg stays put).
  {
    id: 'abductors-weak',
    kind: 'hip',
    side: 'same',
    role: 'origin',
    title: 'The side hip muscles are weak',
    caption: 'The muscles on the outer hip (gluteus medius) cannot fully hold the pelvis level while this leg stands.',
    grade: 'reasoned',
    change: 'hip-adduction-stance',
    duration: 5,
    muscles: ['gluteus_medius', 'gluteus_minimus'],
  },
  // Gait change `trendelenburg-drop`: the opposite hemipelvis drops below level during single stance on the
  // weak side (frontal plane, 15-45 % of the weak side's stride): extra 6° at severity 0.6 on top of the normal
  // ~4° swing-side drop (normal drop from OpenSim normal.mot, reference 1.4), easing to 2° at severity 1 when
  // the lurch holds the pelvis (illustrative; the engine picks the pattern by severity and the UI says which).
  {
    id: 'pelvis-sags',
    kind: 'pelvis',
    side: null,
    role: 'weak',
    title: 'The other side of the pelvis sags',
    caption: 'At moderate weakness (here up to 60 % severity) the pelvis dips on the side of the swinging leg (Trendelenburg gait).',
    grade: 'reasoned',
    change: 'trendelenburg-drop',
    duration: 5,
    // The pelvis sags because the standing side's abductors give way.
    muscles: ['gluteus_medius', 'gluteus_minimus'],
    muscleSide: 'same',
  },
  // Gait change `abductor-lurch`: from severity 0.6 up, the trunk leans toward the weak side during its single
  // stance (lumbar side bend, 15-45 % of its stride), rising to 8° at severity 1 (illustrative).
  {
    id: 'trunk-lurch',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'With more weakness, the trunk lurches',
    caption: 'The low back bends to follow the dip; above 60 % severity the trunk leans over the weak hip instead (sizes illustrative).',
    grade: 'reasoned',
    change: 'abductor-lurch',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
