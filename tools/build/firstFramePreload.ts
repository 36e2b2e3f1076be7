import type { HtmlTagDescriptor, Plugin } from 'vite'

/** The parts of a Rollup output chunk this plugin reads. */
export interface ChunkInfo {
  type: 'chunk' | 'asset'
  fileName: string
  facadeModuleId?: string | null
  imports?: string[]
  isEntry?: boolean
}

/**
 * What the first skeleton frame needs beyond the page's own script: the lazily loaded 3D scene (with
 * the chunks it imports statically, three.js among them) and the first-view model. Without hints the
 * browser learns of them one after another (page script, then React's first render, then the WebGL
 * context, then the loader); with them, all download while the page script runs. The model hint is
 * `as="fetch"` with `crossorigin`, matching the loader's own fetch (CORS mode, same-origin credentials),
 * so the loader takes the preloaded response instead of asking again.
 */
export function firstFramePreloadTags(
  bundle: Record<string, ChunkInfo>,
  base: string,
  { lazyModule, model }: { lazyModule: string; model: string },
): HtmlTagDescriptor[] {
  const chunks = Object.values(bundle).filter((c) => c.type === 'chunk')
  const start = chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(lazyModule))
  if (!start) throw new Error(`firstFramePreload: no chunk is built from ${lazyModule}`)
  const byName = new Map(chunks.map((c) => [c.fileName, c]))
  const files: string[] = []
  const visit = (chunk: ChunkInfo) => {
    // The entry is on the page already (its own script tag and Vite's modulepreload links).
    if (chunk.isEntry || files.includes(chunk.fileName)) return
    files.push(chunk.fileName)
    for (const name of chunk.imports ?? []) {
      const next = byName.get(name)
      if (next) visit(next)
    }
  }
  visit(start)
  return [
    ...files.map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${file}` }, injectTo: 'head' as const })),
    {
      tag: 'link',
      attrs: { rel: 'preload', as: 'fetch', type: 'model/gltf-binary', crossorigin: 'anonymous', href: `${base}${model}` },
      injectTo: 'head',
    },
  ]
}

/** Adds the first frame's preload hints to the built page (see firstFramePreloadTags). */
export function firstFramePreload(options: { lazyModule: string; model: string }): Plugin {
  let base = './'
  return {
    name: 'first-frame-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        // The bench's bare page is built with this config too, from another root: it has no scene.
        if (!ctx.bundle || !Object.values(ctx.bundle).some((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(options.lazyModule))) return []
        return firstFramePreloadTags(ctx.bundle as Record<string, ChunkInfo>, base, options)
      },
    },
  }
}
