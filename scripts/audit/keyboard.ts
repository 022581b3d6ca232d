import type { JSHandle, Page } from '@playwright/test'
import { cdpSession, evaluateFast, pressTab } from './cdp'
import { FocusPictures, type PageWithPictured } from './focusBatch'
import { FocusCamera, type Shape } from './focusPixels'
import { finding, type Finding, type RuleFilter } from './rules'
import { Timings } from './timings'

/**
 * A skip link: the first Tab stop is an in-page link to an existing target, and after following
 * it the next Tab lands inside that target (focus really moved, not just the scroll position).
 * Tab and the reads go straight over the DevTools protocol (pressTab, evaluateFast), as in the walk.
 */
export async function checkSkipLink(page: Page): Promise<Finding | undefined> {
  const fail = (help: string, targets: string[]): Finding => finding('skip-link', help, targets)
  await pressTab(page)
  const first = await evaluateFast(page, () => {
    const a = document.activeElement
    if (!(a instanceof HTMLAnchorElement)) {
      return { ok: false as const, text: a?.tagName.toLowerCase() ?? 'nothing', selector: a && a !== document.body ? window.__audit.selectorOf(a) : 'body' }
    }
    const href = a.getAttribute('href') ?? ''
    const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : ''
    return { ok: true as const, href, id, text: (a.textContent ?? '').trim(), exists: id !== '' && document.getElementById(id) !== null }
  })
  if (!first.ok) return fail(`The first Tab stop is ${first.text}, not a skip link`, [first.selector])
  if (!first.id) return fail(`The first Tab stop ("${first.text}") is not a link within the page`, [first.href])
  if (!first.exists) return fail(`The skip link points to ${first.href}, which does not exist`, [first.href])
  await page.keyboard.press('Enter')
  await pressTab(page)
  const inside = await evaluateFast(page, (id: string) => {
    const target = document.getElementById(id)
    const active = document.activeElement
    if (!target || !active) return false
    const laterStops = window.__audit.tabbables().filter((el) => target.contains(el) || target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
    // Nothing focusable at or after the target: Tab can only leave the page, so there is no
    // movement to observe and nothing for the reader to miss.
    if (laterStops.length === 0) return true
    return target.contains(active) || Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
  }, first.id)
  return inside ? undefined : fail(`Following the skip link ("${first.text}") does not move keyboard focus to ${first.href}`, [first.href])
}

interface Stop extends Shape {
  key: string
  name: string
  /** Fixed or sticky: its place on screen says nothing about order. */
  pinned: boolean
  /** What the styles say about a focus indicator: only a hint next to the pixels' verdict. */
  style: string
}

/**
 * Where focus is once the page has run what the key press queued: a handler that puts focus back
 * with setTimeout (a trap) has had its turn, as it has by the time a person presses the next key.
 * With a picture slot, the same call does the focus pictures' bookkeeping (FocusPictures): keeps
 * the focused element under that slot and takes the count of DOM changes since the last read.
 */
const describeFocus = (page: Page, pictureSlot?: number): Promise<{ stop: Stop | null; changes: number }> =>
  evaluateFast(page, async (slot: number | null): Promise<{ stop: Stop | null; changes: number }> => {
    await new Promise((resolve) => setTimeout(resolve))
    let changes = 0
    if (slot !== null) {
      const w = window as PageWithPictured
      ;(w.__auditPictured ??= [])[slot] = document.activeElement!
      changes = w.__auditChanges ?? 0
      w.__auditChanges = 0
    }
    const el = document.activeElement
    if (!el || el === document.body || el === document.documentElement) return { stop: null, changes }
    const r = el.getBoundingClientRect()
    const css = getComputedStyle(el)
    const outline = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0 ? `outline ${css.outlineWidth} ${css.outlineStyle}` : ''
    const style = [outline, css.boxShadow !== 'none' ? 'box-shadow' : ''].filter(Boolean).join(', ') || 'styles: no outline or box-shadow'
    let pinned = false
    for (let n: Element | null = el; n && !pinned; n = n.parentElement) pinned = /fixed|sticky/.test(getComputedStyle(n).position)
    return {
      stop: {
        key: window.__audit.selectorOf(el), name: `${el.tagName.toLowerCase()} "${window.__audit.nameOf(el).slice(0, 60)}"`,
        x: r.x, y: r.y, width: r.width, height: r.height, lines: [...el.getClientRects()].map((l) => ({ x: l.x, y: l.y, width: l.width,
          height: l.height })), docX: r.x + scrollX, docY: r.y + scrollY, pinned, style,
      },
      changes,
    }
  }, pictureSlot ?? null)

const upTheSameColumn = (from: Stop, to: Stop): boolean =>
  !from.pinned && !to.pinned && to.docY + to.height <= from.docY - 4 &&
  Math.min(from.docX + from.width, to.docX + to.width) - Math.max(from.docX, to.docX) > 0

export interface WalkOptions {
  /** How many Tab stops to walk (trap, order). */
  stops: number
  /** How many of them to picture focused and unfocused (focus visibility by pixels). */
  pictured: number
  enabled: RuleFilter
  timings?: Timings
}

/**
 * Tabs through the page from the top: a trap however it is built (focus that stays put after Tab
 * and Shift+Tab, or cycles among a few elements while others are never reached), focus that jumps
 * back up the page, and, by pixels, whether each stop visibly changes when focused.
 */
export async function walkTabStops(page: Page, options: WalkOptions): Promise<Finding[]> {
  const pictures = new FocusPictures(page, new FocusCamera(page))
  const pictured: { stop: Stop; index: number }[] = []
  const findings: Finding[] = []
  const seen = new Map<string, Stop>()
  const backwards: string[] = []
  const invisible: string[] = []
  const faint: string[] = []
  let previous: Stop | null = null
  let stuck = 0
  const timings = options.timings ?? new Timings()
  const picturing = options.enabled('focus-visible') || options.enabled('focus-appearance')
  if (picturing && options.pictured > 0) await timings.time('focus-pictures', () => pictures.watch())
  for (let i = 0; i < options.stops; i++) {
    await pressTab(page)
    const willPicture = i < options.pictured && picturing
    const { stop, changes } = await describeFocus(page, willPicture ? pictures.nextIndex : undefined)
    pictures.saw(changes)
    if (!stop) break // Tab left the page: the end, and no trap
    if (previous && stop.key === previous.key) {
      if (++stuck < 2) continue
      await page.keyboard.press('Shift+Tab')
      const back = (await describeFocus(page)).stop
      const help = back?.key === stop.key
        ? `Neither Tab nor Shift+Tab moves focus away from ${stop.name}`
        : `Tab does not move focus away from ${stop.name} (only Shift+Tab does)`
      // Whatever else the walk saw is unreliable once focus is held: the trap is the finding.
      return [finding('keyboard-trap', help, [stop.key])]
    }
    stuck = 0
    if (seen.has(stop.key)) {
      const cycle = [...seen.keys()].slice([...seen.keys()].indexOf(stop.key))
      const unreached = await unreachedStops(page, [...seen.keys()])
      if (unreached.length) {
        const help = `Tab cycles among ${cycle.length} elements and never reaches ${unreached.length} others (${unreached.slice(0, 3).join(', ')})`
        return [finding('keyboard-trap', help, cycle)]
      }
      break
    }
    seen.set(stop.key, stop)
    if (previous && options.enabled('focus-order') && upTheSameColumn(previous, stop) && i > 1) backwards.push(`${previous.key} → ${stop.key}`)
    if (willPicture) {
      pictured.push({ stop, index: await timings.time('focus-pictures', () => pictures.add(stop)) })
    }
    previous = stop
  }
  const changes = pictured.length ? await timings.time('focus-pictures', () => pictures.finish()) : []
  for (const { stop, index } of pictured) {
    const change = changes[index]
    if (change && change.changedArea === 0) invisible.push(`${stop.key} (${stop.style})`)
    else if (change && change.contrastingArea < change.minimumArea) {
      const measured = `${change.changedArea} px changed, best contrast ${change.bestContrast}:1`
      faint.push(`${stop.key} (${change.contrastingArea} of ${change.minimumArea} px at 3:1; ${measured}; ${stop.style})`)
    }
  }
  if (backwards.length) findings.push(finding('focus-order', `Tab jumps back up the page: ${backwards.join('; ')}`, backwards.map((b) => b.split(' → ')[1]!)))
  if (invisible.length) {
    findings.push(finding('focus-visible', 'Focusing these changes no pixel at all (screenshots focused and unfocused are identical)', invisible))
  }
  if (faint.length) findings.push(finding('focus-appearance', 'The focus indicator is smaller than a 2 px perimeter at 3:1 contrast', faint))
  return findings
}

/**
 * Tabbable elements the walk never reached. A radio group is one Tab stop (arrow keys move within
 * it), so its other radios count as reached when one of them was: without this, a browser that
 * wraps Tab round to the top of the page would make every radio group look like a trap.
 */
function unreachedStops(page: Page, seenKeys: string[]): Promise<string[]> {
  return page.evaluate((keys) => {
    const A = window.__audit
    const seen = new Set(keys)
    const reachedGroup = (el: HTMLElement): boolean => el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '' &&
      [...document.querySelectorAll<HTMLInputElement>('input[type="radio"]')].some((r) => r.name === el.name && r.form === el.form && seen.has(A.selectorOf(r)))
    return A.tabbables().map((el) => ({ el, key: A.selectorOf(el) })).filter(({ el, key }) => !seen.has(key) && !reachedGroup(el)).map(({ key }) => key)
  }, seenKeys)
}

/** tabindex="0" on elements with no role and no action: a Tab stop that does and says nothing. */
export async function checkInertTabStops(page: Page): Promise<Finding[]> {
  const candidates = await page.evaluateHandle(() =>
    [...document.querySelectorAll<HTMLElement>('[tabindex]')].filter((el) => {
      const natural = 'a[href], button, input, select, textarea, summary, iframe, audio[controls], video[controls], [contenteditable="true"]'
      if (el.tabIndex < 0 || el.matches(`${natural}, [role], [onclick], [onkeydown]`)) return false
      if (!window.__audit.isVisible(el)) return false
      // A scrollable region needs to be focusable so keyboard users can scroll it.
      const style = getComputedStyle(el)
      const scrolls = (el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(style.overflowY))
        || (el.scrollWidth > el.clientWidth + 1 && /auto|scroll/.test(style.overflowX))
      return !scrolls
    }).slice(0, 20))
  const count = await candidates.evaluate((list) => list.length)
  const inert: string[] = []
  for (let i = 0; i < count; i++) {
    const element = await candidates.evaluateHandle((list, index) => list[index]!, i)
    if (!(await hasListeners(page, element, ['click', 'keydown', 'keyup', 'keypress']))) {
      inert.push(await element.evaluate((el) => window.__audit.selectorOf(el)))
    }
    await element.dispose()
  }
  await candidates.dispose()
  return inert.length ? [finding('tabindex-inert', 'tabindex="0" makes these a Tab stop, but they have no role and nothing happens on them', inert)] : []
}

/** Whether the element itself has listeners for any of these events (DevTools protocol: Chromium only). */
export async function hasListeners(page: Page, element: JSHandle, types: string[]): Promise<boolean> {
  const cdp = await cdpSession(page)
  // The protocol needs a remote object id: park the element on window for one lookup.
  await element.evaluate((el) => { (window as unknown as { __auditEl: unknown }).__auditEl = el })
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__auditEl', objectGroup: 'audit-listeners' })
  try {
    if (!result.objectId) return false
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId, depth: 0 })
    return listeners.some((l) => types.includes(l.type))
  } finally {
    // The session outlives this lookup: let the page's element go.
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'audit-listeners' })
  }
}
