import { AppHeader } from './ui/AppHeader'
import { RegionList } from './ui/RegionList'
import { ExplanationPanel } from './ui/ExplanationPanel'
import { NoticeBar } from './ui/NoticeBar'
import { SceneFallback } from './ui/SceneFallback'
import { SceneCanvas } from './scene/SceneCanvas'
import { useGlobalKeys } from './ui/useGlobalKeys'

export function App() {
  useGlobalKeys()
  return (
    <div className="app">
      <AppHeader />
      <main className="stage">
        <SceneFallback>
          <SceneCanvas />
        </SceneFallback>
        <NoticeBar />
      </main>
      <RegionList />
      <ExplanationPanel />
    </div>
  )
}
