export function findChrome(env?: Record<string, string | undefined>): string | null
export const BROWSER_ADVICE: string
export const CHROME_ARGS: string[]
