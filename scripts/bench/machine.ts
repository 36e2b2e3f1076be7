import { readFileSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  node: string
  /** Filled in from the browser: its version and the WebGL renderer string. */
  chromium: string
  webglRenderer: string
  date: string
  /** 1-minute load average when the bench started and ended: other work on the machine skews every time. */
  loadAverage: { start: number; end: number }
}

/** The CPU as /proc/cpuinfo names it (Linux), else as Node reports it. */
function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8').split('\n').find((l) => l.startsWith('model name'))
    if (line) return line.split(':')[1]!.trim()
  } catch {
    // not Linux: fall through
  }
  return cpus()[0]?.model ?? 'unknown'
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    chromium: 'unknown',
    webglRenderer: 'unknown',
    date: new Date().toISOString(),
    loadAverage: { start: loadavg()[0]!, end: Number.NaN },
  }
}

export const currentLoad = (): number => loadavg()[0]!
