import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { appStore } from './state/store'
import { startHashSync } from './state/hashSync'
import { createChainExplorerApi, sceneBridge } from './api/chainExplorer'
import { startMessageBridge } from './api/messageBridge'
import './styles/app.css'

// The URL is read before the first render so a shared link opens straight on its region.
startHashSync(appStore)
window.chainExplorer = createChainExplorerApi(appStore, sceneBridge)
startMessageBridge(window.chainExplorer)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
