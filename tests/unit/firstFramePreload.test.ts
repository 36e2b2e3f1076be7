import { describe, expect, it } from 'vitest'
import { firstFramePreloadTags, type ChunkInfo } from '../../tools/build/firstFramePreload'

const bundle: Record<string, ChunkInfo> = {
  'assets/index.js': { type: 'chunk', fileName: 'assets/index.js', facadeModuleId: '/p/src/main.tsx', isEntry: true, imports: [] },
  'assets/SceneCanvas.js': { type: 'chunk', fileName: 'assets/SceneCanvas.js', facadeModuleId: '/p/src/scene/SceneCanvas.tsx', imports: ['assets/index.js', 'assets/three.js'] },
  'assets/three.js': { type: 'chunk', fileName: 'assets/three.js', facadeModuleId: null, imports: ['assets/shared.js'] },
  'assets/shared.js': { type: 'chunk', fileName: 'assets/shared.js', facadeModuleId: null, imports: ['assets/three.js'] },
  'assets/LessonBuilder.js': { type: 'chunk', fileName: 'assets/LessonBuilder.js', facadeModuleId: '/p/src/ui/lesson/LessonBuilder.tsx', imports: ['assets/index.js'] },
  'assets/index.css': { type: 'asset', fileName: 'assets/index.css' },
}
const options = { lazyModule: 'src/scene/SceneCanvas.tsx', model: 'models/skeleton-lite.glb' }

describe('first-frame preload hints', () => {
  it('preloads the scene chunk and everything it imports, once each, but not the entry or other lazy chunks', () => {
    const tags = firstFramePreloadTags(bundle, './', options)
    const modules = tags.filter((t) => t.attrs?.rel === 'modulepreload').map((t) => t.attrs?.href)
    expect(modules).toEqual(['./assets/SceneCanvas.js', './assets/three.js', './assets/shared.js'])
  })

  it('preloads the first-view model as a CORS fetch, as the loader asks for it', () => {
    const model = firstFramePreloadTags(bundle, '/apps/chains/', options).find((t) => t.attrs?.rel === 'preload')
    expect(model?.attrs).toEqual({ rel: 'preload', as: 'fetch', type: 'model/gltf-binary', crossorigin: 'anonymous', href: '/apps/chains/models/skeleton-lite.glb' })
  })

  it('fails the build when the scene module is not in the bundle', () => {
    expect(() => firstFramePreloadTags(bundle, './', { ...options, lazyModule: 'src/scene/Missing.tsx' })).toThrow(/no chunk is built from src\/scene\/Missing\.tsx/)
  })
})
