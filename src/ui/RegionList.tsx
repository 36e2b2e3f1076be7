import { REGIONS } from '../anatomy/regions'
import { useActions, useAppStore } from '../state/store'
import './RegionList.css'

/** One real button per region: the keyboard and screen-reader way to choose, always in sync with the 3D view. */
export function RegionList() {
  const selected = useAppStore((s) => s.region)
  const { select, openPanel, setHoverRegion } = useActions()
  return (
    <nav className="region-list" aria-label="Body regions">
      <h2 className="region-list__title">Regions</h2>
      <ul>
        {REGIONS.map((region) => {
          const pressed = region.key === selected
          return (
            <li key={region.key}>
              <button
                type="button"
                className="region-button"
                data-region={region.key}
                data-kind={region.kind}
                aria-pressed={pressed}
                onClick={() => (pressed ? openPanel() : select(region.key))}
                onFocus={() => setHoverRegion(region.key)}
                onBlur={() => setHoverRegion(null)}
                onPointerEnter={() => setHoverRegion(region.key)}
                onPointerLeave={() => setHoverRegion(null)}
              >
                <span className="region-button__dot" aria-hidden="true" />
                {region.label}
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
