/**
 * `npm run audit -- <base-url> [options]` (see USAGE in options.ts and README's QA section).
 * Audits a deployed site (Lectern or any other): every page from sitemap.xml and same-origin links,
 * or a list of URLs, at desktop and mobile widths, with axe and the audit's own keyboard, focus,
 * content and visual checks. Writes report.json, report.html and junit.xml.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../browser'
import { applyBaseline } from './baseline'
import { sitemapLocations } from './crawl'
import { parseOptions, readUrlList, ruleFilter, urlWanted, UsageError, USAGE, type AuditOptions } from './options'
import { failed, failing, summarize, toHtml, toJunit, type AuditReport } from './report'
import { estimateLeft, runPool } from './runner'
import { Timings, timingsTable } from './timings'

function usage(message: string): never {
  console.error(`audit: ${message}\n${USAGE}`)
  process.exit(2)
}

let options: AuditOptions
let queue: string[] = []
let baseline: AuditReport | undefined
try {
  options = parseOptions(process.argv.slice(2))
  if (options.urlsFile) queue = readUrlList(readFileSync(options.urlsFile, 'utf8'), options.base)
  if (options.baseline) baseline = JSON.parse(readFileSync(options.baseline, 'utf8')) as AuditReport
} catch (error) {
  usage(error instanceof UsageError ? error.message : `could not read a file: ${error instanceof Error ? error.message : String(error)}`)
}

const base = options.base ?? new URL(queue[0] ?? 'http://localhost/')
const report: AuditReport = { base: base.href, startedAt: new Date().toISOString(), durationMs: 0, pages: [], failOn: options.failOn,
  baseline: options.baseline }
const started = performance.now()
const timings = new Timings()
const seen = new Set<string>()
const wanted = (url: string): boolean => urlWanted(url, options.include, options.exclude)
const enqueue = (url: string): void => {
  if (!seen.has(url) && seen.size < options.maxPages && wanted(url)) {
    seen.add(url)
    queue.push(url)
  }
}

const crawling = !options.urlsFile
if (crawling) {
  enqueue(base.href)
  try {
    const sitemap = await fetch(new URL('/sitemap.xml', base), { signal: AbortSignal.timeout(options.timeoutMs) })
    if (sitemap.ok) sitemapLocations(await sitemap.text(), base).forEach(enqueue)
    else console.log(`No sitemap.xml (HTTP ${sitemap.status}): following links only.`)
  } catch {
    console.log('No sitemap.xml could be read: following links only.')
  }
} else {
  queue = queue.filter(wanted)
  queue.forEach((url) => seen.add(url))
}

const secs = (ms: number): string => `${(ms / 1000).toFixed(1)} s`
try {
  const browser = await chromium.launch(chromiumLaunchOptions())
  try {
    await runPool(browser, queue, {
      concurrency: options.concurrency, timeoutMs: options.timeoutMs,
      checks: { tabStops: options.tabStops, focusPictures: options.focusPictures, enabled: ruleFilter(options.rules, options.skipRules) },
      discover: crawling ? enqueue : undefined,
      onPage: (pages, { done, queued, elapsedMs }, pageTimings) => {
        report.pages.push(...pages)
        timings.addAll(pageTimings.ms)
        const verdicts = pages.map((p) => {
          const fails = p.findings.filter((f) => failing(f, options.failOn))
          const failedRules = `${fails.length} failed: ${fails.map((f) => f.rule).join(', ')}`
          const verdict = p.status !== 'checked' ? `${p.status}, ${p.message}` : fails.length ? failedRules : 'passed'
          return `${p.viewport} ${verdict}`
        })
        const spent = secs(pages.reduce((t, p) => t + p.durationMs, 0))
        console.log(`[${done}/${queued}] ${pages[0]!.url}: ${verdicts.join('; ')} (${spent}; about ${estimateLeft(done, queued, elapsedMs)} left)`)
      },
    })
  } finally {
    await browser.close()
  }
} catch (error) {
  console.error(`audit: the audit itself failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(3)
}

report.durationMs = Math.round(performance.now() - started)
report.timings = timings.rounded()
if (baseline) report.fixed = applyBaseline(report, baseline)
const outDir = resolve(options.out)
mkdirSync(outDir, { recursive: true })
const summary = summarize(report)
writeFileSync(join(outDir, 'report.json'), JSON.stringify({ ...report, summary }, null, 2))
writeFileSync(join(outDir, 'report.html'), toHtml(report))
writeFileSync(join(outDir, 'junit.xml'), toJunit(report))
const reportedAs = `advice${baseline ? ', known from the baseline' : ''}${options.failOn !== 'minor' ? `, below ${options.failOn}` : ''}`
console.log([
  `\n${summary.pagesChecked} page checks in ${secs(report.durationMs)}, ${summary.pagesFailed} with failures, `,
  `${summary.pagesWithErrors} could not be checked; ${summary.findings} failing findings, ${summary.reported} more reported (${reportedAs}).`,
].join(''))
for (const [rule, count] of Object.entries(summary.byRule)) console.log(`  ${rule}: ${count}`)
if (report.fixed) {
  const fixedRules = report.fixed.length ? `: ${[...new Set(report.fixed.map((f) => f.rule))].join(', ')}` : ''
  console.log(`${report.fixed.length} fixed since ${options.baseline}${fixedRules}`)
}
if (options.timings) {
  const pagesSeen = new Set(report.pages.map((p) => p.url)).size
  const perMinute = (pagesSeen / (report.durationMs / 60_000)).toFixed(1)
  console.log(timingsTable(timings.ms, pagesSeen))
  console.log(`  wall time ${secs(report.durationMs)}, ${perMinute} pages a minute, --concurrency ${options.concurrency}`)
}
console.log(`Reports: ${join(outDir, 'report.html')}, report.json, junit.xml`)
process.exit(failed(report) ? 1 : 0)
