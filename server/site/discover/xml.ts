import { gunzipSync } from 'node:zlib'
import { DOMParser } from 'linkedom'

export interface Listed {
  url: string
  /** The sitemap's `<lastmod>` or the feed entry's updated/published date, as written. */
  lastmod?: string
}

export type SitemapContent = { kind: 'index'; sitemaps: string[] } | { kind: 'urls'; urls: Listed[] }

/** Bytes of a sitemap or feed, gunzipped when they are gzip (by their magic bytes, not by name), within `maxBytes`. */
export function unzipIfNeeded(body: Buffer, maxBytes: number): string {
  const gzip = body[0] === 0x1f && body[1] === 0x8b
  return (gzip ? gunzipSync(body, { maxOutputLength: maxBytes }) : body).toString('utf8')
}

const text = (node: { textContent: string | null } | null | undefined): string => node?.textContent?.trim() ?? ''

/** A sitemap (urlset) or sitemap index (sitemaps.org), parsed as XML. */
export function parseSitemap(xml: string): SitemapContent {
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const root = doc.documentElement?.localName
  if (root === 'sitemapindex') {
    return { kind: 'index', sitemaps: [...doc.querySelectorAll('sitemap')].map((s) => text(s.querySelector('loc'))).filter(Boolean) }
  }
  return {
    kind: 'urls',
    urls: [...doc.querySelectorAll('url')]
      .map((u) => ({ url: text(u.querySelector('loc')), lastmod: text(u.querySelector('lastmod')) || undefined }))
      .filter((u) => u.url),
  }
}

/** The entries of an RSS 2.0 or Atom feed: each one's link and date. */
export function parseFeed(xml: string, base: string): Listed[] {
  const doc = new DOMParser().parseFromString(xml, 'text/xml')
  const out: Listed[] = []
  for (const item of doc.querySelectorAll('item')) {
    const link = text(item.querySelector('link')) || text(item.querySelector('guid'))
    if (link) out.push({ url: link, lastmod: text(item.querySelector('pubDate')) || undefined })
  }
  for (const entry of doc.querySelectorAll('entry')) {
    const links = [...entry.querySelectorAll('link')]
    const link = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0]
    const href = link?.getAttribute('href')
    if (href) out.push({ url: href, lastmod: text(entry.querySelector('updated')) || text(entry.querySelector('published')) || undefined })
  }
  return out.flatMap((entry) => {
    try {
      return [{ ...entry, url: new URL(entry.url, base).href }]
    } catch {
      return []
    }
  })
}
