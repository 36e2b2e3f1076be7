import { Suspense, lazy, useCallback, useState } from 'react'
import { AppHeader } from './ui/AppHeader'
import { RegionList } from './ui/RegionList'
import { ExplanationPanel } from './ui/panel/ExplanationPanel'
import { NoticeBar } from './ui/NoticeBar'
import { SceneFallback } from './ui/SceneFallback'
import { SceneSlot } from './ui/SceneSlot'
import { useGlobalKeys } from './ui/useGlobalKeys'
import { RegionLabels } from './ui/RegionLabels'
import { HoverTag } from './ui/HoverTag'
import { ViewControls } from './ui/ViewControls'
import { LoadingOverlay } from './ui/LoadingOverlay'
import { QualityStatus } from './ui/QualityStatus'
import { onStageKeyDown } from './ui/stageKeys'
import { StepCaption } from './ui/chain/StepCaption'
import { ChainControls } from './ui/chain/ChainControls'
import { FootfallDiagram } from './ui/chain/FootfallDiagram'
import { GaitCharts } from './ui/chain/GaitCharts'
import { RoleLegend } from './ui/chain/RoleLegend'
import { CompareNote } from './ui/chain/CompareNote'
import { ComparePlates } from './ui/ComparePlates'
import { ShortcutsDialog } from './ui/ShortcutsDialog'
import { PresenterBar } from './ui/PresenterBar'
import { Blackout } from './ui/Blackout'
import { useAppStore } from './state/store'
import { TitleCard } from './ui/lesson/TitleCard'
import { PredictPrompt } from './ui/lesson/PredictPrompt'

// Opened by a teacher now and then: loaded on first use, not with the page.
const LessonBuilder = lazy(() => import('./ui/lesson/LessonBuilder').then((m) => ({ default: m.LessonBuilder })))

/** @param embedded true in an iframe opened with `#embed=1` or `?embed`: the stage only, no page chrome (default false) */
export function App({ embedded = false }: { embedded?: boolean }) {
  const [helpOpen, setHelpOpen] = useState(false)
  const [builderOpen, setBuilderOpen] = useState(false)
  // Loaded on first use, then kept mounted: a worksheet it opened goes on being prepared after it closes.
  const [builderUsed, setBuilderUsed] = useState(false)
  const openBuilder = useCallback(() => {
    setBuilderUsed(true)
    setBuilderOpen(true)
  }, [])
  const openHelp = useCallback(() => setHelpOpen(true), [])
  useGlobalKeys(openHelp)
  const mode = useAppStore((s) => s.mode)
  const hasChain = useAppStore((s) => s.chain !== null)
  const panelOpen = useAppStore((s) => s.panelOpen)
  const lessonSlide = useAppStore((s) => (s.lesson ? s.slides[s.slide]?.kind : null))
  const webgl = useAppStore((s) => (s.sceneStatus === 'unavailable' ? 'off' : 'on'))
  return (
    <div className="app" data-mode={mode} data-chain={hasChain ? 'on' : 'off'} data-lesson={lessonSlide ?? undefined} data-panel={panelOpen ? 'open' : 'closed'} data-webgl={webgl} data-embed={embedded ? 'on' : undefined}>
      {!embedded && <AppHeader onHelp={openHelp} onBuildLesson={openBuilder} />}
      <main className="stage">
        <div
          className="stage__viewport"
          tabIndex={0}
          role="group"
          aria-roledescription="3D view"
          aria-label="Skeleton. Drag or use the arrow keys to turn, plus and minus to zoom, Shift with arrows to pan."
          onKeyDown={onStageKeyDown}
        >
          <SceneFallback>
            <SceneSlot />
          </SceneFallback>
          <RegionLabels />
          <ComparePlates />
        </div>
        <div className="stage__top">
          <StepCaption />
          <RoleLegend />
          <CompareNote />
          <QualityStatus />
        </div>
        {!embedded && <PresenterBar />}
        <PredictPrompt />
        <TitleCard />
        <div className="stage__side">
          <GaitCharts />
          <FootfallDiagram />
        </div>
        <HoverTag />
        <ViewControls />
        <div className="stage__dock">
          <ChainControls />
        </div>
        <LoadingOverlay />
        <NoticeBar />
      </main>
      {!embedded && <RegionList />}
      {!embedded && <ExplanationPanel />}
      {!embedded && builderUsed && (
        <Suspense fallback={null}>
          <LessonBuilder open={builderOpen} onClose={() => setBuilderOpen(false)} />
        </Suspense>
      )}
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
      <Blackout />
    </div>
  )
}
