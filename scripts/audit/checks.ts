import type { Page } from '@playwright/test'
import axe from 'axe-core'
import { contentFindings } from './contentRules'
import { collectContent } from './content'
import { checkCustomControls } from './controls'
import { checkDialogs } from './dialogs'
import { installHelpers } from './inPage'
import { checkInertTabStops, checkSkipLink, walkTabStops } from './keyboard'
import { allRules, anyEnabled, type Finding, type RuleFilter } from './rules'
import { Timings } from './timings'
import { checkReflow, checkTextAdaptation, checkTypography } from './visual'

export type { Finding } from './rules'

/** The WCAG 2.2 AA rule set plus axe's best practices: the project's bar everywhere. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

export interface AxeOutcome {
  violations: Finding[]
  /** What axe could not decide (e.g. contrast over an image): listed for a person to check, never hidden. */
  incomplete: Finding[]
  passes: number
}

/** "wcag143" → "1.4.3"; axe's tags are the criterion it supports. */
const criteria = (tags: string[]): string =>
  tags.map((t) => /^wcag(\d)(\d)(\d+)$/.exec(t)).filter((m) => m !== null).map((m) => `${m[1]}.${m[2]}.${m[3]}`).join(', ') || 'best practice'

/** The axe rules those tags select, known in Node so a run narrowed with --rules/--skip-rules can leave the rest out. */
const AXE_RULES = axe.getRules(AXE_TAGS).map((r) => r.ruleId)

/**
 * axe-core itself rather than @axe-core/playwright's builder: the source goes into the page once
 * per load (not once per run) and only violations and incomplete results carry their nodes, which
 * makes a second run at another width ~10× cheaper. Rules filtered out of the run are not run at
 * all (and axe not even injected when none is left), rather than run and their results dropped.
 */
export async function runAxe(page: Page, enabled: RuleFilter = allRules): Promise<AxeOutcome> {
  const skipped = AXE_RULES.filter((id) => !enabled(id))
  if (skipped.length === AXE_RULES.length) return { violations: [], incomplete: [], passes: 0 }
  await injectAxe(page, enabled)
  const rules = Object.fromEntries(skipped.map((id) => [id, { enabled: false }]))
  const results = await page.evaluate(({ tags, rules }) => (window as unknown as { axe: typeof axe }).axe.run(document, {
    runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations', 'incomplete'],
  }), { tags: AXE_TAGS, rules })
  const toFinding = (r: axe.Result): Finding => ({
    source: 'axe', rule: r.id, impact: r.impact ?? 'unknown', level: 'failure', wcag: criteria(r.tags),
    help: r.help, helpUrl: r.helpUrl, targets: r.nodes.map((n) => n.target.join(' ')),
  })
  return { violations: results.violations.map(toFinding), incomplete: results.incomplete.map(toFinding), passes: results.passes.length }
}

/** axe's source into the page, once a load, if any of its rules is to run. */
export async function injectAxe(page: Page, enabled: RuleFilter = allRules): Promise<void> {
  if (!AXE_RULES.some((id) => enabled(id))) return
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source)
}

/**
 * What every check on a load needs first, done while the page is still the one loading in a
 * worker's other tab (runner.ts): the audit's helpers, and axe's source (half a megabyte to send
 * and compile). The checks would do both themselves on a page that missed this.
 */
export async function prepareLoaded(page: Page, enabled: RuleFilter): Promise<void> {
  await installHelpers(page)
  await injectAxe(page, enabled)
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
    window.scrollTo({ top: 0, left: 0, behavior: 'instant' })
  })
}

export interface CheckOptions {
  /** Tab stops walked from the top (trap, order). */
  tabStops: number
  /** Of those, how many are pictured focused and unfocused (focus visibility by pixels). */
  focusPictures: number
  enabled: RuleFilter
  /** Where the time goes, by phase (--timings). */
  timings?: Timings
}

export const DEFAULT_CHECKS: CheckOptions = { tabStops: 30, focusPictures: 12, enabled: allRules }

export interface CheckResult extends AxeOutcome {
  /** The audit's own checks (keyboard, focus, content, visual), failures and advice. */
  findings: Finding[]
}

/** Checks whose result depends on the viewport width: axe, the keyboard walk, text at 200 % and spaced. */
export async function checkAtWidth(page: Page, options: CheckOptions): Promise<CheckResult> {
  const t = options.timings ?? new Timings()
  await t.time('helpers', () => installHelpers(page))
  const axe = await t.time('axe', () => runAxe(page, options.enabled))
  const findings: Finding[] = []
  const on = options.enabled
  if (on('skip-link')) {
    const skip = await t.time('skip-link', async () => { await resetKeyboardStart(page); return checkSkipLink(page) })
    if (skip) findings.push(skip)
  }
  if (anyEnabled(on, 'keyboard-trap', 'focus-order', 'focus-visible', 'focus-appearance')) {
    findings.push(...await t.time('tab-walk', async () => {
      await resetKeyboardStart(page)
      return walkTabStops(page, { stops: options.tabStops, pictured: options.focusPictures, enabled: on, timings: t })
    }))
  }
  if (anyEnabled(on, 'text-resize', 'text-spacing')) findings.push(...await checkTextAdaptation(page, on, t))
  return { ...axe, violations: axe.violations.filter((f) => on(f.rule)), findings: findings.filter((f) => on(f.rule)) }
}

/**
 * Checks that do not depend on the width (content, typography, 320 px reflow, custom controls,
 * dialogs): once per page. Controls and dialogs are pressed and opened, so they come last.
 */
export async function checkOnce(page: Page, options: CheckOptions): Promise<Finding[]> {
  const t = options.timings ?? new Timings()
  await t.time('helpers', () => installHelpers(page))
  const on = options.enabled
  const findings: Finding[] = []
  if (on('tabindex-inert')) findings.push(...await t.time('tabindex-inert', () => checkInertTabStops(page)))
  findings.push(...contentFindings(await t.time('content', () => collectContent(page)), on))
  findings.push(...await t.time('typography', () => checkTypography(page, on)))
  if (on('reflow')) findings.push(...await t.time('reflow', () => checkReflow(page)))
  if (on('control-keys')) {
    findings.push(...await t.time('controls', async () => { await resetKeyboardStart(page); return checkCustomControls(page) }))
  }
  if (anyEnabled(on, 'dialog-focus', 'dialog-focus-escape', 'dialog-escape')) {
    findings.push(...await t.time('dialogs', async () => { await resetKeyboardStart(page); return checkDialogs(page, on) }))
  }
  return findings.filter((f) => on(f.rule))
}

/** Every check on the page as it is now, at its current width. */
export async function checkPage(page: Page, options: Partial<CheckOptions> = {}): Promise<CheckResult> {
  const all = { ...DEFAULT_CHECKS, ...options }
  const result = await checkAtWidth(page, all)
  return { ...result, findings: [...result.findings, ...await checkOnce(page, all)] }
}
