import { use, useEffect, useState } from 'react'
import { GLTFLoader, type GLTF } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'

/** A load that React's `use` can read without suspending once it has settled (React reads these fields). */
type TrackedLoad = Promise<GLTF> & { status: 'pending' | 'fulfilled' | 'rejected'; value?: GLTF; reason?: unknown }

/** One load per file for the whole page: the skeleton, the compare skeleton and the muscles share it. */
const loads = new Map<string, TrackedLoad>()

function makeLoader(): GLTFLoader {
  // Meshopt decodes in WebAssembly from the page itself: nothing is fetched from another origin.
  return new GLTFLoader().setMeshoptDecoder(MeshoptDecoder)
}

/**
 * Starts loading a model file (or returns the load already under way). Called before the file is
 * needed, it lets the download and parse run while the WebGL context starts. A failed load stays
 * failed: the error boundary tells the user to reload.
 */
function loadModelFile(url: string): TrackedLoad {
  const known = loads.get(url)
  if (known) return known
  const load = makeLoader().loadAsync(url) as TrackedLoad
  load.status = 'pending'
  load.then(
    (gltf) => {
      load.status = 'fulfilled'
      load.value = gltf
    },
    (reason: unknown) => {
      load.status = 'rejected'
      load.reason = reason
    },
  )
  loads.set(url, load)
  return load
}

/** The parsed model file; suspends while it loads, throws to the error boundary if it failed. */
export function useModelFile(url: string): GLTF {
  return use(loadModelFile(url) as Promise<GLTF>)
}

/**
 * True once the file has loaded or failed. Rendering a model only then means it never suspends:
 * React holds back a Suspense boundary's content for up to 300 ms after its fallback was shown,
 * which was a third of the wait for the first skeleton frame.
 */
export function useModelFileSettled(url: string): boolean {
  const [settled, setSettled] = useState(() => loadModelFile(url).status !== 'pending')
  useEffect(() => {
    if (settled) return
    let live = true
    const done = () => {
      if (live) setSettled(true)
    }
    loadModelFile(url).then(done, done)
    return () => {
      live = false
    }
  }, [url, settled])
  return settled
}
