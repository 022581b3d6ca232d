/**
 * `npm run audit -- <base-url> [--max-pages 20] [--out audit-report] [--tab-stops 20] [--timeout 20000]`
 * Audits a deployed site (Lectern or any other): every page from sitemap.xml and same-origin links,
 * at desktop and mobile widths, with axe (WCAG 2.2 AA + best practices) and keyboard checks.
 * Writes report.json, report.html and junit.xml; exits 1 when anything fails, 2 on bad usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { chromium, type BrowserContext } from '@playwright/test'
import { chromiumLaunchOptions } from '../../e2e/browser'
import { checkPage } from './checks'
import { preflight, sameOriginPage, sitemapLocations } from './crawl'
import { failed, summarize, toHtml, toJunit, type AuditReport, type PageReport } from './report'

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 360, height: 740 } } as const

function usage(message: string): never {
  console.error(`audit: ${message}\nUsage: npm run audit -- <base-url> [--max-pages N] [--out DIR] [--tab-stops N] [--timeout MS]`)
  process.exit(2)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'max-pages': { type: 'string', default: '20' },
    out: { type: 'string', default: 'audit-report' },
    'tab-stops': { type: 'string', default: '20' },
    timeout: { type: 'string', default: '20000' },
  },
})
const positiveInt = (name: string, text: string): number => {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 1) usage(`--${name} must be a whole number of 1 or more (got "${text}")`)
  return n
}
if (positionals.length !== 1) usage('give exactly one base URL')
let base: URL
try {
  base = new URL(positionals[0]!)
  if (!/^https?:$/.test(base.protocol)) throw new Error('not http(s)')
} catch {
  usage(`"${positionals[0]}" is not an http(s) URL`)
}
const maxPages = positiveInt('max-pages', values['max-pages']!)
const tabStops = positiveInt('tab-stops', values['tab-stops']!)
const timeoutMs = positiveInt('timeout', values.timeout!)
const outDir = resolve(values.out!)

const report: AuditReport = { base: base.href, startedAt: new Date().toISOString(), durationMs: 0, pages: [] }
const started = performance.now()
const queue: string[] = [base.href]
const seen = new Set(queue)
const enqueue = (url: string | undefined): void => {
  if (url && !seen.has(url) && seen.size < maxPages) {
    seen.add(url)
    queue.push(url)
  }
}

try {
  const sitemap = await fetch(new URL('/sitemap.xml', base), { signal: AbortSignal.timeout(timeoutMs) })
  if (sitemap.ok) sitemapLocations(await sitemap.text(), base).forEach(enqueue)
  else console.log(`No sitemap.xml (HTTP ${sitemap.status}): following links only.`)
} catch {
  console.log('No sitemap.xml could be read: following links only.')
}

const browser = await chromium.launch(chromiumLaunchOptions())
const contexts = Object.fromEntries(
  await Promise.all(Object.entries(VIEWPORTS).map(async ([name, viewport]) => [name, await browser.newContext({ viewport })] as const)),
) as Record<keyof typeof VIEWPORTS, BrowserContext>

let index = 0
while (queue.length) {
  const url = queue.shift()!
  index++
  const check = await preflight(url, timeoutMs)
  if (!check.ok) {
    console.log(`[${index}/${seen.size}] ${url}: ${check.status}, ${check.message}`)
    for (const viewport of Object.keys(VIEWPORTS)) report.pages.push({ url, viewport, status: check.status, message: check.message, findings: [], incomplete: [], durationMs: 0 })
    continue
  }
  for (const [viewport, context] of Object.entries(contexts)) {
    const pageStarted = performance.now()
    const page = await context.newPage()
    const entry: PageReport = { url, viewport, status: 'checked', findings: [], incomplete: [], durationMs: 0 }
    try {
      await page.goto(url, { waitUntil: 'load', timeout: timeoutMs })
      await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined)
      if (viewport === 'desktop') {
        const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href))
        links.forEach((href) => enqueue(sameOriginPage(href, base)))
      }
      const result = await checkPage(page, tabStops)
      entry.findings = [...result.violations, ...result.keyboard]
      entry.incomplete = result.incomplete
    } catch (error) {
      entry.status = 'error'
      const text = error instanceof Error ? error.message.split('\n')[0]! : String(error)
      entry.message = /Timeout/i.test(text) ? `did not finish loading within ${Math.round(timeoutMs / 1000)} s` : text
    } finally {
      entry.durationMs = Math.round(performance.now() - pageStarted)
      await page.close()
    }
    report.pages.push(entry)
    const verdict = entry.status === 'error' ? `error, ${entry.message}` : entry.findings.length ? `${entry.findings.length} failed: ${entry.findings.map((f) => f.rule).join(', ')}` : 'passed'
    console.log(`[${index}/${seen.size}] ${viewport.padEnd(7)} ${url}: ${verdict} (${(entry.durationMs / 1000).toFixed(1)} s)`)
  }
}
await browser.close()

report.durationMs = Math.round(performance.now() - started)
mkdirSync(outDir, { recursive: true })
writeFileSync(join(outDir, 'report.json'), JSON.stringify({ ...report, summary: summarize(report) }, null, 2))
writeFileSync(join(outDir, 'report.html'), toHtml(report))
writeFileSync(join(outDir, 'junit.xml'), toJunit(report))
const summary = summarize(report)
console.log(`\n${summary.pagesChecked} page checks, ${summary.pagesFailed} with findings, ${summary.pagesWithErrors} could not be checked, ${summary.findings} findings.`)
for (const [rule, count] of Object.entries(summary.byRule)) console.log(`  ${rule}: ${count}`)
console.log(`Reports: ${join(outDir, 'report.html')}, report.json, junit.xml`)
process.exit(failed(report) ? 1 : 0)
