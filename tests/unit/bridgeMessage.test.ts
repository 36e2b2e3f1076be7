import { describe, expect, it } from 'vitest'
import { acceptsOrigin, parseOrigin, readBridgeMessage, replyTarget, type OriginPolicy } from '../../src/api/bridgeMessage'
import { createAppStore } from '../../src/state/store'
import { createChainExplorerApi } from '../../src/api/chainExplorer'
import { startMessageBridge } from '../../src/api/messageBridge'

describe('the shape of a bridge message', () => {
  it('reads a well-formed request: a known verb, an array of short arguments, a number or string id', () => {
    expect(readBridgeMessage({ chainExplorer: 'select', args: ['knee-left'], id: 7 })).toEqual({
      kind: 'request',
      request: { verb: 'select', args: ['knee-left'], id: 7 },
    })
    expect(readBridgeMessage({ chainExplorer: 'state' })).toEqual({ kind: 'request', request: { verb: 'state', args: [], id: null } })
    expect(readBridgeMessage({ chainExplorer: 'select', args: ['hip-left', { condition: 'hip-oa' }], id: 'a' })).toMatchObject({ kind: 'request' })
  })

  it('ignores what is not addressed to the app, including its own replies and change notices', () => {
    for (const data of ['hello', 42, null, undefined, [], { type: 'resize' }, { chainExplorer: 3 }, { chainExplorer: 'reply', id: 1 }, { chainExplorer: 'change' }]) {
      expect(readBridgeMessage(data), JSON.stringify(data)).toEqual({ kind: 'ignore' })
    }
  })

  it('refuses, with a reason, messages for the app that break the shape', () => {
    const cases: [unknown, RegExp][] = [
      [{ chainExplorer: 'on', id: 1 }, /^Unknown verb "on"/],
      [{ chainExplorer: 'constructor', id: 1 }, /^Unknown verb/],
      [{ chainExplorer: 'select', args: 'knee-left', id: 1 }, /args must be an array/],
      [{ chainExplorer: 'select', args: [1, 2, 3, 4, 5], id: 1 }, /args must be an array/],
      [{ chainExplorer: 'select', args: ['x'.repeat(201)], id: 1 }, /args must be an array/],
      [{ chainExplorer: 'select', args: [{ nested: { deep: true } }], id: 1 }, /args must be an array/],
      [{ chainExplorer: 'select', args: [Number.NaN], id: 1 }, /args must be an array/],
      [{ chainExplorer: 'select', args: ['knee-left'], id: 1, html: '<b>x</b>' }, /Unexpected field "html"/],
      [{ chainExplorer: 'state', id: { a: 1 } }, /The id must be/],
      [{ chainExplorer: 'state', id: 'i'.repeat(65) }, /The id must be/],
    ]
    for (const [data, error] of cases) {
      expect(readBridgeMessage(data), JSON.stringify(data)).toMatchObject({ kind: 'malformed', error: expect.stringMatching(error) })
    }
  })

  it('keeps a valid id in the error reply so the sender can match it', () => {
    expect(readBridgeMessage({ chainExplorer: 'fly', id: 'q1' })).toMatchObject({ kind: 'malformed', id: 'q1' })
    expect(readBridgeMessage({ chainExplorer: 'state', id: [] })).toMatchObject({ kind: 'malformed', id: null })
  })
})

describe('origins', () => {
  it('reads an origin from a link, and nothing else', () => {
    expect(parseOrigin('https://school.example')).toBe('https://school.example')
    expect(parseOrigin('https://school.example/')).toBe('https://school.example')
    expect(parseOrigin('http://localhost:8000')).toBe('http://localhost:8000')
    for (const bad of ['school.example', 'https://school.example/course', 'javascript:alert(1)', 'file:///x', 'https://u:p@school.example', '*', '']) {
      expect(parseOrigin(bad), bad).toBeNull()
    }
  })

  it('accepts any origin by default, exactly one when set, none when the link was broken', () => {
    const one: OriginPolicy = { accept: 'one', origin: 'https://school.example' }
    expect(acceptsOrigin({ accept: 'any' }, 'https://anyone.example')).toBe(true)
    expect(acceptsOrigin(one, 'https://school.example')).toBe(true)
    expect(acceptsOrigin(one, 'https://school.example.evil.test')).toBe(false)
    expect(acceptsOrigin(one, 'http://school.example')).toBe(false)
    expect(acceptsOrigin({ accept: 'none' }, 'https://school.example')).toBe(false)
  })

  it('replies only to the allowed origin when there is one, else to the sender', () => {
    expect(replyTarget({ accept: 'one', origin: 'https://school.example' }, 'https://school.example')).toBe('https://school.example')
    expect(replyTarget({ accept: 'any' }, 'https://lms.example')).toBe('https://lms.example')
    expect(replyTarget({ accept: 'any' }, 'null')).toBe('*')
  })
})

/** An iframe's window: it receives messages from given origins and posts to its parent. */
function fakeFrame() {
  const listeners: ((e: MessageEvent) => void)[] = []
  const toParent: { data: unknown; target: unknown }[] = []
  const replies: { data: unknown; options: unknown }[] = []
  const win = {
    addEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.push(fn),
    removeEventListener: (_: string, fn: (e: MessageEvent) => void) => listeners.splice(listeners.indexOf(fn), 1),
    parent: { postMessage: (data: unknown, target: unknown) => toParent.push({ data, target }) },
  }
  const source = { postMessage: (data: unknown, options: unknown) => replies.push({ data, options }) }
  const send = (data: unknown, origin: string, from: unknown = source) =>
    listeners.forEach((fn) => fn({ data, source: from, origin } as unknown as MessageEvent))
  return { win: win as unknown as Window, send, replies, toParent }
}

describe('the bridge with an origin set', () => {
  const policy: OriginPolicy = { accept: 'one', origin: 'https://school.example' }

  it('obeys the allowed origin and replies to it only; other origins get nothing and change nothing', () => {
    const store = createAppStore()
    const frame = fakeFrame()
    startMessageBridge(createChainExplorerApi(store), frame.win, policy)
    frame.send({ chainExplorer: 'select', args: ['hip-left'], id: 1 }, 'https://evil.example')
    expect(store.getState().region).toBeNull()
    expect(frame.replies).toEqual([])
    frame.send({ chainExplorer: 'select', args: ['hip-left'], id: 2 }, 'https://school.example')
    expect(store.getState().region).toBe('hip-left')
    expect(frame.replies).toEqual([{ data: { chainExplorer: 'reply', id: 2, result: null }, options: { targetOrigin: 'https://school.example' } }])
    expect(frame.toParent.map((m) => m.target)).toEqual(['https://school.example'])
  })

  it('never throws: a sender without a window, a reply that cannot be posted, a verb that throws', () => {
    const store = createAppStore()
    const frame = fakeFrame()
    startMessageBridge(createChainExplorerApi(store), frame.win, policy)
    const broken = { postMessage: () => { throw new Error('detached') } }
    expect(() => frame.send({ chainExplorer: 'state', id: 1 }, 'https://school.example', null)).not.toThrow()
    expect(() => frame.send({ chainExplorer: 'state', id: 2 }, 'https://school.example', broken)).not.toThrow()
    frame.send({ chainExplorer: 'screenPosition', args: ['elbow'], id: 3 }, 'https://school.example')
    expect(frame.replies).toEqual([{ data: { chainExplorer: 'reply', id: 3, error: expect.stringContaining('"elbow"') }, options: expect.anything() }])
  })

  it('accepts no one and tells the parent nothing when the link named no valid origin', () => {
    const store = createAppStore()
    const frame = fakeFrame()
    startMessageBridge(createChainExplorerApi(store), frame.win, { accept: 'none' })
    frame.send({ chainExplorer: 'select', args: ['pelvis'], id: 1 }, 'https://school.example')
    store.getState().actions.select('lumbar')
    expect(frame.replies).toEqual([])
    expect(frame.toParent).toEqual([])
  })
})
