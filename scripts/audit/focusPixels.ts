import type { Page } from '@playwright/test'
import { cdpSession, evaluateFast } from './cdp'
import { measureFocusChange, minimumFocusArea, type FocusChange, type LineBox } from './contrast'
import { decodePng } from './png'

/** Room around the element for an outline, its offset or a shadow. */
const MARGIN = 8

export interface Box { x: number; y: number; width: number; height: number }

/** The element's bounding box on screen, its place in the document, and its line boxes (a wrapped link has one per line). */
export interface Shape extends Box {
  lines: LineBox[]
  /** Position in the document (scroll added). */
  docX: number
  docY: number
}

/**
 * Takes pictures of parts of the page straight through the DevTools protocol. Playwright's page.screenshot prepares the page for every picture (a
 * caret-hiding style in
 * every frame, a wait for fonts, the layout metrics): installHelpers has done all of that once for
 * the whole load, so here a picture is one protocol call. PNG stays lossless; optimizeForSpeed
 * only picks a faster zlib level.
 */
export class FocusCamera {
  private scale: number | undefined

  constructor(private readonly page: Page) {}

  /** A region in document coordinates (the protocol's), as PNG bytes with 1 px = 1 CSS px. */
  async shoot(clip: Box): Promise<Buffer> {
    this.scale ??= 1 / (await this.page.evaluate(() => window.devicePixelRatio))
    const { data } = await (await cdpSession(this.page)).send('Page.captureScreenshot', {
      format: 'png', optimizeForSpeed: true, captureBeyondViewport: false, clip: { ...clip, scale: this.scale },
    })
    return Buffer.from(data, 'base64')
  }

  /** Whether a picture's pixels are the page's CSS pixels, unscaled (so cutting one out of a larger picture gives the same bytes). */
  get unscaled(): boolean {
    return this.scale === 1
  }
}

/** Identical pictures changed no pixel: the same verdict decoding them would give, without decoding. */
function compare(focused: Buffer, unfocused: Buffer, box: Shape): FocusChange {
  if (focused.equals(unfocused)) return { changedArea: 0, contrastingArea: 0, bestContrast: 1, minimumArea: minimumFocusArea(box.lines) }
  return measureFocusChange(decodePng(focused), decodePng(unfocused), box.lines)
}

/**
 * The region pictured for an element: its box and a margin, inside the viewport, in document
 * coordinates (the box is measured on screen; its doc position gives the scroll it was measured
 * at). Undefined when the element is off screen or too large to picture cheaply (a whole-page region).
 */
export function clipAround(box: Shape, viewport: { width: number; height: number } | null): Box | undefined {
  if (!viewport || box.width < 1 || box.height < 1 || box.width * box.height > 250_000) return undefined
  const x = Math.max(0, Math.floor(box.x - MARGIN))
  const y = Math.max(0, Math.floor(box.y - MARGIN))
  const width = Math.min(viewport.width, Math.ceil(box.x + box.width + MARGIN)) - x
  const height = Math.min(viewport.height, Math.ceil(box.y + box.height + MARGIN)) - y
  if (width < 2 || height < 2) return undefined
  return { x: x + box.docX - box.x, y: y + box.docY - box.y, width, height }
}

/**
 * Pictures the focused element's surroundings focused, then blurred, and measures the difference.
 * The element is focused again afterwards so Tab carries on from it. Undefined when the element
 * is off screen or too large to picture cheaply (a whole-page region).
 */
export async function pictureFocus(page: Page, camera: FocusCamera, box: Shape): Promise<FocusChange | undefined> {
  const clip = clipAround(box, page.viewportSize())
  if (!clip) return undefined
  // Motion and the caret are off (installHelpers). The focused element is parked on window so
  // blurring and focusing it again are one call each.
  const blur = () => evaluateFast(page, () => {
    const el = document.activeElement as HTMLElement
    ;(window as unknown as { __auditFocused: HTMLElement }).__auditFocused = el
    el.blur()
  })
  const refocus = () => evaluateFast(page, () => (window as unknown as { __auditFocused: HTMLElement }).__auditFocused.focus({ preventScroll: true }))
  // Focused, then blurred. A passing comparison is taken as it is; a failing one is confirmed
  // with a second focused picture: if the two focused pictures differ, something else on the page
  // moved (an animation, a late image) and the comparison was noise. Try once more, then give up.
  for (let attempt = 0; attempt < 2; attempt++) {
    const focused = await camera.shoot(clip)
    await blur()
    const unfocused = await camera.shoot(clip)
    await refocus()
    const change = compare(focused, unfocused, box)
    if (change.contrastingArea >= change.minimumArea) return change
    if (focused.equals(await camera.shoot(clip))) return change
  }
  return undefined
}
