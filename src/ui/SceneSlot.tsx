import { useEffect, useState, type ComponentType } from 'react'

/** three.js and the scene arrive in their own file after the page, so the page shows at once. */
const loadSceneCanvas = () => import('../scene/SceneCanvas').then((m) => m.SceneCanvas)

/**
 * Where the 3D view goes: empty until the scene's file has arrived, then the view. Loaded from an
 * effect rather than with React.lazy: React holds a lazy component's Suspense boundary back for up to
 * 300 ms after its fallback was shown, and that wait delayed the first skeleton frame by as much. A
 * file that cannot be loaded is thrown to the enclosing boundary (SceneFallback: the flat skeleton).
 */
export function SceneSlot() {
  const [loaded, setLoaded] = useState<{ Scene?: ComponentType; error?: unknown }>({})
  useEffect(() => {
    let live = true
    loadSceneCanvas().then(
      (Scene) => live && setLoaded({ Scene }),
      (error: unknown) => live && setLoaded({ error }),
    )
    return () => {
      live = false
    }
  }, [])
  if (loaded.error !== undefined) throw loaded.error
  return loaded.Scene ? <loaded.Scene /> : null
}
