/**
 * Checks pages in parallel: a pool of browser contexts (--concurrency), each loading a page once
 * and checking it at desktop width, then at mobile width on the same load, then the checks that do
 * not depend on width (reported under desktop). Pages found on the way join the queue.
 */
import type { Browser, Page } from '@playwright/test'
import { checkAtWidth, checkOnce, type CheckOptions, type CheckResult } from './checks'
import { preflight, sameOriginPage } from './crawl'
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

const errorText = (error: unknown, timeoutMs: number): string => {
  const text = error instanceof Error ? error.message.split('\n')[0]! : String(error)
  return /Timeout/i.test(text) ? `did not finish loading within ${Math.round(timeoutMs / 1000)} s` : text
}

async function auditOne(page: Page, url: string, options: RunOptions, timings: Timings): Promise<PageReport[]> {
  const checks = { ...options.checks, timings }
  const entry = (viewport: string): PageReport => ({ url, viewport, status: 'checked', findings: [], incomplete: [], durationMs: 0 })
  const desktop = entry('desktop')
  const mobile = entry('mobile')
  let current = desktop
  let started = performance.now()
  // One width's results, and the time since `started`.
  const record = (report: PageReport, result: CheckResult): void => {
    report.findings = [...result.violations, ...result.findings]
    report.incomplete = result.incomplete
    report.durationMs = performance.now() - started
  }
  try {
    await timings.time('load', async () => {
      await page.setViewportSize(VIEWPORTS.desktop)
      await page.goto(url, { waitUntil: 'load', timeout: options.timeoutMs })
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined)
    })
    if (options.discover) {
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
      const base = new URL(url)
      links.forEach((href) => { const same = sameOriginPage(href, base); if (same) options.discover!(same) })
    }
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
    current.message = errorText(error, options.timeoutMs)
    current.durationMs += performance.now() - started
    // A page that never loaded could not be checked at either width.
    if (current === desktop && mobile.durationMs === 0) Object.assign(mobile, { status: 'error', message: current.message })
  }
  desktop.durationMs = Math.round(desktop.durationMs)
  mobile.durationMs = Math.round(mobile.durationMs)
  return [desktop, mobile]
}

/** Runs the queue (which may grow while it runs) to the end with `concurrency` workers. */
export async function runPool(browser: Browser, queue: string[], options: RunOptions): Promise<void> {
  const started = performance.now()
  let done = 0
  let busy = 0
  const worker = async (): Promise<void> => {
    const context = await browser.newContext({ viewport: VIEWPORTS.desktop })
    // One tab per worker, navigated from page to page: a new tab costs a renderer process and its
    // start-up each time. A page that broke the tab (an error, a timeout) gets a fresh one.
    let page: Page | undefined
    const openPage = async (): Promise<Page> => {
      const fresh = await context.newPage()
      // The audit presses keys, so a page may ask "leave this page?" on the way out: leave.
      fresh.on('dialog', (dialog) => void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss()))
      return fresh
    }
    try {
      for (;;) {
        const url = queue.shift()
        if (url === undefined) {
          if (busy === 0) return
          await new Promise((resolve) => setTimeout(resolve, 50)) // another worker may still find links
          continue
        }
        busy++
        let reports: PageReport[]
        const timings = new Timings()
        const check = await preflight(url, options.timeoutMs)
        if (!check.ok) {
          reports = Object.keys(VIEWPORTS).map((viewport) => ({ url, viewport, status: check.status, message: check.message, findings: [], incomplete: [], durationMs: 0 }))
        } else {
          if (page) await page.evaluate(() => sessionStorage.clear()).catch(() => undefined) // a tab's own storage, as in a new tab
          page ??= await openPage()
          reports = await auditOne(page, url, options, timings)
          if (reports.some((r) => r.status === 'error')) {
            await page.close().catch(() => undefined)
            page = undefined
          }
        }
        busy--
        done++
        options.onPage(reports, { done, queued: done + queue.length + busy, elapsedMs: performance.now() - started }, timings)
      }
    } finally {
      await context.close()
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
