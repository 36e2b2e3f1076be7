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
  | 'view-front'
  | 'view-back'
  | 'view-left'
  | 'view-right'
  | 'view-top'
  | 'view-reset'
  | 'toggle-names'
  | 'toggle-fade-others'
  | 'cycle-muscles'
  | 'toggle-present'
  | 'blackout'
  | 'escape'
  | 'help'

/** What a key does while the 3D view has focus. */
export type StageAction = 'turn-left' | 'turn-right' | 'turn-up' | 'turn-down' | 'pan-left' | 'pan-right' | 'pan-up' | 'pan-down' | 'zoom-in' | 'zoom-out'

/** One key (a KeyboardEvent.key; single characters lower case) and what it does. */
export interface KeyBinding<A extends string> {
  key: string
  /**
   * 3D view keys only: true = with Shift, absent = without. Page keys ignore Shift, since some
   * (such as '?') need it on common layouts.
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
    description: 'Play or pause the chain',
    page: [
      { key: ' ', action: 'toggle-play' },
      { key: 'k', action: 'toggle-play' },
    ],
  },
  {
    keys: 'Page Down or →',
    description: 'Next link (presentation clickers send these)',
    page: [
      { key: 'PageDown', action: 'next' },
      { key: 'ArrowRight', action: 'next' },
    ],
  },
  {
    keys: 'Page Up or ←',
    description: 'Previous link',
    page: [
      { key: 'PageUp', action: 'previous' },
      { key: 'ArrowLeft', action: 'previous' },
    ],
  },
  {
    keys: 'F, B, L, R, T',
    description: 'Front, back, left, right (the skeleton’s own) and top views',
    page: [
      { key: 'f', action: 'view-front' },
      { key: 'b', action: 'view-back' },
      { key: 'l', action: 'view-left' },
      { key: 'r', action: 'view-right' },
      { key: 't', action: 'view-top' },
    ],
  },
  {
    keys: '0 or Home',
    description: 'Reset the view',
    page: [
      { key: '0', action: 'view-reset' },
      { key: 'Home', action: 'view-reset' },
    ],
  },
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
  { keys: '. (in presenter mode)', description: 'Black screen; any key brings it back', page: [{ key: '.', action: 'blackout' }] },
  { keys: 'Esc', description: 'Close the explanation, then leave the region', page: [{ key: 'Escape', action: 'escape' }] },
  { keys: '?', description: 'This list of shortcuts', page: [{ key: '?', action: 'help' }] },
]

/** The key of a KeyboardEvent as the map writes it: single characters lower case. */
export function normaliseKey(key: string): string {
  return key.length === 1 ? key.toLowerCase() : key
}

const PAGE = new Map(KEY_MAP.flatMap((e) => e.page ?? []).map((b) => [b.key, b.action]))
const STAGE = new Map(KEY_MAP.flatMap((e) => e.stage ?? []).map((b) => [`${b.shift ? 'shift+' : ''}${b.key}`, b.action]))

/** The page action of a key (KeyboardEvent.key), or null. */
export function pageActionFor(key: string): PageAction | null {
  return PAGE.get(normaliseKey(key)) ?? null
}

/** The 3D view's action of a key press, or null. */
export function stageActionFor(key: string, shift: boolean): StageAction | null {
  return STAGE.get(`${shift ? 'shift+' : ''}${normaliseKey(key)}`) ?? null
}
