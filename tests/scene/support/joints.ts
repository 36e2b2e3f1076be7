import { Euler, Object3D } from 'three'
import { JOINTS, JOINT_EULER_ORDER, jointEuler, jointPosition, type ClinicalAngles } from '../../../src/anatomy/joints'

/** The model's joint hierarchy as bare Object3Ds at their rest positions (what the GLB provides). */
export function buildJointRig(): { root: Object3D; joints: Map<string, Object3D> } {
  const root = new Object3D()
  const joints = new Map<string, Object3D>()
  for (const j of JOINTS) {
    const node = new Object3D()
    node.name = `joint_${j.name}`
    const p = jointPosition(j.name)
    const parent = j.parent ? jointPosition(j.parent) : ([0, 0, 0] as const)
    node.position.set(p[0] - parent[0], p[1] - parent[1], p[2] - parent[2])
    ;(j.parent ? joints.get(j.parent)! : root).add(node)
    joints.set(j.name, node)
  }
  root.updateMatrixWorld(true)
  return { root, joints }
}

export function poseJoint(joints: Map<string, Object3D>, name: string, angles: ClinicalAngles) {
  const def = JOINTS.find((j) => j.name === name)!
  joints.get(name)!.rotation.copy(new Euler(...jointEuler(def, angles), JOINT_EULER_ORDER))
}
