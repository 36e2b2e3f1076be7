import { describe, expect, it } from 'vitest'
import { freeRect } from '../../src/scene/freeRect'

const view = { left: 0, top: 0, right: 1000, bottom: 700 }

describe('free part of the 3D view', () => {
  it('is the whole view with no overlay', () => {
    expect(freeRect(view, [])).toEqual(view)
  })

  it('cuts a caption at the top left, controls at the bottom and a side panel on the side that keeps most room', () => {
    const caption = { left: 10, top: 10, right: 470, bottom: 150 }
    const dock = { left: 200, top: 640, right: 800, bottom: 690 }
    const side = { left: 760, top: 120, right: 990, bottom: 500 }
    const free = freeRect(view, [caption, dock, side])
    expect(free).toEqual({ left: 0, top: 150, right: 760, bottom: 640 })
    for (const o of [caption, dock, side]) {
      const overlap = Math.max(0, Math.min(free.right, o.right) - Math.max(free.left, o.left)) * Math.max(0, Math.min(free.bottom, o.bottom) - Math.max(free.top, o.top))
      expect(overlap).toBe(0)
    }
  })

  it('ignores overlays outside the view', () => {
    expect(freeRect(view, [{ left: 1200, top: 0, right: 1300, bottom: 50 }])).toEqual(view)
  })
})
