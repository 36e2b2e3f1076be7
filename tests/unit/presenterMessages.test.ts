import { describe, expect, it } from 'vitest'
import { isCommandMessage, presenterSnapshot } from '../../src/presenter/presenterMessages'
import { startPresenterBridge } from '../../src/presenter/presenterBridge'
import { createAppStore } from '../../src/state/store'

describe('presenter view messages', () => {
  it('obeys only a command of the documented shape', () => {
    expect(isCommandMessage({ type: 'command', command: 'forward' })).toBe(true)
    expect(isCommandMessage({ type: 'command', command: 'eval' })).toBe(false)
    expect(isCommandMessage({ type: 'command', command: 'forward', extra: 1 })).toBe(false)
    expect(isCommandMessage('forward')).toBe(false)
    expect(isCommandMessage(null)).toBe(false)
  })

  it("gives the laptop the slide, the next one and the chain's classroom notes", () => {
    const store = createAppStore()
    store.getState().actions.startLesson({ items: [{ condition: 'stiff-knee', side: 'right', severity: 0.8 }], predict: true })
    const card = presenterSnapshot(store.getState())
    expect(card.position).toMatch(/^Chain 1 of 1 · slide 1 of \d+$/)
    expect(card.now.heading).toMatch(/Title card: /)
    expect(card.next).toMatch(/^Step 1: /)
    expect(card.notes!.questions).toHaveLength(3)
    expect(card.notes!.objectives.join(' ')).not.toMatch(/\[\[|\{side\}/)
    store.getState().actions.goToSlide(2)
    expect(presenterSnapshot(store.getState()).now.heading).toBe('Which region takes the strain next?')
  })

  it('drives the store from the channel and answers a hello with a snapshot', () => {
    const store = createAppStore()
    store.getState().actions.startLesson({ items: [{ condition: 'stiff-knee', side: 'left', severity: 0.8 }], predict: false })
    const posted: unknown[] = []
    let listener: ((e: MessageEvent) => void) | null = null
    const fake = {
      postMessage: (m: unknown) => posted.push(m),
      addEventListener: (_: string, fn: (e: MessageEvent) => void) => (listener = fn),
      close: () => {},
    } as unknown as BroadcastChannel
    const stop = startPresenterBridge(store, () => fake)
    expect(posted).toHaveLength(1)
    listener!({ data: { type: 'command', command: 'forward' } } as MessageEvent)
    expect(store.getState().slide).toBe(1)
    expect(posted.length).toBeGreaterThan(1)
    listener!({ data: { type: 'command', command: 'black' } } as MessageEvent)
    expect(store.getState().blank).toBe('black')
    listener!({ data: { type: 'command', command: 'nonsense' } } as MessageEvent)
    expect(store.getState().slide).toBe(1)
    stop()
  })
})
