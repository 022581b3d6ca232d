import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'

/** The WCAG 2.2 AA rule set plus axe's best practices: the project's bar everywhere. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export interface Finding {
  source: 'axe' | 'keyboard'
  rule: string
  impact: string
  help: string
  helpUrl: string
  targets: string[]
}

export interface AxeOutcome {
  violations: Finding[]
  /** What axe could not decide (e.g. contrast over an image): listed for a person to check, never hidden. */
  incomplete: Finding[]
  passes: number
}

const KEYBOARD_HELP = 'https://www.w3.org/WAI/WCAG22/Understanding/'

export async function runAxe(page: Page): Promise<AxeOutcome> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const toFinding = (r: (typeof results.violations)[number]): Finding => ({
    source: 'axe',
    rule: r.id,
    impact: r.impact ?? 'unknown',
    help: r.help,
    helpUrl: r.helpUrl,
    targets: r.nodes.map((n) => n.target.join(' ')),
  })
  return { violations: results.violations.map(toFinding), incomplete: results.incomplete.map(toFinding), passes: results.passes.length }
}

const describeActive = (page: Page): Promise<{ id: string; name: string; isBody: boolean }> =>
  page.evaluate(() => {
    const el = document.activeElement
    if (!el || el === document.body || el === document.documentElement) return { id: 'body', name: 'body', isBody: true }
    const path: string[] = []
    for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) {
      path.unshift(`${node.tagName.toLowerCase()}:nth-child(${[...(node.parentElement?.children ?? [])].indexOf(node) + 1})`)
    }
    return { id: path.join('>'), name: `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 60)}"`, isBody: false }
  })

/**
 * A skip link: the first Tab stop is an in-page link to an existing target, and after following
 * it the next Tab lands inside that target (focus really moved, not just the scroll position).
 */
export async function checkSkipLink(page: Page): Promise<Finding | undefined> {
  const fail = (help: string, targets: string[] = []): Finding =>
    ({ source: 'keyboard', rule: 'skip-link', impact: 'serious', help, helpUrl: `${KEYBOARD_HELP}bypass-blocks.html`, targets })
  await page.keyboard.press('Tab')
  const first = await page.evaluate(() => {
    const a = document.activeElement
    if (!(a instanceof HTMLAnchorElement)) return { ok: false as const, text: a?.tagName.toLowerCase() ?? 'nothing' }
    const href = a.getAttribute('href') ?? ''
    const id = href.startsWith('#') ? decodeURIComponent(href.slice(1)) : ''
    return { ok: true as const, href, id, text: (a.textContent ?? '').trim(), exists: id !== '' && document.getElementById(id) !== null }
  })
  if (!first.ok) return fail(`The first Tab stop is ${first.text}, not a skip link`)
  if (!first.id) return fail(`The first Tab stop ("${first.text}") is not a link within the page`, [first.href])
  if (!first.exists) return fail(`The skip link points to ${first.href}, which does not exist`, [first.href])
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  const inside = await page.evaluate((id) => {
    const target = document.getElementById(id)
    const active = document.activeElement
    if (!target || !active) return false
    // (No named inner functions here: this runs in the page, where a bundler's helpers do not exist.)
    const focusable = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
    const laterStops = focusable.filter((el) => target.contains(el) || target.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)
    // Nothing focusable at or after the target: Tab can only leave the page (or wrap), so there is
    // no movement to observe and nothing for the reader to miss.
    if (laterStops.length === 0) return true
    // Otherwise the next Tab stop is inside the target, or after it (a focusable target is left by Tab).
    return target.contains(active) || Boolean(target.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING)
  }, first.id)
  return inside ? undefined : fail(`Following the skip link ("${first.text}") does not move keyboard focus to ${first.href}`, [first.href])
}

/**
 * Focus is visible at each of the first `stops` Tab stops (an outline or a box shadow: a
 * heuristic, stated as such in the report), and Tab never gets stuck (a trap).
 */
export async function checkTabStops(page: Page, stops: number): Promise<Finding[]> {
  const findings: Finding[] = []
  const invisible: string[] = []
  let previous = ''
  let stuck = 0
  for (let i = 0; i < stops; i++) {
    await page.keyboard.press('Tab')
    const active = await describeActive(page)
    if (active.isBody) break // Tab left the page: the end, and no trap
    stuck = active.id === previous ? stuck + 1 : 0
    previous = active.id
    if (stuck >= 2) {
      findings.push({ source: 'keyboard', rule: 'keyboard-trap', impact: 'critical', help: `Tab does not move focus away from ${active.name}`, helpUrl: `${KEYBOARD_HELP}no-keyboard-trap.html`, targets: [active.id] })
      break
    }
    const visible = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!)
      return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) || style.boxShadow !== 'none'
    })
    if (!visible && !invisible.includes(active.id)) invisible.push(active.id)
  }
  if (invisible.length) {
    findings.push({ source: 'keyboard', rule: 'focus-visible', impact: 'serious', help: 'No outline or box shadow shows where keyboard focus is (heuristic check)', helpUrl: `${KEYBOARD_HELP}focus-visible.html`, targets: invisible })
  }
  return findings
}

/** Puts the keyboard back at the start of the document, as on a fresh load, without reloading. */
export async function resetKeyboardStart(page: Page): Promise<void> {
  await page.evaluate(() => {
    const body = document.body
    const had = body.getAttribute('tabindex')
    body.setAttribute('tabindex', '-1')
    body.focus({ preventScroll: true })
    if (had === null) body.removeAttribute('tabindex')
    else body.setAttribute('tabindex', had)
    window.scrollTo(0, 0)
  })
}

/** Every check on the page as it is now: axe, then the keyboard from the top. */
export async function checkPage(page: Page, tabStops: number): Promise<AxeOutcome & { keyboard: Finding[] }> {
  const axe = await runAxe(page)
  await resetKeyboardStart(page)
  const skip = await checkSkipLink(page)
  await resetKeyboardStart(page)
  const stops = await checkTabStops(page, tabStops)
  return { ...axe, keyboard: [...(skip ? [skip] : []), ...stops] }
}
