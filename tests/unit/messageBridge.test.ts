import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../src/state/store'
import { createChainExplorerApi } from '../../src/api/chainExplorer'
import { startMessageBridge } from '../../src/api/messageBridge'

/** A window in an iframe: it receives messages and posts to its parent. */
function fakeFrame() {
  const listeners: ((e: MessageEvent) => void)[] = []
  const toParent: unknown[] = []
  const parent = { postMessage: (data: unknown) => toParent.push(data) }
  const win = {
    addEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.push(fn),
    removeEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.splice(listeners.indexOf(fn), 1),
    parent,
  }
  const replies: unknown[] = []
  const source = { postMessage: (data: unknown) => replies.push(data) }
  const send = (data: unknown) => listeners.forEach((fn) => fn({ data, source, origin: 'https://lms.example.org' } as unknown as MessageEvent))
  return { win: win as unknown as Window, send, replies, toParent, listeners }
}

describe('postMessage bridge', () => {
  it('runs the API verbs sent by the embedding page and replies with the result', () => {
    const store = createAppStore()
    const frame = fakeFrame()
    startMessageBridge(createChainExplorerApi(store), frame.win)
    frame.send({ chainExplorer: 'select', args: ['knee-left'], id: 1 })
    frame.send({ chainExplorer: 'next', id: 2 })
    frame.send({ chainExplorer: 'state', id: 3 })
    expect(store.getState()).toMatchObject({ region: 'knee-left', step: 1 })
    expect(frame.replies[0]).toEqual({ chainExplorer: 'reply', id: 1, result: null })
    expect(frame.replies[2]).toMatchObject({ chainExplorer: 'reply', id: 3, result: { region: 'knee-left', step: 1, steps: 5 } })
  })

  it('lists and selects conditions through messages', () => {
    const store = createAppStore()
    const frame = fakeFrame()
    startMessageBridge(createChainExplorerApi(store), frame.win)
    frame.send({ chainExplorer: 'conditions', args: ['hip-left'], id: 1 })
    frame.send({ chainExplorer: 'select', args: ['hip-left', { condition: 'hip-osteoarthritis' }], id: 2 })
    frame.send({ chainExplorer: 'select', args: ['hip-left', { condition: 'stiff-knee' }], id: 3 })
    expect(frame.replies[0]).toEqual({ chainExplorer: 'reply', id: 1, result: expect.arrayContaining([{ id: 'hip-osteoarthritis', label: expect.any(String) }]) })
    expect(frame.replies[2]).toMatchObject({ id: 3, error: expect.stringContaining('stiff-knee') })
    expect(store.getState()).toMatchObject({ region: 'hip-left', condition: 'hip-osteoarthritis' })
  })

  it('answers unknown verbs and bad arguments with an error, and ignores other messages', () => {
    const store = createAppStore()
    const frame = fakeFrame()
    startMessageBridge(createChainExplorerApi(store), frame.win)
    frame.send({ chainExplorer: 'on', id: 1 })
    frame.send({ chainExplorer: 'select', args: ['<b>toe</b>'], id: 2 })
    frame.send('hello')
    frame.send({ somethingElse: true })
    expect(frame.replies).toEqual([
      { chainExplorer: 'reply', id: 1, error: 'Unknown verb "on"' },
      { chainExplorer: 'reply', id: 2, error: expect.stringContaining('"<b>toe</b>"') },
    ])
    expect(store.getState().region).toBeNull()
  })

  it('tells the parent page about every change, and stops when stopped', () => {
    const store = createAppStore()
    const frame = fakeFrame()
    const stop = startMessageBridge(createChainExplorerApi(store), frame.win)
    store.getState().actions.select('pelvis')
    expect(frame.toParent).toEqual([{ chainExplorer: 'change', state: expect.objectContaining({ region: 'pelvis' }) }])
    stop()
    store.getState().actions.select('lumbar')
    expect(frame.toParent).toHaveLength(1)
    expect(frame.listeners).toHaveLength(0)
  })
})
