/** WCAG colour maths: relative luminance and contrast ratio (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio). */
import type { Bitmap } from './png'

const channel = (v: number): number => {
  const s = v / 255
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
}

export const luminance = (r: number, g: number, b: number): number => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

export function contrastRatio(l1: number, l2: number): number {
  const [hi, lo] = l1 > l2 ? [l1, l2] : [l2, l1]
  return (hi + 0.05) / (lo + 0.05)
}

export interface FocusChange {
  /** Pixels that differ at all between the focused and unfocused pictures. */
  changedArea: number
  /** Pixels whose colour changed by 3:1 or more (the 2.4.13 contrast bar). */
  contrastingArea: number
  /** The largest contrast between a pixel's two states. */
  bestContrast: number
  /** 2.4.13's minimum area: a 2 CSS px thick perimeter of the unfocused element. */
  minimumArea: number
}

/** A line box of the element on screen (a link that wraps has one per line). */
export interface LineBox { x: number; y: number; width: number; height: number }

/**
 * 2.4.13's minimum area for an element drawn as these line boxes: the 2 px ring just inside its
 * shape. A ring outside is slightly larger, so this is the lenient reading (Understanding 2.4.13
 * uses the perimeter times 2 px as the simplest measure). The shape of a link that wraps is its
 * lines joined, as the browser outlines it: the few pixels of leading between one line and the
 * next are inside it, so the edges where lines meet are not part of its perimeter (counting a
 * ring round each line separately asked a three-line link for half again the area its own
 * outline can have).
 */
export function minimumFocusArea(lines: LineBox[]): number {
  const boxes = lines.map((l) => ({ left: Math.round(l.x), top: Math.round(l.y), right: Math.round(l.x + l.width), bottom: Math.round(l.y + l.height) }))
    .filter((b) => b.right > b.left && b.bottom > b.top)
    .sort((a, b) => a.top - b.top)
  if (!boxes.length) return 0
  // The leading between consecutive lines, where their columns overlap, belongs to the shape.
  const joins = boxes.slice(1).flatMap((next, i) => {
    const above = boxes[i]!
    const gap = next.top - above.bottom
    const left = Math.max(above.left, next.left), right = Math.min(above.right, next.right)
    return gap > 0 && gap <= (above.bottom - above.top) / 2 && right > left ? [{ left, right, top: above.bottom, bottom: next.top }] : []
  })
  const shape = [...boxes, ...joins]
  const x0 = Math.min(...shape.map((b) => b.left)), y0 = Math.min(...shape.map((b) => b.top))
  const width = Math.max(...shape.map((b) => b.right)) - x0, height = Math.max(...shape.map((b) => b.bottom)) - y0
  const inside = new Uint8Array(width * height)
  for (const b of shape) for (let y = b.top; y < b.bottom; y++) inside.fill(1, (y - y0) * width + b.left - x0, (y - y0) * width + b.right - x0)
  const at = (x: number, y: number): boolean => x >= 0 && y >= 0 && x < width && y < height && inside[y * width + x] === 1
  let ring = 0
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!at(x, y)) continue
      // Within 2 px of the outside, across or along.
      if (!at(x - 1, y) || !at(x - 2, y) || !at(x + 1, y) || !at(x + 2, y) || !at(x, y - 1) || !at(x, y - 2) || !at(x, y + 1) || !at(x, y + 2)) ring++
    }
  }
  return ring
}

/** Compares two same-size pictures of an element's surroundings (1 px = 1 CSS px). */
export function measureFocusChange(focused: Bitmap, unfocused: Bitmap, boxes: LineBox[]): FocusChange {
  if (focused.width !== unfocused.width || focused.height !== unfocused.height) throw new Error('pictures differ in size')
  let changedArea = 0
  let contrastingArea = 0
  let bestContrast = 1
  const a = focused.data
  const b = unfocused.data
  for (let i = 0; i < a.length; i += 4) {
    if (a[i] === b[i] && a[i + 1] === b[i + 1] && a[i + 2] === b[i + 2]) continue
    changedArea++
    const ratio = contrastRatio(luminance(a[i]!, a[i + 1]!, a[i + 2]!), luminance(b[i]!, b[i + 1]!, b[i + 2]!))
    if (ratio >= 3) contrastingArea++
    if (ratio > bestContrast) bestContrast = ratio
  }
  const minimumArea = minimumFocusArea(boxes)
  return { changedArea, contrastingArea, bestContrast: Math.round(bestContrast * 100) / 100, minimumArea }
}
