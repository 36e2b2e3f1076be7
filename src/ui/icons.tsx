/** Small inline icons (no icon font, no network): they inherit the text colour. */
const common = { width: 18, height: 18, viewBox: '0 0 24 24', 'aria-hidden': true, focusable: false } as const

export const PlayIcon = () => (
  <svg {...common}>
    <path d="M7 4.5v15l13-7.5z" fill="currentColor" />
  </svg>
)

export const PauseIcon = () => (
  <svg {...common}>
    <rect x="6" y="4.5" width="4.2" height="15" rx="1" fill="currentColor" />
    <rect x="13.8" y="4.5" width="4.2" height="15" rx="1" fill="currentColor" />
  </svg>
)

export const PreviousIcon = () => (
  <svg {...common}>
    <rect x="4.5" y="5" width="2.6" height="14" rx="1" fill="currentColor" />
    <path d="M19.5 5v14L8.5 12z" fill="currentColor" />
  </svg>
)

export const NextIcon = () => (
  <svg {...common}>
    <rect x="16.9" y="5" width="2.6" height="14" rx="1" fill="currentColor" />
    <path d="M4.5 5v14l11-7z" fill="currentColor" />
  </svg>
)

export const SettingsIcon = () => (
  <svg {...common}>
    <path d="M4 7h9M17 7h3M4 17h3M11 17h9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    <circle cx="15" cy="7" r="2.2" fill="none" stroke="currentColor" strokeWidth="2" />
    <circle cx="9" cy="17" r="2.2" fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
)

export const ChartIcon = () => (
  <svg {...common}>
    <path d="M4 19V5M4 19h16" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    <path d="M7 15c2.5-7 5-7 7-3s3 3 5-3" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
  </svg>
)
