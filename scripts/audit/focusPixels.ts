import type { ElementHandle, Page } from '@playwright/test'
import { measureFocusChange, type FocusChange } from './contrast'
import { decodePng } from './png'

/** Room around the element for an outline, its offset or a shadow. */
const MARGIN = 8

export interface Box { x: number; y: number; width: number; height: number }

/** The element's bounding box, and its line boxes (a wrapped link has one per line). */
export interface Shape extends Box { lines: { width: number; height: number }[] }

/**
 * Pictures the focused element's surroundings focused, then blurred, and measures the difference.
 * The element is focused again afterwards so Tab carries on from it. Undefined when the element
 * is off screen or too large to picture cheaply (a whole-page region).
 */
export async function pictureFocus(page: Page, element: ElementHandle<Element>, box: Shape): Promise<FocusChange | undefined> {
  const viewport = page.viewportSize()
  if (!viewport || box.width < 1 || box.height < 1 || box.width * box.height > 250_000) return undefined
  const x = Math.max(0, Math.floor(box.x - MARGIN))
  const y = Math.max(0, Math.floor(box.y - MARGIN))
  const clip = { x, y, width: Math.min(viewport.width, Math.ceil(box.x + box.width + MARGIN)) - x, height: Math.min(viewport.height, Math.ceil(box.y + box.height + MARGIN)) - y }
  if (clip.width < 2 || clip.height < 2) return undefined
  const shot = () => page.screenshot({ clip, scale: 'css' }) // motion and caret are off (installHelpers)
  // Focused, then blurred. A passing comparison is taken as it is; a failing one is confirmed
  // with a second focused picture: if the two focused pictures differ, something else on the page
  // moved (an animation, a late image) and the comparison was noise. Try once more, then give up.
  for (let attempt = 0; attempt < 2; attempt++) {
    const focused = await shot()
    await element.evaluate((el) => (el as HTMLElement).blur())
    const unfocused = await shot()
    await element.evaluate((el) => (el as HTMLElement).focus({ preventScroll: true }))
    const change = measureFocusChange(decodePng(focused), decodePng(unfocused), box.lines)
    if (change.contrastingArea >= change.minimumArea) return change
    if (Buffer.compare(focused, await shot()) === 0) return change
  }
  return undefined
}
