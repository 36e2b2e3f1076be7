/**
 * The baseline of `npm run bench`: the smallest react-three-fiber page that draws something, one lit
 * cube, built by the app's own Vite config with the same React, fiber and three. The app's load and
 * frame figures are read against this page's.
 */
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { BareScene } from './BareScene'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <BareScene />
  </StrictMode>,
)
