/**
 * One frame of the chain explorer's engine work: the limping skeleton's pose, the normal ghost's pose
 * and the chain's playback state (weights, glow, pulse). Run with `npm run bench`.
 * Budget: under 0.5 ms per frame on the project's CI machine (2 shared cores).
 */
import { bench, describe } from 'vitest'
import { chainDuration, chainFrame, createChainFrame } from '../../src/chains/playback'
import { chainGait, resolveChain } from '../../src/chains/resolve'
import { createPose, gaitTiming, pose, type GaitCondition } from '../../src/gait'

const chain = resolveChain('lumbar', 'left')
const condition: GaitCondition = chainGait(chain, 1)
const limp = createPose()
const ghost = createPose()
const frame = createChainFrame()
const duration = chainDuration(chain)
const dt = 1 / 60
let t = duration - 1 // the last link: every change at full weight, the most modifiers active
let phase = 0
let ghostPhase = 0

describe('one frame', () => {
  bench('limp pose + ghost pose + chain frame', () => {
    t += dt
    if (t > duration + 1) t = duration - 1
    chainFrame(chain, t, frame)
    const timing = gaitTiming(condition, frame.weights)
    phase += dt / timing.strideTime
    ghostPhase += dt / 1.1
    pose(phase, condition, frame.weights, limp)
    pose(ghostPhase, null, undefined, ghost)
  })

  // Playing the whole chain: each fade-in measures the stride geometry anew about 20 times (cached after).
  let tAll = 0
  let phaseAll = 0
  bench('same, playing the whole chain (fades included)', () => {
    tAll += dt
    if (tAll > duration + 1) tAll = 0
    chainFrame(chain, tAll, frame)
    const timing = gaitTiming(condition, frame.weights)
    phaseAll += dt / timing.strideTime
    pose(phaseAll, condition, frame.weights, limp)
    pose(phaseAll, null, undefined, ghost)
  })

  bench('chain frame alone', () => {
    t += dt
    if (t > duration + 1) t = 0
    chainFrame(chain, t, frame)
  })
})
