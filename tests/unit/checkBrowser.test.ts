import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('npm test prerequisites', () => {
  it('stops with advice, not a stack trace, when the browser cannot be found', () => {
    const run = spawnSync(process.execPath, ['scripts/check-browser.mjs'], {
      env: { ...process.env, CHROME_PATH: '/nowhere/chromium' },
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('apt-get install chromium')
    expect(run.stderr).toContain('CHROME_PATH')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('passes when CHROME_PATH points at an executable', () => {
    const run = spawnSync(process.execPath, ['scripts/check-browser.mjs'], {
      env: { ...process.env, CHROME_PATH: process.execPath },
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
  })
})
