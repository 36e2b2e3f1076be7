import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { KEY_MAP, pageActionFor, stageActionFor } from '../../src/ui/keyMap'

/** The rows of the README's "Keyboard" table, as [keys, action] pairs. */
function readmeKeyRows(): [string, string][] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
  const section = readme.slice(readme.indexOf('### Keyboard'))
  const table = section.slice(section.indexOf('| key | action |'), section.indexOf('\n\n', section.indexOf('| key | action |')))
  return table
    .split('\n')
    .slice(2)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()) as [string, string])
}

describe('key map', () => {
  it('is the README keyboard table, row for row', () => {
    expect(readmeKeyRows()).toEqual(KEY_MAP.map((e) => [e.keys, e.description]))
  })

  it('binds each key once per scope, and every entry to at least one key', () => {
    const page = KEY_MAP.flatMap((e) => e.page ?? []).map((b) => `${b.shift ? 'shift+' : ''}${b.key}`)
    const stage = KEY_MAP.flatMap((e) => e.stage ?? []).map((b) => `${b.shift ? 'shift+' : ''}${b.key}`)
    expect(page.length).toBe(new Set(page).size)
    expect(stage.length).toBe(new Set(stage).size)
    expect(KEY_MAP.filter((e) => (e.page?.length ?? 0) + (e.stage?.length ?? 0) === 0)).toEqual([])
  })

  it('finds the action of a key press the way the handlers ask', () => {
    expect(pageActionFor('K')).toBe('toggle-play')
    expect(pageActionFor(' ')).toBe('toggle-play')
    expect(pageActionFor('PageDown')).toBe('next')
    expect(pageActionFor('Home')).toBe('first')
    expect(pageActionFor('End')).toBe('last')
    expect(pageActionFor('0')).toBe('view-reset')
    expect(pageActionFor('?')).toBe('help')
    expect(pageActionFor('x')).toBeNull()
  })

  it('gives slide programs their keys and moves the views to Shift+letters', () => {
    expect(pageActionFor('b')).toBe('black')
    expect(pageActionFor('.')).toBe('black')
    expect(pageActionFor('w')).toBe('white')
    expect(pageActionFor(',')).toBe('white')
    expect(pageActionFor('f')).toBe('full-screen')
    expect(pageActionFor('F', true)).toBe('view-front')
    expect(pageActionFor('B', true)).toBe('view-back')
    expect(pageActionFor('T', true)).toBe('view-top')
    expect(['1', '2', '3', '4', '5'].map((k) => pageActionFor(k))).toEqual(['kind-1', 'kind-2', 'kind-3', 'kind-4', 'kind-5'])
    // Shift is part of '?' on most layouts, so it must not change a non-letter.
    expect(pageActionFor('?', true)).toBe('help')
    expect(pageActionFor('k', true)).toBeNull()
    expect(stageActionFor('ArrowLeft', false)).toBe('turn-left')
    expect(stageActionFor('ArrowLeft', true)).toBe('pan-left')
    expect(stageActionFor('+', true)).toBe('zoom-in')
    expect(stageActionFor('_', true)).toBe('zoom-out')
    expect(stageActionFor('q', false)).toBeNull()
  })
})
