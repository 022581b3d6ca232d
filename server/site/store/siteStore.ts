import { createHash } from 'node:crypto'
import { fold } from '../../../core/fold'
import type { ArticleDocument } from '../../../core/document'
import type { LeadImage } from '../../../core/types'
import type { Db } from '../../db/schema'
import { buildScoreIndex } from '../../search/scoreIndex'
import { refreshFindings, type RefreshOptions } from '../../contentCheck/store'
import type { ResourceCache } from '../discover/discover'
import { openSiteTables } from './siteSchema'
import { slugForUrl } from './slug'

export interface SitePageRow {
  url: string
  slug: string
  etag: string | null
  last_modified: string | null
  lastmod: string | null
  content_hash: string | null
  good_words: number | null
  status: 'new' | 'good' | 'stale' | 'failed' | 'gone' | 'disallowed'
  last_good: string | null
  checked_at: string | null
  failures: number
}

/** One synced article, ready for its rows. */
export interface SiteArticle {
  url: string
  title: string
  lead: string
  category: { slug: string; name: string }
  published: string
  updated: string | null
  author: string
  language: 'vi' | 'en'
  textLanguage?: string
  image: LeadImage | null
  body: ArticleDocument
  plainText: string
  words: number
  /** A digest of what was extracted: an unchanged page writes nothing. */
  hash: string
}

export const DEFAULT_CATEGORY = { slug: 'tin-tuc', name: { vi: 'Tin tức', en: 'News' } }

/** The site source's reads and writes: its own tables and the embedded store's articles, search index and categories. */
export class SiteStore {
  private readonly s
  /** Whether articles changed since the search scores were last built. */
  private changed = false

  constructor(private readonly db: Db) {
    openSiteTables(db)
    this.s = {
      page: db.prepare('SELECT * FROM site_pages WHERE url = ?'),
      slugTaken: db.prepare('SELECT 1 FROM site_pages WHERE slug = ? UNION ALL SELECT 1 FROM articles WHERE slug = ? LIMIT 1').pluck(),
      insertPage: db.prepare('INSERT INTO site_pages (url, slug) VALUES (?, ?)'),
      allPages: db.prepare('SELECT * FROM site_pages'),
      goodCount: db.prepare("SELECT count(*) FROM site_pages WHERE status IN ('good', 'stale')").pluck(),
      slugOf: db.prepare("SELECT slug FROM site_pages WHERE url = ? AND status <> 'gone'").pluck(),
      resource: db.prepare('SELECT etag, last_modified AS lastModified, data FROM site_resources WHERE url = ?'),
      putResource: db.prepare('INSERT OR REPLACE INTO site_resources VALUES (?, ?, ?, ?)'),
      upsertCategory: db.prepare(`INSERT INTO categories VALUES (@slug, @vi, @en, '', '', (SELECT coalesce(max(position), -1) + 1 FROM categories))
        ON CONFLICT(slug) DO NOTHING`),
      upsertArticle: db.prepare(`INSERT INTO articles (slug, title, lead, category, published, published_utc, updated, author, language, source, image_json, body_json, plain_text, words, content_hash, original_url, confirmed_at, text_language)
        VALUES (@slug, @title, @lead, @category, @published, @published_utc, @updated, @author, @language, NULL, @image_json, @body_json, @plain_text, @words, @content_hash, @original_url, NULL,
          @text_language)
        ON CONFLICT(slug) DO UPDATE SET title=excluded.title, lead=excluded.lead, category=excluded.category, published=excluded.published,
          published_utc=excluded.published_utc, updated=excluded.updated, author=excluded.author, language=excluded.language,
          image_json=excluded.image_json, body_json=excluded.body_json, plain_text=excluded.plain_text, words=excluded.words,
          content_hash=excluded.content_hash, original_url=excluded.original_url, confirmed_at=NULL,
          text_language=excluded.text_language
        RETURNING id`),
      articleId: db.prepare('SELECT id FROM articles WHERE slug = ?').pluck(),
      deleteFts: db.prepare('DELETE FROM articles_fts WHERE rowid = ?'),
      insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, lead, body) VALUES (?, ?, ?, ?)'),
      deleteArticle: db.prepare('DELETE FROM articles WHERE id = ?'),
      markGood: db.prepare(`UPDATE site_pages SET status = 'good', etag = @etag, last_modified = @last_modified, lastmod = @lastmod,
        content_hash = coalesce(@content_hash, content_hash), good_words = coalesce(@good_words, good_words), last_good = @now,
        checked_at = @now, failures = 0, last_error = NULL WHERE url = @url`),
      markFailed: db.prepare(`UPDATE site_pages SET status = CASE WHEN last_good IS NULL THEN 'failed' ELSE 'stale' END,
        checked_at = @now, failures = failures + 1, last_error = @error WHERE url = @url`),
      markStatus: db.prepare('UPDATE site_pages SET status = @status, checked_at = @now, last_error = @error WHERE url = @url'),
      confirmedAt: db.prepare('UPDATE articles SET confirmed_at = ? WHERE slug = ? AND confirmed_at IS NOT ?'),
      confirmFresh: db.prepare('UPDATE articles SET confirmed_at = NULL WHERE slug = ? AND confirmed_at IS NOT NULL'),
      picture: db.prepare('SELECT url FROM site_pictures WHERE hash = ?').pluck(),
      putPicture: db.prepare('INSERT OR IGNORE INTO site_pictures VALUES (?, ?)'),
    }
  }

  page(url: string): SitePageRow | undefined {
    return this.s.page.get(url) as SitePageRow | undefined
  }

  /** The row for an address, made (with its slug fixed for good) on first sight. */
  track(url: string): SitePageRow {
    const known = this.page(url)
    if (known) return known
    const slug = slugForUrl(url, (candidate) => Boolean(this.s.slugTaken.get(candidate, candidate)))
    this.s.insertPage.run(url, slug)
    return this.page(url)!
  }

  /** Every address's row (gone ones too), by address: one query for a whole sync, not one per page. */
  rowsByUrl(): Map<string, SitePageRow> {
    return new Map((this.s.allPages.all() as SitePageRow[]).map((row) => [row.url, row]))
  }

  /** Articles Lectern holds a copy of (current or last good). */
  articleCount(): number {
    return this.s.goodCount.get() as number
  }

  slugOf(url: string): string | undefined {
    return this.s.slugOf.get(url) as string | undefined
  }

  readonly resources: ResourceCache = {
    get: (url) => this.s.resource.get(url) as ReturnType<ResourceCache['get']>,
    put: (url, etag, lastModified, data) => void this.s.putResource.run(url, etag, lastModified, data),
  }

  /** Writes a fetched, extracted article (unless unchanged) and marks its page good. */
  save(row: SitePageRow, article: SiteArticle, validators: { etag: string | null; lastModified: string | null; lastmod: string | null }): 'added' | 'changed' | 'unchanged' {
    const now = new Date().toISOString()
    let outcome: 'added' | 'changed' | 'unchanged' = 'unchanged'
    this.db.transaction(() => {
      const existing = this.s.articleId.get(row.slug) as number | undefined
      if (existing === undefined || row.content_hash !== article.hash) {
        this.writeArticle(row.slug, article)
        outcome = existing === undefined ? 'added' : 'changed'
      } else {
        this.s.confirmFresh.run(row.slug)
      }
      this.s.markGood.run({ url: row.url, etag: validators.etag, last_modified: validators.lastModified, lastmod: validators.lastmod,
        content_hash: article.hash, good_words: article.words, now })
    })()
    return outcome
  }

  private writeArticle(slug: string, a: SiteArticle): void {
    const category = a.category.slug === DEFAULT_CATEGORY.slug ? DEFAULT_CATEGORY : { slug: a.category.slug, name: { vi: a.category.name,
      en: a.category.name } }
    this.s.upsertCategory.run({ slug: category.slug, vi: category.name.vi, en: category.name.en })
    const { id } = this.s.upsertArticle.get({
      slug,
      title: a.title,
      lead: a.lead,
      category: category.slug,
      published: a.published,
      published_utc: new Date(a.published).toISOString(),
      updated: a.updated,
      author: a.author,
      language: a.language,
      image_json: a.image ? JSON.stringify(a.image) : null,
      body_json: JSON.stringify(a.body),
      plain_text: a.plainText,
      words: a.words,
      content_hash: a.hash,
      original_url: a.url,
      text_language: a.textLanguage ?? null,
    }) as { id: number }
    this.s.deleteFts.run(id)
    this.s.insertFts.run(id, fold(a.title), fold(a.lead), fold(a.plainText))
    this.invalidateScores()
  }

  /** Pages confirmed unchanged and already current: written together in finish() (a transaction each cost more than the 304). */
  private readonly confirmed: string[] = []

  /** Tracks many addresses in one transaction, and returns every row by address (see rowsByUrl). */
  trackAll(urls: Iterable<string>): Map<string, SitePageRow> {
    const rows = this.rowsByUrl()
    this.db.transaction(() => {
      for (const url of urls) if (!rows.has(url)) rows.set(url, this.track(url))
    })()
    return rows
  }

  /** A 304: the copy held is still the origin's. */
  confirm(row: SitePageRow, lastmod: string | null): void {
    if (row.status === 'good' && row.lastmod === lastmod) {
      this.confirmed.push(row.url)
      return
    }
    const now = new Date().toISOString()
    this.db.transaction(() => {
      this.s.confirmFresh.run(row.slug)
      this.s.markGood.run({ url: row.url, etag: row.etag, last_modified: row.last_modified, lastmod, content_hash: null, good_words: null, now })
    })()
  }

  /** The refresh failed: the last good copy (if any) stays, and says when it was last confirmed. */
  keepLastGood(row: SitePageRow, error: string): void {
    this.db.transaction(() => {
      this.s.markFailed.run({ url: row.url, error: error.slice(0, 500), now: new Date().toISOString() })
      if (row.last_good) this.s.confirmedAt.run(row.last_good, row.slug, row.last_good)
    })()
  }

  /** 404/410 (or now disallowed by robots.txt): the article leaves Lectern. */
  remove(row: SitePageRow, status: 'gone' | 'disallowed', reason: string): boolean {
    let removed = false
    this.db.transaction(() => {
      const id = this.s.articleId.get(row.slug) as number | undefined
      if (id !== undefined) {
        this.s.deleteArticle.run(id)
        this.s.deleteFts.run(id)
        this.invalidateScores()
        removed = true
      }
      this.s.markStatus.run({ url: row.url, status, error: reason, now: new Date().toISOString() })
    })()
    return removed
  }

  /** The hash Lectern serves an origin picture under (recorded, so only pictures met in articles are ever fetched). */
  pictureHash(url: string): string {
    const hash = createHash('sha256').update(url).digest('hex').slice(0, 32)
    this.s.putPicture.run(hash, url)
    return hash
  }

  pictureUrl(hash: string): string | undefined {
    return this.s.picture.get(hash) as string | undefined
  }

  private invalidateScores(): void {
    // Scores from the old articles must not rank the new ones: search ranks with FTS5 alone until finish().
    if (!this.changed) this.db.prepare('DELETE FROM search_scores').run()
    this.changed = true
  }

  /** The content check's findings for every article written since they were last checked. */
  refreshFindings(options: RefreshOptions): number {
    return refreshFindings(this.db, options)
  }

  /** After a sync: the confirmed pages marked, the search index compacted and its scores rebuilt, when anything changed. */
  finish(): { changed: boolean; searchScores?: boolean } {
    if (this.confirmed.length) {
      const now = new Date().toISOString()
      this.db.prepare(`UPDATE site_pages SET checked_at = ?, last_good = ? WHERE url IN (SELECT value FROM json_each(?))`)
        .run(now, now, JSON.stringify(this.confirmed.splice(0)))
    }
    const changed = this.changed
    this.changed = false
    if (!changed && this.db.prepare("SELECT 1 FROM search_scores WHERE part = 'id'").get()) return { changed }
    if (changed) this.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    const searchScores = buildScoreIndex(this.db)
    if (changed) this.db.pragma('wal_checkpoint(TRUNCATE)')
    return { changed, searchScores }
  }
}
