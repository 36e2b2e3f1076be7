import { describe, expect, it } from 'vitest'
import { embedHashParams, parseEmbedOptions } from '../../src/embed/embedOptions'

describe('embed options from the URL', () => {
  it('turns embedding on with #embed=1 or ?embed, and off otherwise', () => {
    expect(parseEmbedOptions('', '#embed=1').embed).toBe(true)
    expect(parseEmbedOptions('?embed', '').embed).toBe(true)
    expect(parseEmbedOptions('?embed=1', '#region=pelvis').embed).toBe(true)
    expect(parseEmbedOptions('', '#region=pelvis&embed=1').embed).toBe(true)
    expect(parseEmbedOptions('', '').embed).toBe(false)
    expect(parseEmbedOptions('', '#embed=0').embed).toBe(false)
    expect(parseEmbedOptions('', '#knee-left').embed).toBe(false)
  })

  it('reads the allowed origin, and fails closed with a notice on a bad one', () => {
    expect(parseEmbedOptions('', '#embed=1&origin=https%3A%2F%2Fschool.example').bridge).toEqual({ accept: 'one', origin: 'https://school.example' })
    expect(parseEmbedOptions('?origin=https://school.example', '').bridge).toEqual({ accept: 'one', origin: 'https://school.example' })
    expect(parseEmbedOptions('', '#embed=1')).toEqual({ embed: true, bridge: { accept: 'any' }, problem: null })
    const bad = parseEmbedOptions('', `#embed=1&origin=${encodeURIComponent('<img src=x>')}`)
    expect(bad.bridge).toEqual({ accept: 'none' })
    expect(bad.problem).toContain('“<img src=x>”')
    expect(parseEmbedOptions('', `#origin=${'x'.repeat(300)}`).problem!.length).toBeLessThan(200)
  })

  it('keeps only the embedding parameters of a hash', () => {
    expect(embedHashParams('#region=pelvis&embed=1&origin=https%3A%2F%2Fa.example&step=2')).toBe('embed=1&origin=https%3A%2F%2Fa.example')
    expect(embedHashParams('#region=pelvis')).toBe('')
    expect(embedHashParams('#knee-left')).toBe('')
  })
})
