import type { Page } from '@playwright/test'
import { evaluateFast } from './cdp'
import { measureFocusChange, type FocusChange } from './contrast'
import { clipAround, pictureFocus, type Box, type FocusCamera, type Shape } from './focusPixels'
import { decodePng, type Bitmap } from './png'

interface Pending {
  index: number
  box: Shape
  /** In document coordinates. */
  clip: Box
  focused: Buffer
}

interface Scroll { x: number; y: number }

/** Cuts a region (relative to the bitmap) out of a bitmap. */
function crop(from: Bitmap, region: Box): Bitmap {
  const data = new Uint8Array(region.width * region.height * 4)
  for (let row = 0; row < region.height; row++) {
    const start = ((region.y + row) * from.width + region.x) * 4
    data.set(from.data.subarray(start, start + region.width * 4), row * region.width * 4)
  }
  return { width: region.width, height: region.height, data }
}

/** What the Tab walk and the pictures keep on the page's window (the walk's focus read fills both). */
export type PageWithPictured = Window & { __auditPictured?: Element[]; __auditChanges?: number; __auditHeld?: Element | null }

/**
 * Focus pictures for a Tab walk, two pictures' worth of work for the price of about one: each
 * stop is pictured focused when Tab lands on it, and the unfocused pictures of all the stops seen
 * at one scroll position are cut out of a single picture taken with nothing focused, when the
 * walk scrolls on or ends. Only one element can be focused at a time, so "nothing focused" is
 * exactly each stop's own unfocused state, provided the page did not change in between: the page
 * counts DOM changes, image loads and scrolling of inner boxes, and a batch that saw any of them
 * is pictured again: as a batch, each stop focused once more, or, if the page will not hold still,
 * stop by stop, the old way (pictureFocus). A stop that fails is confirmed the
 * old way too, so every failure is measured on a pair taken back to back.
 */
export class FocusPictures {
  private batch: Pending[] = []
  private scroll: Scroll | undefined
  private readonly results: (FocusChange | undefined)[] = []
  private count = 0
  private unseenChanges = 0

  constructor(private readonly page: Page, private readonly camera: FocusCamera) {}

  /** What add() will number the next stop: the walk's focus read keeps the focused element in `__auditPictured` under it. */
  get nextIndex(): number {
    return this.count
  }

  /**
   * DOM changes the walk's focus read counted (and reset) since the last one: added up here until
   * the next stop is pictured, so a stop that is read and then not pictured loses none of them.
   */
  saw(changes: number): void {
    this.unseenChanges += changes
  }

  /**
   * The stop Tab just focused, whose element the walk's focus read has kept (at nextIndex) and
   * whose DOM changes it has passed to saw(): pictured now, judged at finish(). Returns its index
   * in finish()'s list.
   */
  async add(box: Shape): Promise<number> {
    const index = this.count++
    const changed = this.unseenChanges
    this.unseenChanges = 0
    const clip = clipAround(box, this.page.viewportSize())
    if (!clip) {
      this.results[index] = undefined
      return index
    }
    const scroll = { x: box.docX - box.x, y: box.docY - box.y }
    const focused = await this.camera.shoot(clip)
    // Something changed since the batch's pictures were taken: its unfocused state is gone.
    if (changed > 0 && this.batch.length) await this.retake()
    if (this.batch.length && (scroll.x !== this.scroll!.x || scroll.y !== this.scroll!.y)) await this.flush()
    this.scroll = scroll
    this.batch.push({ index, box, clip, focused })
    return index
  }

  /** Judges what is left; the list is by add() index (undefined: not pictured, or too unsteady to judge). */
  async finish(): Promise<(FocusChange | undefined)[]> {
    const changed = this.unseenChanges + await evaluateFast(this.page, () => (window as PageWithPictured).__auditChanges ?? 0)
    if (changed > 0) await this.retake()
    else await this.flush()
    return this.results
  }

  /** Starts counting what changes pixels without focus moving; once, before the walk's first Tab. */
  async watch(): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as PageWithPictured
      w.__auditChanges = 0
      const count = () => { w.__auditChanges = (w.__auditChanges ?? 0) + 1 }
      new MutationObserver(count).observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
      // Images finishing loading and inner boxes scrolling change pixels without changing the DOM.
      document.addEventListener('load', count, true)
      document.addEventListener('scroll', (e) => { if (e.target !== document) count() }, true)
    })
  }

  /** Blurs whatever is focused and puts the page at the batch's scroll position; `restore` undoes both. */
  private async hold(): Promise<{ at: Scroll; restore: () => Promise<void> }> {
    const back = await evaluateFast(this.page, (to: Scroll) => {
      const w = window as PageWithPictured
      const was = { x: scrollX, y: scrollY }
      w.__auditHeld = document.activeElement && document.activeElement !== document.body ? document.activeElement : null
      ;(w.__auditHeld as HTMLElement | null)?.blur()
      window.scrollTo({ left: to.x, top: to.y, behavior: 'instant' })
      return { was, at: { x: scrollX, y: scrollY } }
    }, this.scroll!)
    const restore = () => evaluateFast(this.page, (to: Scroll) => {
      window.scrollTo({ left: to.x, top: to.y, behavior: 'instant' })
      ;((window as PageWithPictured).__auditHeld as HTMLElement | null)?.focus({ preventScroll: true })
    }, back.was)
    return { at: back.at, restore }
  }

  /**
   * Pictures a batch again after the page changed under it: each stop focused once more where it
   * now is, at the batch's scroll position, then one picture with nothing focused, as flush()
   * judges a batch. When that cannot hold (the page changes again meanwhile, a stop is no longer
   * where the batch's scroll position shows it), each stop is pictured on its own, back to back.
   */
  private async retake(): Promise<void> {
    const batch = this.batch
    this.batch = []
    const { at, restore } = await this.hold()
    try {
      const steady = at.x === this.scroll!.x && at.y === this.scroll!.y && this.camera.unscaled
      const again = steady ? await this.refocusAll(batch) : undefined
      if (again) await this.judge(again)
      else for (const stop of batch) this.results[stop.index] = await this.alone(stop)
    } finally {
      await restore()
    }
  }

  /** Each stop focused again without scrolling and pictured, then blurred; undefined if one cannot be or the page changed meanwhile. */
  private async refocusAll(batch: Pending[]): Promise<Pending[] | undefined> {
    await evaluateFast(this.page, () => { (window as PageWithPictured).__auditChanges = 0 })
    const again: Pending[] = []
    for (const stop of batch) {
      const box = await evaluateFast(this.page, (i: number) => {
        const el = (window as PageWithPictured).__auditPictured![i] as HTMLElement
        el.focus({ preventScroll: true })
        const r = el.getBoundingClientRect()
        return { x: r.x, y: r.y, width: r.width, height: r.height, docX: r.x + scrollX, docY: r.y + scrollY,
          lines: [...el.getClientRects()].map((l) => ({ x: l.x, y: l.y, width: l.width, height: l.height })) }
      }, stop.index)
      const clip = clipAround(box, this.page.viewportSize())
      const moved = Math.abs(box.docX - box.x - this.scroll!.x) > 0.01 || Math.abs(box.docY - box.y - this.scroll!.y) > 0.01
      if (!clip || moved) return undefined
      again.push({ index: stop.index, box, clip, focused: await this.camera.shoot(clip) })
    }
    const changed = await evaluateFast(this.page, () => {
      ;(document.activeElement as HTMLElement | null)?.blur()
      return (window as PageWithPictured).__auditChanges ?? 0
    })
    return changed > 0 ? undefined : again
  }

  private async alone(stop: Pending): Promise<FocusChange | undefined> {
    // The element may have moved since: focus it (scrolled into view as Tab would) and measure it where it is now.
    const box = await evaluateFast(this.page, (i: number) => {
      const el = (window as PageWithPictured).__auditPictured![i] as HTMLElement
      el.focus()
      const r = el.getBoundingClientRect()
      return { x: r.x, y: r.y, width: r.width, height: r.height, docX: r.x + scrollX, docY: r.y + scrollY,
        lines: [...el.getClientRects()].map((l) => ({ x: l.x, y: l.y, width: l.width, height: l.height })) }
    }, stop.index)
    return pictureFocus(this.page, this.camera, box)
  }

  /** One unfocused picture for the whole batch; each stop's part is compared with its focused picture. */
  private async flush(): Promise<void> {
    const batch = this.batch
    this.batch = []
    if (!batch.length) return
    const { at, restore } = await this.hold()
    try {
      const steady = at.x === this.scroll!.x && at.y === this.scroll!.y && this.camera.unscaled
      if (steady) await this.judge(batch)
      else for (const stop of batch) this.results[stop.index] = await this.alone(stop)
    } finally {
      await restore()
    }
  }

  /** With nothing focused at the batch's scroll position: one picture, cut up and compared with each stop's focused one. */
  private async judge(batch: Pending[]): Promise<void> {
    const left = Math.min(...batch.map((s) => s.clip.x))
    const top = Math.min(...batch.map((s) => s.clip.y))
    const union = { x: left, y: top, width: Math.max(...batch.map((s) => s.clip.x + s.clip.width)) - left,
      height: Math.max(...batch.map((s) => s.clip.y + s.clip.height)) - top }
    const unfocused = decodePng(await this.camera.shoot(union))
    for (const stop of batch) {
      const before = crop(unfocused, { x: stop.clip.x - left, y: stop.clip.y - top, width: stop.clip.width, height: stop.clip.height })
      const change = measureFocusChange(decodePng(stop.focused), before, stop.box.lines)
      // A failure is never judged on pictures taken apart: measure it again, back to back.
      this.results[stop.index] = change.contrastingArea >= change.minimumArea ? change : await this.alone(stop)
    }
  }
}
