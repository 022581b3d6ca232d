import { weakEtag } from '../http/compressedCache'

export interface CachedPage {
  html: string
  status: number
  etag: string
}

const MAX_ENTRIES = 500
/** With no content version to key on (a WordPress site), a page is re-rendered this often at most. */
const TTL_WITHOUT_VERSION_MS = 30_000

/**
 * Rendered pages, keyed by request (language and URL) and content version: a page is rendered
 * once per version of the content, then served from memory. Least recently used entries go first.
 */
export class PageCache {
  private readonly entries = new Map<string, { page: CachedPage; version?: string; expires: number }>()

  static entry(html: string, status: number): CachedPage {
    return { html, status, etag: weakEtag(html) }
  }

  get(key: string, version: string | undefined): CachedPage | undefined {
    const found = this.entries.get(key)
    if (!found) return undefined
    this.entries.delete(key)
    if (found.version !== version || (version === undefined && found.expires < Date.now())) return undefined
    this.entries.set(key, found) // most recently used last
    return found.page
  }

  set(key: string, version: string | undefined, page: CachedPage): void {
    if (page.status !== 200 && page.status !== 404) return
    this.entries.set(key, { page, version, expires: Date.now() + TTL_WITHOUT_VERSION_MS })
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!)
  }
}
