// React only flushes act() work in environments that declare themselves as test environments.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

// three r18x warns that fiber's internal Clock is deprecated; it is not ours to fix, so keep it out of the output.
const warn = console.warn
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === 'string' && args[0].startsWith('THREE.Clock: This module has been deprecated')) return
  warn(...args)
}
