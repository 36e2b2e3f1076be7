/** A small pool of worker threads that build bones in parallel (TypeScript loaded through tsx). */
import { Worker } from 'node:worker_threads'
import type { BuiltBone } from './buildBone'

type Reply = { ok: true; built: BuiltBone } | { ok: false; name: string; error: string }

export async function buildInPool(names: string[], workers: number, onDone: (bone: BuiltBone) => void): Promise<void> {
  const queue = [...names]
  const errors: string[] = []
  const url = new URL('./worker-entry.mjs', import.meta.url)
  const run = async () => {
    const worker = new Worker(url)
    try {
      for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
        const reply = await new Promise<Reply>((resolve, reject) => {
          worker.once('message', resolve)
          worker.once('error', reject)
          worker.postMessage({ name })
        })
        if (reply.ok) onDone(reply.built)
        else errors.push(`${reply.name}: ${reply.error}`)
      }
    } finally {
      await worker.terminate()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(workers, names.length)) }, run))
  if (errors.length) throw new Error(`Some bones failed to build:\n${errors.join('\n')}`)
}
