/**
 * A painful, unstable sprained ankle: a short stance on it and a careful push-off. The directions of the joint
 * changes and the 9 % lower cadence come from chronic-ankle-instability studies (reference section 2.1); the
 * compensations are reasoned and their sizes illustrative.
 */
import type { ConditionLink } from '../types'

export const links: readonly ConditionLink[] = [
  // Gait change `ankle-careful-pushoff`: peak plantarflexion at push-off (55-62 % of its stride) reduced by 10°
  // and peak dorsiflexion in stance by 4° at full severity; foot kept flatter (illustrative).
  {
    id: 'ankle-painful',
    kind: 'ankle',
    side: 'same',
    role: 'origin',
    title: 'The ankle hurts and feels unsafe',
    caption: 'A sprained ankle is painful and may give way, so the push-off from it is small and careful.',
    grade: 'reasoned',
    change: 'ankle-careful-pushoff',
    duration: 5,
    // A small push-off is a small calf push.
    muscles: ['gastrocnemius', 'soleus'],
  },
  // Gait change `knee-stiff-loading`: knee flexion in loading response (0-15 % of its stride) reduced by 8° at
  // full severity, landing on a straighter knee (illustrative).
  {
    id: 'knee-stays-straighter',
    kind: 'knee',
    side: 'same',
    role: 'compensating',
    title: 'The knee stays straighter',
    caption: 'The knee may bend less as the foot lands, keeping the sore ankle from rolling further.',
    grade: 'reasoned',
    change: 'knee-stiff-loading',
    duration: 4.5,
  },
  // Gait change `hip-pull-off`: hip flexion in early swing (60-75 % of its stride) +5° at full severity: the hip
  // lifts the leg forward in place of the calf's push (illustrative).
  {
    id: 'hip-pulls-through',
    kind: 'hip',
    side: 'same',
    role: 'compensating',
    title: 'The hip pulls the leg through',
    caption: 'With little push from the ankle, the hip may lift the leg forward instead.',
    grade: 'reasoned',
    change: 'hip-pull-off',
    duration: 4.5,
    muscles: ['iliopsoas'],
  },
  // Gait change `antalgic-short-stance` (shared with hip-osteoarthritis): stance on the painful side shortened
  // from 60 % to 52 % of the stride at full severity, the other leg's swing shortened to match (illustrative).
  {
    id: 'short-stance',
    kind: 'pelvis',
    side: null,
    role: 'compensating',
    title: 'Weight moves off the ankle quickly',
    caption: 'The body moves its weight off the sore side sooner, so steps become uneven (antalgic gait).',
    grade: 'reasoned',
    change: 'antalgic-short-stance',
    duration: 4.5,
  },
  // Gait change `lumbar-sway`: a quick lumbar side bend toward the sound side at each handover of weight
  // (45-60 % of the painful side's stride), 4° at full severity (illustrative).
  {
    id: 'lumbar-sway',
    kind: 'lumbar',
    side: null,
    role: 'overloaded',
    title: 'The low back sways',
    caption: 'Each hurried handover of weight is thought to sway the trunk and bend the low back a little to the side.',
    grade: 'reasoned',
    change: 'lumbar-sway',
    duration: 5,
    muscles: ['erector_spinae'],
    muscleSide: 'both',
  },
]
