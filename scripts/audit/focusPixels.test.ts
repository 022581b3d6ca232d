import { describe, expect, it } from 'vitest'
import { clipAround } from './focusPixels'

const viewport = { width: 360, height: 740 }
const shape = (x: number, y: number, width: number, height: number, scrollY = 0) =>
  ({ x, y, width, height, docX: x, docY: y + scrollY, lines: [{ x, y, width, height }] })

describe('the region pictured around a focused element', () => {
  it('takes the box with an 8 px margin, in document coordinates (the scroll it was measured at added)', () => {
    expect(clipAround(shape(20, 100.4, 80.2, 20), viewport)).toEqual({ x: 12, y: 92, width: 97, height: 37 })
    expect(clipAround(shape(20, 100.4, 80.2, 20, 1500), viewport)).toEqual({ x: 12, y: 1592, width: 97, height: 37 })
  })

  it('keeps to the viewport, so a picture never asks for what is not on screen', () => {
    expect(clipAround(shape(2, 730, 400, 20), viewport)).toEqual({ x: 0, y: 722, width: 360, height: 18 })
  })

  it('refuses elements that are off screen, empty, or a whole-page region', () => {
    expect(clipAround(shape(20, 800, 80, 20), viewport)).toBeUndefined()
    expect(clipAround(shape(20, 100, 0, 20), viewport)).toBeUndefined()
    expect(clipAround(shape(0, 0, 1000, 600), viewport)).toBeUndefined()
    expect(clipAround(shape(20, 100, 80, 20), null)).toBeUndefined()
  })
})
