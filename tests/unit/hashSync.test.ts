import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../src/state/store'
import { startHashSync } from '../../src/state/hashSync'

/** pushState/replaceState get either a hash or the bare path; the fake keeps only the hash. */
const hashOf = (url: string) => (url.startsWith('#') ? url : '')

/** A minimal stand-in for window.location + history + events, enough to follow the sync's rules. */
function fakeWindow(initialHash = '') {
  const entries = [initialHash]
  let index = 0
  const listeners = new Map<string, Set<() => void>>()
  const win = {
    location: {
      get hash() {
        return entries[index]!
      },
      pathname: '/',
      search: '',
    },
    history: {
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1)
        entries.push(hashOf(url))
        index++
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[index] = hashOf(url)
      },
    },
    addEventListener: (type: string, fn: () => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set())
      listeners.get(type)!.add(fn)
    },
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
  }
  const back = () => {
    index--
    listeners.get('popstate')?.forEach((fn) => fn())
  }
  return { win: win as unknown as Window, entries, back, index: () => index }
}

describe('hash sync', () => {
  it('opens the region named in the link', () => {
    const store = createAppStore()
    const { win } = fakeWindow('#region=ankle-left')
    startHashSync(store, win)
    expect(store.getState()).toMatchObject({ region: 'ankle-left', panelOpen: true, notice: null })
  })

  it('opens the condition named in the link, and warns and shows the default for a wrong one', () => {
    const store = createAppStore()
    startHashSync(store, fakeWindow('#region=knee-right&condition=stiff-knee').win)
    expect(store.getState()).toMatchObject({ region: 'knee-right', condition: 'stiff-knee', notice: null })
    const other = createAppStore()
    const fake = fakeWindow('#region=knee-right&condition=sacroiliac-joint-pain')
    startHashSync(other, fake.win)
    expect(other.getState()).toMatchObject({ region: 'knee-right', condition: 'stiff-knee' })
    expect(other.getState().notice?.text).toContain('sacroiliac-joint-pain')
    expect(fake.entries).toEqual(['#region=knee-right'])
  })

  it('pushes a history entry per region and restores it on Back', () => {
    const store = createAppStore()
    const fake = fakeWindow()
    startHashSync(store, fake.win)
    store.getState().actions.select('knee-left')
    store.getState().actions.select('hip-right')
    expect(fake.entries).toEqual(['', '#region=knee-left', '#region=hip-right'])
    fake.back()
    expect(store.getState().region).toBe('knee-left')
    fake.back()
    expect(store.getState().region).toBeNull()
    // Going back must not itself add entries.
    expect(fake.entries).toHaveLength(3)
  })

  it('does not add entries for changes that keep the region', () => {
    const store = createAppStore()
    const fake = fakeWindow()
    startHashSync(store, fake.win)
    store.getState().actions.select('pelvis')
    store.getState().actions.closePanel()
    store.getState().actions.openPanel()
    expect(fake.entries).toEqual(['', '#region=pelvis'])
  })

  it('shows a notice for an unknown region, keeps the overview and cleans the URL', () => {
    const store = createAppStore()
    const fake = fakeWindow('#region=shoulder')
    startHashSync(store, fake.win)
    expect(store.getState().region).toBeNull()
    expect(store.getState().notice?.text).toMatch(/shoulder.*overview/)
    expect(fake.entries[fake.index()]).toBe('')
  })

  it('rewrites the short form into the canonical one without a new entry', () => {
    const store = createAppStore()
    const fake = fakeWindow('#lumbar')
    startHashSync(store, fake.win)
    expect(store.getState().region).toBe('lumbar')
    expect(fake.entries).toEqual(['#region=lumbar'])
  })

  it('stops listening when stopped', () => {
    const store = createAppStore()
    const fake = fakeWindow()
    const stop = startHashSync(store, fake.win)
    stop()
    store.getState().actions.select('knee-right')
    expect(fake.entries).toEqual([''])
  })
})

describe('hash sync of the chain state', () => {
  it('opens a shared link on its step, speed and mode', () => {
    const store = createAppStore()
    const fake = fakeWindow('#region=knee-right&step=3&speed=0.5&mode=present')
    startHashSync(store, fake.win)
    expect(store.getState()).toMatchObject({ region: 'knee-right', step: 2, speed: 0.5, mode: 'present', playing: true })
  })

  it('updates the current entry, without new history, as the chain moves on', () => {
    const store = createAppStore()
    const fake = fakeWindow()
    startHashSync(store, fake.win)
    store.getState().actions.select('ankle-left')
    store.getState().actions.next()
    store.getState().actions.setSpeed(2)
    expect(fake.entries).toEqual(['', '#region=ankle-left&step=2&speed=2'])
  })

  it('keeps what it understood from a partly broken link', () => {
    const store = createAppStore()
    const fake = fakeWindow('#region=hip-left&speed=fast')
    startHashSync(store, fake.win)
    expect(store.getState()).toMatchObject({ region: 'hip-left', speed: 1 })
    expect(store.getState().notice?.text).toContain('fast')
    expect(fake.entries[fake.index()]).toBe('#region=hip-left')
  })

  it('keeps the embedding parameters at the end of every hash it writes', () => {
    const store = createAppStore()
    const { win, entries } = fakeWindow('#embed=1&origin=https%3A%2F%2Fschool.example')
    startHashSync(store, win, 'embed=1&origin=https%3A%2F%2Fschool.example')
    expect(store.getState().notice).toBeNull()
    store.getState().actions.select('knee-left')
    store.getState().actions.next()
    expect(entries.at(-1)).toBe('#region=knee-left&step=2&embed=1&origin=https%3A%2F%2Fschool.example')
    store.getState().actions.select(null)
    expect(entries.at(-1)).toBe('#embed=1&origin=https%3A%2F%2Fschool.example')
  })
})
