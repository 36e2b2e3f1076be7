// Runs before `npm test`: stops early with advice, not a stack trace, when a prerequisite is missing.
import { BROWSER_ADVICE, findChrome } from './find-chrome.mjs'

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(`npm test needs Node.js 20.19 or newer; this is ${process.versions.node}.`)
  process.exit(1)
}

if (process.env.CHROME_PATH && !findChrome()) {
  console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.\n`)
  console.error(BROWSER_ADVICE)
  process.exit(1)
}
if (!findChrome()) {
  console.error(BROWSER_ADVICE)
  process.exit(1)
}
