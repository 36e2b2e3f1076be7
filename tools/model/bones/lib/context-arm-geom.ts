/**
 * Frames and fit points of the shoulder girdle and the arm, left side, model space.
 *
 * The humerus is authored in a frame whose Y runs up its shaft (from the elbow), the forearm bones in
 * one whose Y runs down the forearm (elbow to wrist); X is lateral (+x for the left arm) and Z forward
 * in both. Anatomical position: palms forward, so the radius is lateral and the ulna medial, side by
 * side. The elbow is a little flexed in the layout (the wrist is 3.5 cm in front of the elbow) and the
 * forearm leans out ≈ 3° more than the arm (the carrying angle).
 */
import { v, type V3 } from '../../sdf/core'
import { JOINT_POSITIONS } from '../../../../src/anatomy/skeletonLayout'
import { SHOULDER_JOINT } from './interfaces'

export const SHOULDER = JOINT_POSITIONS.shoulder_l!
export const ELBOW = JOINT_POSITIONS.elbow_l!
export const WRIST = JOINT_POSITIONS.wrist_l!
export const HEAD_R = SHOULDER_JOINT.humeralHeadRadius
export const GLENOID_AXIS = SHOULDER_JOINT.glenoidAxisL
/** Centre of the glenoid's articular surface: 2 mm of cartilage space from the humeral head. */
export const GLENOID_CENTRE: V3 = v.sub(SHOULDER, v.scale(GLENOID_AXIS, HEAD_R + 0.002))
export const ACROMION_TIP = SHOULDER_JOINT.acromionTipL
export const STERNOCLAVICULAR = SHOULDER_JOINT.sternoclavicularL

export interface AxisFrame {
  origin: V3
  x: V3
  y: V3
  z: V3
  /** Model-space point from frame coordinates (lateral, along y, forward). */
  at: (lat: number, up: number, fwd: number) => V3
}

function axisFrame(origin: V3, yAxis: V3): AxisFrame {
  const y = v.norm(yAxis)
  const x = v.norm(v.sub([1, 0, 0], v.scale(y, y[0])))
  // Z forward whichever way Y runs.
  let z = v.cross(x, y)
  if (z[2] < 0) z = v.scale(z, -1)
  return { origin, x, y, z, at: (a, b, c) => v.add(origin, v.add(v.scale(x, a), v.add(v.scale(y, b), v.scale(z, c)))) }
}

/** Humerus: Y up the shaft axis from the elbow; the head centre sits ≈ 7 mm medial of that axis. */
export const HUMERUS = axisFrame(ELBOW, v.sub([SHOULDER[0] + 0.008, SHOULDER[1] - 0.015, SHOULDER[2]], ELBOW))
/** Forearm: Y down the forearm, elbow to wrist (t = distance from the elbow). */
export const FOREARM = axisFrame(ELBOW, v.sub(WRIST, ELBOW))
export const FOREARM_LENGTH = v.len(v.sub(WRIST, ELBOW))

/** Trochlea (medial) and capitulum (lateral) on the elbow's flexion axis, in humerus-frame terms. */
export const TROCHLEA = { lat: -0.0085, r: 0.0112, halfWidth: 0.0105 }
export const CAPITULUM = { lat: 0.0125, r: 0.0102 }
/** The radial head under the capitulum (forearm frame), 2 mm below it. */
export const RADIAL_HEAD = { lat: 0.0125, t: CAPITULUM.r + 0.002 + 0.0045, r: 0.0105, halfHeight: 0.0045 }
/** The ulnar head at the wrist (forearm frame). */
export const ULNAR_HEAD = { lat: -0.0175, t: 0.237, fwd: 0.001, r: 0.0078 }
