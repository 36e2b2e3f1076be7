import { useAppStore } from '../state/store'

export function AppHeader() {
  const hasSelection = useAppStore((s) => s.region !== null)
  return (
    <header className="app-header">
      <h1>Compensation Chain Explorer</h1>
      <p className="app-header__hint">
        {hasSelection
          ? 'Follow how this region’s problem reaches the low back.'
          : 'Choose a region to see how it reaches the low back.'}
      </p>
    </header>
  )
}
