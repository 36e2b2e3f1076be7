/**
 * Non-specific low back pain: a guarded, slower walk with a stiff trunk. From the low back down the legs
 * and back into the low back. Figures: Smith et al. 2022 meta-analysis (reference section 2.1, "Persistent LBP").
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  // Gait change `guarded-trunk`: thorax and pelvis turn together (more in phase) instead of counter-rotating;
  // transverse plane, whole stride; at full severity the thorax turns 0.14 of a cycle earlier, closer to the pelvis,
  // while each segment keeps its own amplitude (Smith 2022: no amplitude difference, coordination
  // more in phase, SMD -0.60). Size of the reduction: illustrative.
  {
    id: 'guarded-trunk',
    kind: 'lumbar',
    side: null,
    role: 'origin',
    title: 'The trunk is held stiff',
    caption: 'With a sore back, many people turn the chest and pelvis together instead of in opposite ways (guarding).',
    grade: 'measured',
    change: 'guarded-trunk',
    duration: 5,
  },
  // Gait change `pelvis-moves-with-trunk`: pelvis axial rotation follows the thorax (same direction, same
  // timing) through the stride; frontal and sagittal pelvis motion unchanged. Coupling at full severity:
  // illustrative (Smith 2022 gives the direction, not a size).
  {
    id: 'pelvis-moves-with-trunk',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'The pelvis turns with the chest',
    caption: 'The pelvis swings round with the trunk rather than against it, so the walk looks stiff and careful.',
    grade: 'measured',
    change: 'pelvis-moves-with-trunk',
    duration: 4.5,
  },
  // Gait change `slower-shorter-stride`: stride length falls about 3 % (both hips swing 3.5 % less) and, with the
  // condition's slowdown, speed about 9 % (Smith 2022: speed SMD -0.59, stride length SMD -0.38, converted with
  // the normal ranges' half-widths as SDs, an assumption); hip and knee amplitudes stay nearly normal.
  {
    id: 'shorter-steps',
    kind: 'hip',
    side: 'same',
    role: 'compensating',
    title: 'Steps get slower and shorter',
    caption: 'People with lasting low back pain walk more slowly, with shorter strides, than people without it.',
    grade: 'measured',
    change: 'slower-shorter-stride',
    duration: 4.5,
  },
  // Gait change `paraspinal-guarding`: the back muscles work harder through the stride (Smith 2022: paraspinal
  // activation amplitude SMD 0.52), shown as a slightly stiffer low back: lumbar axial rotation 15 % smaller
  // (transverse plane only; illustrative).
  {
    id: 'back-muscles-work',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The back muscles work harder',
    caption: 'The muscles beside the spine are more active with each step; whether this keeps pain going is not known.',
    grade: 'measured',
    change: 'paraspinal-guarding',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
