import { discover } from '../discover/discover'
import type { Listed } from '../discover/xml'
import { decodeHtml } from '../fetch/charset'
import type { PoliteFetcher } from '../fetch/politeFetcher'
import type { SitePageRow, SiteStore } from '../store/siteStore'
import type { SiteProfile } from '../types'
import type { Extract } from './extractor'
import { toArticle } from './toArticle'
import type { ConversionNote } from '../../../core/contentFindings'
import type { Glossary } from '../../content/glossary'

export interface SyncOptions {
  siteUrl: string
  profile: SiteProfile
  userAgent: string
  fetcher: PoliteFetcher
  store: SiteStore
  extract: Extract
  /** A refreshed text shorter than this share of the last good one is taken for an error page (default 0.5). */
  shrinkRatio?: number
  /** Called after each page: pages done, and pages to do in all. */
  progress?: (done: number, total: number) => void
  /** Where a page's problem is told (default: nowhere; the report lists them). */
  log?: (line: string) => void
  /** Pictures are served by Lectern under this path (default /anh-goc/). */
  picturePath?: string
  /** The portal's abbreviations (content/glossary.yml): marked in articles, and known to the content check. */
  glossary?: Glossary
}

export interface SyncReport {
  found: number
  added: number
  changed: number
  unchanged: number
  /** Answered 304 Not Modified. */
  notModified: number
  /** Not fetched: the sitemap's lastmod is the one the last good copy was fetched under. */
  skipped: number
  removed: number
  /** Could not be refreshed: the last good copy was kept. */
  keptLastGood: number
  /** Failed with no copy to keep. */
  failed: number
  requests: number
  problems: string[]
  ms: number
}

/**
 * One sync: discover, then fetch every known and found article page (conditionally when a copy
 * is held), extract, and store. Nothing good is lost: a failure, an extraction that finds no
 * article (an error or maintenance page answered with 200), or a text that shrank past
 * `shrinkRatio` keeps the last good copy, which then says when it was last confirmed. 404 and 410
 * remove the article; so does robots.txt disallowing it now.
 */
export async function syncSite(options: SyncOptions): Promise<SyncReport> {
  const started = performance.now()
  const { fetcher, store } = options
  const requestsBefore = fetcher.requests.total
  const report: SyncReport = { found: 0, added: 0, changed: 0, unchanged: 0, notModified: 0, skipped: 0, removed: 0, keptLastGood: 0, failed: 0,
    requests: 0, problems: [], ms: 0 }
  const problem = (line: string) => {
    if (report.problems.length < 1000) report.problems.push(line)
    options.log?.(line)
  }
  const discovery = await discover(fetcher, store.resources, { siteUrl: options.siteUrl, profile: options.profile, userAgent: options.userAgent })
  discovery.warnings.forEach(problem)
  report.found = discovery.pages.size
  // Every address gets its row (and slug) before any page is fetched, so links between articles
  // point at Lectern whatever order they are fetched in.
  const work = new Map<string, Listed | undefined>()
  const rows = store.trackAll(discovery.pages.keys())
  for (const [url, listed] of discovery.pages) work.set(url, listed)
  for (const row of rows.values()) {
    if (row.status === 'gone' || work.has(row.url)) continue
    if (!discovery.allowed(row.url)) {
      if (store.remove(row, 'disallowed', 'disallowed by robots.txt')) report.removed++
      continue
    }
    work.set(row.url, undefined)
  }

  const rewriters = {
    slugOf: (url: string) => store.slugOf(url),
    pictureSrc: (url: string) => (discovery.allowed(url) ? `${options.picturePath ?? '/anh-goc/'}${store.pictureHash(url)}` : undefined),
  }
  const total = work.size
  let done = 0
  options.progress?.(0, total)
  const queue = [...work]
  const notes = new Map<string, ConversionNote[]>()
  let taken = 0
  const worker = async () => {
    // An index, not shift(): shifting a 10,000-entry array moves every entry each time.
    for (let next = queue[taken++]; next; next = queue[taken++]) {
      const [url, listed] = next
      try {
        await syncPage(options, rows.get(url)!, listed?.lastmod ?? null, rewriters, report, problem, notes)
      } catch (error) {
        // A bug or a database failure on one page must not end the sync for the others.
        report.failed++
        problem(`${url}: ${error instanceof Error ? error.message : String(error)}`)
      }
      options.progress?.(++done, total)
    }
  }
  // One more worker than the fetcher lets run at once: one extracts while the others wait on the network.
  await Promise.all(Array.from({ length: fetcher.limiter.concurrency + 1 }, worker))
  store.finish()
  // The content check's findings for what this sync wrote, with what conversion noted (see server/contentCheck/).
  store.refreshFindings({ notes, glossary: options.glossary?.expansions('vi') })
  report.requests = fetcher.requests.total - requestsBefore
  report.ms = Math.round(performance.now() - started)
  return report
}

async function syncPage(
  options: SyncOptions, row: SitePageRow, lastmod: string | null, rewriters: Parameters<typeof toArticle>[1],
  report: SyncReport, problem: (line: string) => void, notes: Map<string, ConversionNote[]>,
): Promise<void> {
  const { store } = options
  const held = row.status === 'good' || row.status === 'stale'
  if (held && row.status === 'good' && lastmod && row.lastmod === lastmod) {
    report.skipped++
    return
  }
  const keep = (reason: string) => {
    store.keepLastGood(row, reason)
    if (row.last_good) report.keptLastGood++
    else report.failed++
    problem(`${row.url}: ${reason}${row.last_good ? ' (last good copy kept)' : ''}`)
  }
  const result = await options.fetcher.fetch(row.url, held ? { etag: row.etag, lastModified: row.last_modified } : {})
  if (result.kind === 'not-modified') {
    store.confirm(row, lastmod)
    report.notModified++
    return
  }
  if (result.kind === 'gone') {
    if (store.remove(row, 'gone', `HTTP ${result.status}`)) report.removed++
    return
  }
  if (result.kind === 'failed') return keep(result.reason)
  if (!/^(?:text\/html|application\/xhtml\+xml)\b/i.test(result.contentType.trim() || 'text/html')) return keep(`not an HTML page (${result.contentType.slice(0, 80)})`)
  let extracted: ReturnType<SyncOptions['extract']>
  try {
    extracted = options.extract(decodeHtml(result.body, result.contentType), result.url, options.profile)
  } catch (error) {
    // A page that breaks the DOM library is skipped and reported, never a crash.
    return keep(`the page could not be read (${error instanceof Error ? error.message : String(error)})`)
  }
  if ('failed' in extracted) return keep(`no article: ${extracted.failed}`)
  const ratio = options.shrinkRatio ?? 0.5
  if (held && row.good_words && extracted.wordCount < row.good_words * ratio) {
    return keep(`text shrank from ${row.good_words} to ${extracted.wordCount} words`)
  }
  const fallbackDate = result.lastModified && Number.isFinite(Date.parse(result.lastModified))
    ? new Date(result.lastModified).toISOString()
    : new Date().toISOString()
  // The original address is where the page was read (after redirects within the origin).
  const noted: ConversionNote[] = []
  const article = toArticle({ ...extracted, url: result.url }, rewriters, fallbackDate, { notes: noted, glossary: options.glossary })
  const outcome = store.save(row, article, { etag: result.etag, lastModified: result.lastModified, lastmod })
  if (outcome !== 'unchanged') notes.set(row.slug, noted)
  report[outcome]++
}
