// Finds a Chromium or Chrome for the browser tests. Test tools never download their own browser.
import { existsSync } from 'node:fs'

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
]

/** @returns {string | null} the path of a browser executable, or null when none is found */
export function findChrome(env = process.env) {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : null
  return CANDIDATES.find((path) => existsSync(path)) ?? null
}

export const BROWSER_ADVICE = [
  'The browser tests need Chromium or Chrome, and none was found.',
  '  - Set CHROME_PATH to its executable, for example: CHROME_PATH=/usr/bin/chromium npm test',
  '  - or install it. Debian/Ubuntu: sudo apt-get install chromium',
  `Looked in: ${'$'}CHROME_PATH, ${CANDIDATES.slice(0, 5).join(', ')}, and the usual macOS/Windows paths.`,
].join('\n')

/**
 * Launch flags for Debian's Chromium in every tool and test (DESIGN section 5): SwiftShader WebGL without
 * a GPU, and no background traffic to Google's hosts. Avoid --use-gl=swiftshader and the Vulkan flags.
 */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
]
