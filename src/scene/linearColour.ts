import { Color } from 'three'

const cache = new Map<string, Readonly<Color>>()

/**
 * A CSS colour as the glow shaders take it (three's Color of the string, converted as the glow always was),
 * parsed once per colour: the glows are set every frame for every region and muscle, and parsing a colour
 * string each time was a measurable part of a software-rendered frame. Callers must not change it.
 */
export function linearColour(colour: string): Readonly<Color> {
  let c = cache.get(colour)
  if (!c) cache.set(colour, (c = new Color().set(colour).convertSRGBToLinear()))
  return c
}
