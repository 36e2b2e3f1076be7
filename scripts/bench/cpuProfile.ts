/** Main-thread time by JavaScript function, from a sampling CPU profile (ms). */
export interface ProfileTop {
  /** Time in the function itself. */
  self: { name: string; ms: number }[]
  /** Time in the function and what it called (recursion counted once). */
  inclusive: { name: string; ms: number }[]
  /** Garbage collection, and the browser's own work outside JavaScript ("(program)"). */
  gcMs: number
  programMs: number
  profiledMs: number
}

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string }
  children?: number[]
}

const SPECIAL = new Set(['(root)', '(idle)', '(program)', '(garbage collector)'])

/** Names survive minification for methods and classes (computeBoundsTree, decodeGltfBuffer...), not for locals. */
function frameName(node: ProfileNode): string {
  const file = node.callFrame.url.split('/').pop()?.replace(/-[\w-]{8}\.js$/, '.js') ?? ''
  return node.callFrame.functionName ? `${node.callFrame.functionName}${file ? ` (${file})` : ''}` : `(anonymous${file ? ` in ${file}` : ''})`
}

/** Sums a CPU profile's samples into self and inclusive time per function name. */
export function summarizeProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }, top = 12): ProfileTop {
  const selfById = new Map<number, number>()
  const samples = profile.samples ?? []
  const deltas = profile.timeDeltas ?? []
  // timeDeltas[i] is the time before sample i; it is charged to the sample before it.
  for (let i = 1; i < samples.length; i++) selfById.set(samples[i - 1]!, (selfById.get(samples[i - 1]!) ?? 0) + deltas[i]! / 1000)
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  const inclusive = new Map<string, number>()
  let gcMs = 0
  let programMs = 0
  let profiledMs = 0
  const walk = (node: ProfileNode, open: Set<string>): number => {
    const name = frameName(node)
    const own = selfById.get(node.id) ?? 0
    profiledMs += node.callFrame.functionName === '(idle)' ? 0 : own
    if (node.callFrame.functionName === '(garbage collector)') gcMs += own
    if (node.callFrame.functionName === '(program)') programMs += own
    const special = SPECIAL.has(node.callFrame.functionName)
    if (!special) self.set(name, (self.get(name) ?? 0) + own)
    const nested = special || open.has(name) ? open : new Set([...open, name])
    let total = own
    for (const child of node.children ?? []) total += walk(byId.get(child)!, nested)
    if (!special && !open.has(name)) inclusive.set(name, (inclusive.get(name) ?? 0) + total)
    return total
  }
  const root = profile.nodes[0]
  if (root) walk(root, new Set())
  const list = (m: Map<string, number>) =>
    [...m].map(([name, ms]) => ({ name, ms })).toSorted((a, b) => b.ms - a.ms).slice(0, top)
  return { self: list(self), inclusive: list(inclusive), gcMs, programMs, profiledMs }
}
