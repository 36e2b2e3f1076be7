import { useEffect } from 'react'
import { useThree, type RootState } from '@react-three/fiber'
import { gaitAnalysisCounts } from '../analysis/gaitAnalysisClient'
import { strideMeasurementCount } from '../gait'
import { appStore } from '../state/store'

/** Only with `?debug` in the URL: the renderer's state, for `npm run bench` and for debugging. */
export interface ChainExplorerDebug {
  three: () => RootState
  /** Where the panel's gait analyses were worked out, and how many strides this thread measured itself. */
  gaitAnalysis: () => { here: number; worker: number; grids: number; stridesMeasuredHere: number }
  /** The quality ladder's level now (0 best; src/quality/ladder.ts). */
  quality: () => number
}

declare global {
  interface Window {
    chainExplorerDebug?: ChainExplorerDebug
  }
}

/** Exposes the fiber root state when the page was opened with `?debug`; nothing otherwise. */
export function DebugProbe() {
  const get = useThree((s) => s.get)
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has('debug')) return
    window.chainExplorerDebug = {
      three: get,
      gaitAnalysis: () => ({ ...gaitAnalysisCounts, stridesMeasuredHere: strideMeasurementCount() }),
      quality: () => appStore.getState().quality,
    }
    return () => {
      delete window.chainExplorerDebug
    }
  }, [get])
  return null
}
