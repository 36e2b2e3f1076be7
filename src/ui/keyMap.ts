/**
 * Every keyboard shortcut, once: the page's key handler (useGlobalKeys), the 3D view's
 * (stageKeys), the shortcuts dialog and the README "Keyboard" table all read this list
 * (tests/unit/keyMap.test.ts holds the README to it). Pure data: no React.
 */

/** What a key does on the whole page. */
export type PageAction =
  | 'toggle-play'
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  | 'view-front'
  | 'view-back'
  | 'view-left'
  | 'view-right'
  | 'view-top'
  | 'view-reset'
  | 'full-screen'
  | 'black'
  | 'white'
  | 'kind-1'
  | 'kind-2'
  | 'kind-3'
  | 'kind-4'
  | 'kind-5'
  | 'toggle-names'
  | 'toggle-fade-others'
  | 'cycle-muscles'
  | 'toggle-present'
  | 'escape'
  | 'help'

/** What a key does while the 3D view has focus. */
export type StageAction = 'turn-left' | 'turn-right' | 'turn-up' | 'turn-down' | 'pan-left' | 'pan-right' | 'pan-up' | 'pan-down' | 'zoom-in' | 'zoom-out'

/** One key (a KeyboardEvent.key; single characters lower case) and what it does. */
export interface KeyBinding<A extends string> {
  key: string
  /**
   * true = with Shift, absent = without. Page keys other than letters ignore Shift, since some (such
   * as '?') need it on common layouts; a page letter with Shift is another key (Shift+F is not F).
   */
  shift?: boolean
  action: A
}

/** One row of the shortcuts list: the keys as people read them, what they do, and the bindings behind it. */
export interface KeyMapEntry {
  keys: string
  description: string
  page?: readonly KeyBinding<PageAction>[]
  stage?: readonly KeyBinding<StageAction>[]
}

export const KEY_MAP: readonly KeyMapEntry[] = [
  {
    keys: 'Space or K',
    description: 'Play or pause the chain (in a lesson, Space at the end of a chain goes on)',
    page: [
      { key: ' ', action: 'toggle-play' },
      { key: 'k', action: 'toggle-play' },
    ],
  },
  {
    keys: 'Page Down or →',
    description: 'Next link, then the next title card of a lesson (presentation clickers send these)',
    page: [
      { key: 'PageDown', action: 'next' },
      { key: 'ArrowRight', action: 'next' },
    ],
  },
  {
    keys: 'Page Up or ←',
    description: 'Previous link, back across the chains of a lesson',
    page: [
      { key: 'PageUp', action: 'previous' },
      { key: 'ArrowLeft', action: 'previous' },
    ],
  },
  {
    keys: 'Home and End',
    description: 'First and last title card of a lesson (outside one: first and last link)',
    page: [
      { key: 'Home', action: 'first' },
      { key: 'End', action: 'last' },
    ],
  },
  {
    keys: 'B or .',
    description: 'Black screen; any key brings the picture back',
    page: [
      { key: 'b', action: 'black' },
      { key: '.', action: 'black' },
    ],
  },
  {
    keys: 'W or ,',
    description: 'White screen; any key brings the picture back',
    page: [
      { key: 'w', action: 'white' },
      { key: ',', action: 'white' },
    ],
  },
  { keys: 'F', description: 'Full screen on or off', page: [{ key: 'f', action: 'full-screen' }] },
  {
    keys: '1 to 5',
    description: 'Lumbar spine, pelvis, hip, knee, ankle (each with its first condition)',
    page: [
      { key: '1', action: 'kind-1' },
      { key: '2', action: 'kind-2' },
      { key: '3', action: 'kind-3' },
      { key: '4', action: 'kind-4' },
      { key: '5', action: 'kind-5' },
    ],
  },
  {
    keys: 'Shift+F, Shift+B, Shift+L, Shift+R, Shift+T',
    description: 'Front, back, left, right (the skeleton’s own) and top views',
    page: [
      { key: 'f', shift: true, action: 'view-front' },
      { key: 'b', shift: true, action: 'view-back' },
      { key: 'l', shift: true, action: 'view-left' },
      { key: 'r', shift: true, action: 'view-right' },
      { key: 't', shift: true, action: 'view-top' },
    ],
  },
  { keys: '0', description: 'Reset the view', page: [{ key: '0', action: 'view-reset' }] },
  {
    keys: 'Arrows in the 3D view',
    description: 'Turn the skeleton (Shift: move it)',
    stage: [
      { key: 'ArrowLeft', action: 'turn-left' },
      { key: 'ArrowRight', action: 'turn-right' },
      { key: 'ArrowUp', action: 'turn-up' },
      { key: 'ArrowDown', action: 'turn-down' },
      { key: 'ArrowLeft', shift: true, action: 'pan-left' },
      { key: 'ArrowRight', shift: true, action: 'pan-right' },
      { key: 'ArrowUp', shift: true, action: 'pan-up' },
      { key: 'ArrowDown', shift: true, action: 'pan-down' },
    ],
  },
  {
    keys: '+ and − in the 3D view',
    description: 'Zoom in and out',
    stage: [
      { key: '+', action: 'zoom-in' },
      { key: '=', action: 'zoom-in' },
      { key: '+', shift: true, action: 'zoom-in' },
      { key: '-', action: 'zoom-out' },
      { key: '_', shift: true, action: 'zoom-out' },
    ],
  },
  { keys: 'N', description: 'Show or hide region names', page: [{ key: 'n', action: 'toggle-names' }] },
  { keys: 'G', description: 'Fade the bones outside the chain', page: [{ key: 'g', action: 'toggle-fade-others' }] },
  { keys: 'M', description: 'Muscles: off, the chain’s muscles, all', page: [{ key: 'm', action: 'cycle-muscles' }] },
  { keys: 'P', description: 'Presenter mode on or off', page: [{ key: 'p', action: 'toggle-present' }] },
  { keys: 'Esc', description: 'Close the explanation, then leave the lesson or the region', page: [{ key: 'Escape', action: 'escape' }] },
  { keys: '?', description: 'This list of shortcuts', page: [{ key: '?', action: 'help' }] },
]

/** The key of a KeyboardEvent as the map writes it: single characters lower case. */
export function normaliseKey(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key
}

const isLetter = (key: string) => /^[a-z]$/.test(key)
const PAGE = new Map(KEY_MAP.flatMap((e) => e.page ?? []).map((b) => [`${b.shift ? 'shift+' : ''}${b.key}`, b.action]))
const STAGE = new Map(KEY_MAP.flatMap((e) => e.stage ?? []).map((b) => [`${b.shift ? 'shift+' : ''}${b.key}`, b.action]))

/** The page action of a key press (KeyboardEvent.key and shiftKey), or null. */
export function pageActionFor(key: string, shift = false): PageAction | null {
  const k = normaliseKey(key)
  return PAGE.get(`${shift && isLetter(k) ? 'shift+' : ''}${k}`) ?? null
}

/** The 3D view's action of a key press, or null. */
export function stageActionFor(key: string, shift: boolean): StageAction | null {
  return STAGE.get(`${shift ? 'shift+' : ''}${normaliseKey(key)}`) ?? null
}
