import { Canvas } from '@react-three/fiber'
import { ContactShadows, PerformanceMonitor } from '@react-three/drei'
import { Suspense, useState } from 'react'
import { appStore } from '../state/store'
import { CameraRig } from './CameraRig'
import { ChainPlayer } from './ChainPlayer'
import { ChainPulse } from './ChainPulse'
import { NervePath } from './NervePath'
import { NormalGhostSlot } from './NormalGhostSlot'
import { Floor } from './Floor'
import { FadeOthersController } from './FadeOthersController'
import { ModelErrorBoundary } from './ModelErrorBoundary'
import { SceneDriver } from './SceneDriver'
import { SceneStatusReporter } from './SceneStatusReporter'
import { SkeletonInteraction } from './SkeletonInteraction'
import { LITE_MODEL_URL, MODEL_URL, SkeletonModel } from './SkeletonModel'
import { StudioEnvironment } from './StudioEnvironment'
import { StudioLights } from './StudioLights'
import { liveScene } from './liveScene'
import { regionScreenPosition } from './pickRegion'
import { sceneBridge } from '../api/chainExplorer'

// This module is loaded on demand; once here, the API can find regions on screen.
sceneBridge.adapter = { screenPosition: regionScreenPosition }

/** The app's one and only WebGL canvas; everything 3D lives inside it. */
export function SceneCanvas() {
  // Weak school laptops: when the frame rate keeps dropping, render at 1× and drop the contact shadow.
  const [quality, setQuality] = useState<'high' | 'low'>('high')
  return (
    <Canvas
      className="scene-canvas"
      shadows="percentage"
      dpr={quality === 'high' ? [1, 2] : 1}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      camera={{ position: [1, 1.2, 3.4], fov: 32, near: 0.05, far: 40 }}
      // Bone meshes carry a BVH (SkeletonModel); the nearest hit per mesh is all picking needs.
      raycaster={{ firstHitOnly: true } as never}
      onCreated={({ gl, scene, camera }) => {
        liveScene.canvas = gl.domElement
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
      <StudioLights />
      <StudioEnvironment />
      <Floor />
      {/* Automated runs (tests, README pictures) keep one fixed quality so they are reproducible. */}
      {!navigator.webdriver && (
        <PerformanceMonitor flipflops={3} onDecline={() => setQuality('low')} onIncline={() => setQuality('high')} onFallback={() => setQuality('low')} />
      )}
      {quality === 'high' && <ContactShadows position={[0, 0.001, 0]} scale={2.4} far={1.2} blur={2.4} opacity={0.55} resolution={512} color="#05070a" />}
      <ModelErrorBoundary>
        <Suspense fallback={null}>
          <SkeletonInteraction>
            <Suspense fallback={<SkeletonModel url={LITE_MODEL_URL} detail="lite" />}>
              <SkeletonModel url={MODEL_URL} detail="full" />
            </Suspense>
          </SkeletonInteraction>
          <SceneStatusReporter />
        </Suspense>
      </ModelErrorBoundary>
      <ChainPlayer />
      <SceneDriver />
      <FadeOthersController />
      <NormalGhostSlot />
      <ChainPulse />
      <NervePath />
      <CameraRig />
    </Canvas>
  )
}
