import { StrictMode, Suspense, lazy } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { appStore } from './state/store'
import { startHashSync } from './state/hashSync'
import { createChainExplorerApi, sceneBridge } from './api/chainExplorer'
import { startMessageBridge } from './api/messageBridge'
import { embedHashParams, parseEmbedOptions } from './embed/embedOptions'
import { registerOfflineSupport } from './offline/offlineSupport'
import { whenFirstScreenSettled } from './offline/whenFirstScreenSettled'
import { startPresenterBridge } from './presenter/presenterBridge'
import { startChainStrideWarmup } from './analysis/chainStrideWarmup'
import './styles/app.css'
import './embed/embed.css'

// `?presenter` is the teacher's notes window (opened by "Presenter view"): it only talks to the projected one.
const presenterWindow = new URLSearchParams(window.location.search).has('presenter')
// Embedding is decided once, from the URL the iframe was opened with.
const embedOptions = parseEmbedOptions(window.location.search, window.location.hash)
if (!presenterWindow) {
  // The URL is read before the first render so a shared link opens straight on its region.
  startHashSync(appStore, window, embedHashParams(window.location.hash))
  if (embedOptions.problem) appStore.getState().actions.showNotice(embedOptions.problem)
  window.chainExplorer = createChainExplorerApi(appStore, sceneBridge)
  startMessageBridge(window.chainExplorer, window, embedOptions.bridge)
  // The gait-analysis worker measures each chain's strides before its links fade in.
  startChainStrideWarmup(appStore)
  if (!embedOptions.embed) startPresenterBridge(appStore)
}
// The development server changes files under the worker's feet: offline copies are for real builds only.
if (import.meta.env.PROD) whenFirstScreenSettled(appStore, () => void registerOfflineSupport())

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// The presenter window's own view loads only in that window: the projected page never needs it.
const PresenterView = lazy(() => import('./ui/presenter/PresenterView').then((m) => ({ default: m.PresenterView })))

createRoot(root).render(
  <StrictMode>
    {presenterWindow ? (
      <Suspense fallback={null}>
        <PresenterView />
      </Suspense>
    ) : (
      <App embedded={embedOptions.embed} />
    )}
  </StrictMode>,
)
