import { useMediaQuery } from './useMediaQuery'

/** True when the user has asked the system for less motion; follows changes live. */
export function useReducedMotion(): boolean {
  return useMediaQuery('(prefers-reduced-motion: reduce)')
}
