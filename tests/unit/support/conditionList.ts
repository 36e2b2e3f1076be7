/**
 * The ten condition modules, listed locally for the content tests. The lead switches this to the
 * conditions registry (src/conditions/index.ts) at merge.
 */
import type { RegionKind } from '../../../src/anatomy/regions'
import type { ConditionLink } from '../../../src/conditions/types'
import type { ConditionPanel } from '../../../src/content/types'
import * as ankleSprain from '../../../src/conditions/ankle-sprain/chain'
import * as ankleSprainPanel from '../../../src/conditions/ankle-sprain/panel'
import * as hipOa from '../../../src/conditions/hip-osteoarthritis/chain'
import * as hipOaPanel from '../../../src/conditions/hip-osteoarthritis/panel'
import * as kfc from '../../../src/conditions/knee-flexion-contracture/chain'
import * as kfcPanel from '../../../src/conditions/knee-flexion-contracture/panel'
import * as lld from '../../../src/conditions/leg-length-difference/chain'
import * as lldPanel from '../../../src/conditions/leg-length-difference/panel'
import * as nslbp from '../../../src/conditions/nonspecific-low-back-pain/chain'
import * as nslbpPanel from '../../../src/conditions/nonspecific-low-back-pain/panel'
import * as root from '../../../src/conditions/pinched-nerve-root/chain'
import * as rootPanel from '../../../src/conditions/pinched-nerve-root/panel'
import * as sij from '../../../src/conditions/sacroiliac-joint-pain/chain'
import * as sijPanel from '../../../src/conditions/sacroiliac-joint-pain/panel'
import * as stiffAnkle from '../../../src/conditions/stiff-ankle/chain'
import * as stiffAnklePanel from '../../../src/conditions/stiff-ankle/panel'
import * as stiffKnee from '../../../src/conditions/stiff-knee/chain'
import * as stiffKneePanel from '../../../src/conditions/stiff-knee/panel'
import * as weakAbd from '../../../src/conditions/weak-hip-abductors/chain'
import * as weakAbdPanel from '../../../src/conditions/weak-hip-abductors/panel'

export interface ConditionUnderTest {
  id: string
  kind: RegionKind
  links: readonly ConditionLink[]
  panel: ConditionPanel
}

export const CONDITIONS: readonly ConditionUnderTest[] = [
  { id: 'pinched-nerve-root', kind: 'lumbar', links: root.links, panel: rootPanel.panel },
  { id: 'nonspecific-low-back-pain', kind: 'lumbar', links: nslbp.links, panel: nslbpPanel.panel },
  { id: 'sacroiliac-joint-pain', kind: 'pelvis', links: sij.links, panel: sijPanel.panel },
  { id: 'leg-length-difference', kind: 'pelvis', links: lld.links, panel: lldPanel.panel },
  { id: 'hip-osteoarthritis', kind: 'hip', links: hipOa.links, panel: hipOaPanel.panel },
  { id: 'weak-hip-abductors', kind: 'hip', links: weakAbd.links, panel: weakAbdPanel.panel },
  { id: 'stiff-knee', kind: 'knee', links: stiffKnee.links, panel: stiffKneePanel.panel },
  { id: 'knee-flexion-contracture', kind: 'knee', links: kfc.links, panel: kfcPanel.panel },
  { id: 'stiff-ankle', kind: 'ankle', links: stiffAnkle.links, panel: stiffAnklePanel.panel },
  { id: 'ankle-sprain', kind: 'ankle', links: ankleSprain.links, panel: ankleSprainPanel.panel },
]
