import type { Page } from '@playwright/test'
import { installHelpers } from './inPage'
import { hasListeners } from './keyboard'
import { finding, type Finding } from './rules'

/** Long enough for a handler's effect to land (a frame or two), short enough for many controls. */
const SETTLE_MS = 80
const MAX_CONTROLS = 8

/** Custom controls: role=button/link without a native element, and elements with click handlers. */
async function findCustomControls(page: Page): Promise<{ selector: string; role: string; focusable: boolean }[]> {
  const roles = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="button"], [role="link"], [onclick], body *')]
      .filter((el, i, all) => all.indexOf(el) === i)
      .filter((el) => !el.matches('a[href], button, input, select, textarea, summary, label, option, area, html, body, main'))
      .filter((el) => !el.closest('a[href], button, label, summary'))
      .filter((el) => el.matches('[role="button"], [role="link"], [onclick]')
        || (getComputedStyle(el).cursor === 'pointer' && getComputedStyle(el.parentElement!).cursor !== 'pointer'))
      .filter((el) => window.__audit.isVisible(el))
      .slice(0, 40)
      .map((el) => ({
        selector: window.__audit.selectorOf(el), role: el.getAttribute('role') ?? '', focusable: el.tabIndex >= 0,
        explicit: el.matches('[role="button"], [role="link"], [onclick]'),
      })))
  const controls: { selector: string; role: string; focusable: boolean }[] = []
  for (const c of roles) {
    if (controls.length >= MAX_CONTROLS) break
    if (c.explicit) { controls.push(c); continue }
    // A pointer cursor alone proves nothing: keep it only if the element really listens for clicks.
    const handle = await page.$(c.selector)
    if (handle && (await hasListeners(page, handle, ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup']))) controls.push(c)
    await handle?.dispose()
  }
  return controls
}

/** Does this action have any effect on the page? A navigation is an effect; the page is loaded again after it. */
async function effectOf(page: Page, selector: string, action: 'click' | 'Enter' | ' '): Promise<string | undefined> {
  const url = page.url()
  try {
    // Focus first (focusing may itself change the page), then watch, then act.
    if (action !== 'click') await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.focus(), selector)
    await page.evaluate(() => window.__audit.watch())
    if (action === 'click') await page.evaluate((s) => (document.querySelector(s) as HTMLElement | null)?.click(), selector)
    else await page.keyboard.press(action === ' ' ? 'Space' : action)
    await page.waitForTimeout(SETTLE_MS)
    const effect = await page.evaluate(() => window.__audit.effect())
    if (page.url() !== url) throw new Error('navigated')
    return effect
  } catch {
    // The action navigated (the page's context is gone): that is an effect. Load the page again.
    await page.goto(url, { waitUntil: 'load' })
    await installHelpers(page)
    return 'it navigated'
  }
}

/**
 * Custom controls must work from the keyboard as a native one does: be reachable with Tab and
 * act on Enter (links and buttons) and Space (buttons). A control is judged only if a click has
 * an effect, so decorative elements with a pointer cursor are not reported.
 */
export async function checkCustomControls(page: Page): Promise<Finding[]> {
  const controls = await findCustomControls(page)
  const unreachable: string[] = []
  const deaf: string[] = []
  const popups: Promise<unknown>[] = []
  const closePopup = (popup: Page) => { popups.push(popup.close()) }
  page.context().on('page', closePopup)
  try {
    for (const control of controls) {
      if (!control.focusable) {
        if (await effectOf(page, control.selector, 'click')) unreachable.push(control.selector)
        continue
      }
      const keys = control.role === 'link' ? (['Enter'] as const) : (['Enter', ' '] as const)
      const silent = []
      for (const key of keys) if (!(await effectOf(page, control.selector, key))) silent.push(key === ' ' ? 'Space' : key)
      if (silent.length && (await effectOf(page, control.selector, 'click'))) {
        deaf.push(`${control.selector} (${silent.join(' and ')} do${silent.length === 1 ? 'es' : ''} nothing; a click does)`)
      }
    }
  } finally {
    page.context().off('page', closePopup)
    await Promise.all(popups)
  }
  const findings: Finding[] = []
  if (deaf.length) findings.push(finding('control-keys', 'Custom controls that ignore the keyboard', deaf))
  if (unreachable.length) findings.push(finding('control-keys', 'Controls that act on a click but cannot be reached with Tab (no tabindex)', unreachable))
  return findings
}
