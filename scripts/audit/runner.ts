/**
 * Checks pages in parallel: a pool of browser contexts (--concurrency), each checking a page once
 * loaded at desktop width, then at mobile width on the same load, then the checks that do not
 * depend on width (reported under desktop). Each worker has two tabs: while it checks one page,
 * the next is already loading in the other (the load is mostly waiting for the network to go
 * quiet, which costs the checks next door almost nothing), and once loaded gets the audit's
 * helpers and axe's source (prepareLoaded). Pages found on the way join the queue.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { checkAtWidth, checkOnce, prepareLoaded, type CheckOptions, type CheckResult } from './checks'
import { sameOriginPage } from './crawl'
import { loadErrorText, loadPage, type Loaded } from './loading'
import type { PageReport } from './report'
import { Timings } from './timings'

export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 360, height: 740 } } as const

export interface RunOptions {
  concurrency: number
  timeoutMs: number
  checks: CheckOptions
  /** Offered every same-origin link found on a page; returns whether it was queued. */
  discover?: (url: string) => void
  /** Called after each page with both widths' reports and where that page's time went. */
  onPage: (reports: PageReport[], progress: { done: number; queued: number; elapsedMs: number }, timings: Timings) => void
}

/** Checks a page that is loaded at desktop width: both widths, then the width-independent checks. */
async function auditLoaded(page: Page, url: string, options: RunOptions, timings: Timings, loadMs: number): Promise<PageReport[]> {
  const checks = { ...options.checks, timings }
  const entry = (viewport: string): PageReport => ({ url, viewport, status: 'checked', findings: [], incomplete: [], durationMs: 0 })
  const desktop = entry('desktop')
  const mobile = entry('mobile')
  let current = desktop
  let started = performance.now() - loadMs
  // One width's results, and the time since `started`.
  const record = (report: PageReport, result: CheckResult): void => {
    report.findings = [...result.violations, ...result.findings]
    report.incomplete = result.incomplete
    report.durationMs = performance.now() - started
  }
  try {
    record(desktop, await checkAtWidth(page, checks))

    current = mobile
    started = performance.now()
    await page.setViewportSize(VIEWPORTS.mobile)
    record(mobile, await checkAtWidth(page, checks))

    current = desktop
    started = performance.now()
    await page.setViewportSize(VIEWPORTS.desktop)
    desktop.findings.push(...await checkOnce(page, checks))
    desktop.durationMs += performance.now() - started
  } catch (error) {
    current.status = 'error'
    current.message = loadErrorText(error, options.timeoutMs)
    current.durationMs += performance.now() - started
  }
  desktop.durationMs = Math.round(desktop.durationMs)
  mobile.durationMs = Math.round(mobile.durationMs)
  return [desktop, mobile]
}

/** A tab and the page loading in it. */
interface Loading {
  url: string
  page: Page
  loaded: Promise<Loaded>
}

/**
 * One worker's two tabs, each in its own browser context: Chromium draws only the front tab of a
 * window, so a second tab in the same context would leave the one being checked waiting for its
 * frames (focus pictures took 6.6 s a page instead of 1.9). Handed out for loading, given back
 * after checking, replaced when a page broke one.
 */
class Tabs {
  private readonly free: Page[] = []
  private readonly open = new Set<BrowserContext>()

  constructor(private readonly browser: Browser) {}

  async take(): Promise<Page> {
    const reused = this.free.pop()
    if (reused) {
      await reused.evaluate(() => sessionStorage.clear()).catch(() => undefined) // a tab's own storage, as in a new tab
      return reused
    }
    const context = await this.browser.newContext({ viewport: VIEWPORTS.desktop })
    this.open.add(context)
    const fresh = await context.newPage()
    // The audit presses keys, so a page may ask "leave this page?" on the way out: leave.
    fresh.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()))
    return fresh
  }

  async give(page: Page, broken: boolean): Promise<void> {
    if (!broken) return void this.free.push(page)
    this.open.delete(page.context())
    await page.context().close().catch(() => undefined)
  }

  async close(): Promise<void> {
    await Promise.all([...this.open].map((context) => context.close().catch(() => undefined)))
  }
}

/** Runs the queue (which may grow while it runs) to the end with `concurrency` workers. */
export async function runPool(browser: Browser, queue: string[], options: RunOptions): Promise<void> {
  const started = performance.now()
  let done = 0
  // Taken from the queue and not yet reported (loading or being checked): links may still come from them.
  let taken = 0
  const take = (): string | undefined => {
    const url = queue.shift()
    if (url !== undefined) taken++
    return url
  }
  const worker = async (): Promise<void> => {
    const tabs = new Tabs(browser)
    const startLoading = async (url: string): Promise<Loading> => {
      const page = await tabs.take()
      await page.setViewportSize(VIEWPORTS.desktop)
      // Once loaded, the page gets what every check needs while the other tab is still being checked.
      const loaded = loadPage(page, url, options.timeoutMs).then(async (load) => {
        if (load.ok) await prepareLoaded(page, options.checks.enabled).catch(() => undefined)
        return load
      })
      return { url, page, loaded }
    }
    let next: Loading | undefined
    try {
      for (;;) {
        if (!next) {
          const url = take()
          if (url === undefined) {
            if (taken === done) return
            await new Promise((resolve) => setTimeout(resolve, 50)) // another worker may still find links
            continue
          }
          next = await startLoading(url)
        }
        const { url, page, loaded } = next
        next = undefined
        const timings = new Timings()
        const waited = performance.now()
        const load = await timings.time('load', () => loaded)
        let reports: PageReport[]
        if (!load.ok) {
          reports = Object.keys(VIEWPORTS).map((viewport) => ({ url, viewport, status: load.status, message: load.message, findings: [],
            incomplete: [], durationMs: 0 }))
        } else {
          if (options.discover) {
            const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href)).catch(() => [])
            const base = new URL(url)
            links.forEach((href) => { const same = sameOriginPage(href, base); if (same) options.discover!(same) })
          }
          const following = take()
          if (following !== undefined) next = await startLoading(following)
          reports = await auditLoaded(page, url, options, timings, performance.now() - waited)
        }
        await tabs.give(page, reports.some((r) => r.status === 'error'))
        done++
        options.onPage(reports, { done, queued: taken + queue.length, elapsedMs: performance.now() - started }, timings)
      }
    } finally {
      await next?.loaded.catch(() => undefined)
      await tabs.close()
    }
  }
  await Promise.all(Array.from({ length: options.concurrency }, worker))
}

/** "1 min 05 s" left, from the pace so far. */
export function estimateLeft(done: number, total: number, elapsedMs: number): string {
  if (done === 0 || total <= done) return '0 s'
  const seconds = Math.round((elapsedMs / done) * (total - done) / 1000)
  return seconds >= 60 ? `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s` : `${seconds} s`
}
