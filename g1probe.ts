import { cyclePhaseFor, pose } from './src/gait'
import { gc } from './tests/support/gaitConditions'
for (const s of [0,0.5,1]) { const c=gc('ankle-sprain','left',s); const r=[]; for (let l=0.5;l<0.95;l+=0.05){const p=pose(cyclePhaseFor(l,c),c); r.push(p.joints.hip_l.flexion.toFixed(1))}
 console.log(s,'hip', r.join(' '), 'knee@.11', pose(cyclePhaseFor(0.11,c),c).joints.knee_l.flexion.toFixed(1)) }
