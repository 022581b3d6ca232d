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

/**
 * 2.4.13's minimum area for an element drawn as these boxes (one per line for a link that wraps):
 * the 2 px ring just inside each box. A ring outside is slightly larger, so this is the lenient
 * reading (Understanding 2.4.13 uses the perimeter times 2 px as the simplest measure).
 */
export const minimumFocusArea = (boxes: { width: number; height: number }[]): number =>
  boxes.reduce((sum, { width, height }) => {
    const w = Math.round(width), h = Math.round(height)
    return sum + Math.max(0, w * h - Math.max(0, w - 4) * Math.max(0, h - 4))
  }, 0)

/** Compares two same-size pictures of an element's surroundings (1 px = 1 CSS px). */
export function measureFocusChange(focused: Bitmap, unfocused: Bitmap, boxes: { width: number; height: number }[]): FocusChange {
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
