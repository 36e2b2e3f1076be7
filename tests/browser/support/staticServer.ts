import { createServer, type Server } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.glb': 'model/gltf-binary',
  '.wasm': 'application/wasm',
}

export interface StaticServer {
  port: number
  close: () => Promise<void>
}

/**
 * A plain static file server for a folder, like the one a teacher would use (no Vite): serves
 * `pages` (path -> HTML made by the test) first, then files, `index.html` for a folder.
 * Listens on all local names so 127.0.0.1 and localhost are two origins of one server.
 */
export async function serveFolder(root: string, pages: Record<string, string> = {}): Promise<StaticServer> {
  const base = resolve(root)
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    const page = pages[path]
    if (page !== undefined) {
      res.writeHead(200, { 'Content-Type': TYPES['.html']! })
      res.end(page)
      return
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(base)) {
      res.writeHead(403).end()
      return
    }
    try {
      const body = await readFile(file)
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' })
      res.end(body)
    } catch {
      res.writeHead(404).end()
    }
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { port, close: () => new Promise((done) => server.close(() => done())) }
}
