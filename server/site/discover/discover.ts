import robotsParser from 'robots-parser'
import type { SiteProfile } from '../types'
import type { PoliteFetcher } from '../fetch/politeFetcher'
import { decodeHtml } from '../fetch/charset'
import { feedLinks, listingLinks } from './html'
import { parseFeed, parseSitemap, unzipIfNeeded, type Listed } from './xml'

/** Sitemaps, feeds and robots.txt kept between syncs, so an unchanged one costs a 304. */
export interface ResourceCache {
  get(url: string): { etag: string | null; lastModified: string | null; data: string } | undefined
  put(url: string, etag: string | null, lastModified: string | null, data: string): void
}

export interface Discovery {
  /** Article addresses found, in the order found, with their lastmod when a sitemap or feed gave one. */
  pages: Map<string, Listed>
  /** Whether robots.txt lets Lectern fetch an address. */
  allowed: (url: string) => boolean
  warnings: string[]
}

export interface DiscoverOptions {
  siteUrl: string
  profile: SiteProfile
  userAgent: string
  /** At most this many sitemaps (an index pointing at indexes cannot run for ever). */
  maxSitemaps?: number
  /** At most this many article addresses. */
  maxPages?: number
  /** Bytes a sitemap may unzip to. */
  maxXmlBytes?: number
}

/**
 * Finds a portal's articles, standard ways first: robots.txt (its rules honoured, its Crawl-delay
 * slowing the fetcher, its Sitemap lines followed), sitemaps and sitemap indexes (gzip too;
 * /sitemap.xml when robots names none), the feeds the home page announces, then the profile's
 * listing pages. Only addresses on SITE_URL's origin, allowed by robots.txt and matching the
 * profile's articlePattern, are kept.
 */
export async function discover(fetcher: PoliteFetcher, cache: ResourceCache, options: DiscoverOptions): Promise<Discovery> {
  const warnings: string[] = []
  const origin = new URL(options.siteUrl).origin
  const maxXmlBytes = options.maxXmlBytes ?? 50 * 1024 * 1024
  const get = async (url: string, accept?: string): Promise<string | undefined> => {
    const before = cache.get(url)
    const result = await fetcher.fetch(url, before ?? {}, accept)
    if (result.kind === 'not-modified' && before) return before.data
    if (result.kind !== 'ok') {
      if (result.kind === 'failed') warnings.push(`${url}: ${result.reason}`)
      return result.kind === 'failed' ? before?.data : undefined
    }
    try {
      const data = accept ? unzipIfNeeded(result.body, maxXmlBytes) : decodeHtml(result.body, result.contentType)
      cache.put(url, result.etag, result.lastModified, data)
      return data
    } catch (error) {
      warnings.push(`${url}: could not be read (${error instanceof Error ? error.message : String(error)})`)
      return undefined
    }
  }

  const robotsUrl = `${origin}/robots.txt`
  const robots = robotsParser(robotsUrl, (await get(robotsUrl, 'text/plain')) ?? '')
  const delay = robots.getCrawlDelay(options.userAgent)
  if (delay) fetcher.limiter.crawlDelay(delay)
  const allowed = (url: string) => fetcher.allowed(url) && robots.isAllowed(url, options.userAgent) !== false
  const patterns = (options.profile.articlePattern ?? []).map((p) => new RegExp(p))
  const home = new URL(options.siteUrl).href
  const pages = new Map<string, Listed>()
  const maxPages = options.maxPages ?? 100_000
  const add = (entry: Listed) => {
    const url = withoutHash(entry.url)
    if (!url || url === home || pages.size >= maxPages || !allowed(url)) return
    if (patterns.length && !patterns.some((p) => p.test(url))) return
    const known = pages.get(url)
    if (!known || (entry.lastmod && !known.lastmod)) pages.set(url, { url, lastmod: entry.lastmod ?? known?.lastmod })
  }

  // Sitemaps: robots.txt's, else the conventional address; indexes followed breadth first.
  const queue = robots.getSitemaps().filter((u) => fetcher.allowed(u))
  if (!queue.length) queue.push(`${origin}/sitemap.xml`)
  const seen = new Set<string>()
  const maxSitemaps = options.maxSitemaps ?? 1000
  while (queue.length && seen.size < maxSitemaps) {
    const url = queue.shift()!
    if (seen.has(url) || !allowed(url)) continue
    seen.add(url)
    const xml = await get(url, 'application/xml,text/xml;q=0.9,*/*;q=0.5')
    if (!xml) continue
    const content = parseSitemap(xml)
    if (content.kind === 'index') queue.push(...content.sitemaps.map(withoutHash).filter((u): u is string => Boolean(u) && fetcher.allowed(u!)))
    else content.urls.forEach(add)
  }

  // Feeds the home page announces.
  const homeHtml = allowed(home) ? await get(home) : undefined
  for (const feed of homeHtml ? feedLinks(homeHtml, home) : []) {
    if (!allowed(feed)) continue
    const xml = await get(feed, 'application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5')
    if (xml) parseFeed(xml, feed).forEach(add)
  }

  // Listing pages, for portals with neither.
  const listing = options.profile.listing
  for (const start of listing?.pages ?? []) {
    let next: string | undefined = new URL(start, options.siteUrl).href
    const visited = new Set<string>()
    while (next && !visited.has(next) && visited.size < (listing!.maxPages ?? 50) && allowed(next)) {
      visited.add(next)
      const html = await get(next)
      if (!html) break
      const found = listingLinks(html, next, listing!.links, listing!.next)
      found.links.forEach((url) => add({ url }))
      next = found.next
    }
  }
  return { pages, allowed, warnings }
}

function withoutHash(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    url.hash = ''
    return url.href
  } catch {
    return undefined
  }
}
