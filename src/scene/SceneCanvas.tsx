import { Canvas } from '@react-three/fiber'
import { ContactShadows } from '@react-three/drei'
import { Suspense, useRef, useState } from 'react'
import { WebGLRenderer } from 'three'
import { QUALITY_LADDER } from '../quality/ladder'
import { chooseQuality, type QualityChoice } from '../quality/qualityChoice'
import { appStore, useAppStore } from '../state/store'
import { PICK_LAYER } from './boneBatch'
import { CameraRig } from './CameraRig'
import { DebugProbe } from './DebugProbe'
import { ChainPlayer } from './ChainPlayer'
import { ChainPulse } from './ChainPulse'
import { NervePath } from './NervePath'
import { SecondSkeletonSlot } from './SecondSkeletonSlot'
import { Floor } from './Floor'
import { FadeOthersController } from './FadeOthersController'
import { ModelErrorBoundary } from './ModelErrorBoundary'
import { QualityGovernor } from './QualityGovernor'
import { ProgramWarmup } from './ProgramWarmup'
import { RenderOnDemand } from './RenderOnDemand'
import { MuscleLayerSlot } from './MuscleLayerSlot'
import { SceneDriver } from './SceneDriver'
import { WidgetFrames } from './WidgetFrames'
import { SceneStatusReporter } from './SceneStatusReporter'
import { SkeletonInteraction } from './SkeletonInteraction'
import { SkeletonModels } from './SkeletonModels'
import { LITE_MODEL_URL } from './SkeletonModel'
import { useModelFileSettled } from './modelFiles'
import { StudioEnvironment } from './StudioEnvironment'
import { StudioLights } from './StudioLights'
import { liveScene } from './liveScene'
import { probeRendererName } from './rendererProbe'
import { regionScreenPosition } from './pickRegion'
import { sceneBridge } from '../api/chainExplorer'

// This module is loaded on demand; once here, the API can find regions on screen.
sceneBridge.adapter = { screenPosition: regionScreenPosition }

/** The app's one and only WebGL canvas; everything 3D lives inside it. */
export function SceneCanvas() {
  // Decided once the context exists (it names the renderer); until then nothing costly is mounted.
  const [choice, setChoice] = useState<QualityChoice | null>(null)
  // Made with the renderer (its edges depend on it), applied once the canvas exists.
  const made = useRef<QualityChoice | null>(null)
  const settings = QUALITY_LADDER[useAppStore((s) => s.quality)]!.settings
  // The environment and the contact shadow come after the first frame: it waits for fewer shader programs.
  const extras = useAppStore((s) => s.sceneStatus !== 'loading') && choice !== null
  const pixelRatio = Math.min(window.devicePixelRatio || 1, settings.maxPixelRatio)
  // The first-view model loads while the WebGL context starts; the skeleton mounts once it is parsed,
  // so it never waits behind a Suspense boundary (see useModelFileSettled).
  const liteSettled = useModelFileSettled(LITE_MODEL_URL)
  return (
    <Canvas
      className="scene-canvas"
      shadows="percentage"
      dpr={pixelRatio}
      gl={(defaults) => {
        const chosen = chooseQuality(window.location.search, probeRendererName(), navigator.webdriver)
        made.current = chosen
        return new WebGLRenderer({ ...defaults, antialias: chosen.smoothEdges, powerPreference: 'high-performance' })
      }}
      camera={{ position: [1, 1.2, 3.4], fov: 32, near: 0.05, far: 40 }}
      // Bone meshes carry a BVH (SkeletonModel); the nearest hit per mesh is all picking needs.
      raycaster={{ firstHitOnly: true } as never}
      onCreated={({ gl, scene, camera, raycaster }) => {
        liveScene.canvas = gl.domElement
        // Pointer events pick the bone meshes, which a batch draws from another layer (boneBatch.ts).
        raycaster.layers.enable(PICK_LAYER)
        // Reading each program's logs makes the page wait for every compile in turn; the shaders are
        // our own and fixed, so only development builds check them.
        gl.debug.checkShaderErrors = import.meta.env.DEV
        const chosen = made.current!
        const { actions } = appStore.getState()
        actions.setQuality(chosen.start)
        actions.setSmoothEdges(gl.getContext().getContextAttributes()?.antialias ?? chosen.smoothEdges)
        setChoice(chosen)
        // Read right after a render, the drawing buffer still holds the picture (no preserveDrawingBuffer needed).
        liveScene.snapshot = (area) => {
          gl.render(scene, liveScene.camera ?? camera)
          const source = gl.domElement
          if (!area) return source.toDataURL('image/jpeg', 0.85)
          const scale = source.width / source.clientWidth
          const crop = document.createElement('canvas')
          crop.width = Math.round(area.width * scale)
          crop.height = Math.round(area.height * scale)
          crop.getContext('2d')?.drawImage(source, area.x * scale, area.y * scale, crop.width, crop.height, 0, 0, crop.width, crop.height)
          return crop.toDataURL('image/jpeg', 0.85)
        }
      }}
      onPointerMissed={(e) => {
        // A click on empty space goes back to the overview. Fiber only reports a miss when the
        // pointer barely moved, so a drag that turned the camera never lands here.
        if (e.type === 'click') appStore.getState().actions.select(null)
      }}
    >
      <color attach="background" args={['#161b24']} />
      <fog attach="fog" args={['#161b24', 5, 13]} />
      <StudioLights shadow={choice !== null && settings.shadowMap} />
      {extras && settings.environment && <StudioEnvironment />}
      <Floor />
      {choice?.adaptive && <QualityGovernor start={choice.start} />}
      {extras && settings.contactShadow && (
        <ContactShadows position={[0, 0.001, 0]} scale={2.4} far={1.2} blur={2.4} opacity={0.55} resolution={512} color="#05070a" />
      )}
      <ModelErrorBoundary>
        {liteSettled && (
          <Suspense fallback={null}>
            <SkeletonInteraction>
              <SkeletonModels full={choice !== null && settings.fullModel} />
              {settings.muscles && <MuscleLayerSlot />}
            </SkeletonInteraction>
            <SceneStatusReporter />
          </Suspense>
        )}
      </ModelErrorBoundary>
      <ChainPlayer />
      <SceneDriver />
      <WidgetFrames />
      <FadeOthersController />
      <SecondSkeletonSlot quality={choice !== null && settings.fullModel ? 'high' : 'low'} />
      <ChainPulse />
      <NervePath />
      <CameraRig />
      <RenderOnDemand />
      <ProgramWarmup />
      <DebugProbe />
    </Canvas>
  )
}
