import { createHash } from 'node:crypto'
import { foldedTerms } from '../../core/fold'
import { readingMinutes } from '../../core/text'
import type { Article, ArticleSummary, Category, LeadImage, Page, Paged, SearchHit, Sitemap } from '../../core/types'
import type { Db } from '../db/schema'
import type { SearchPool } from '../search/searchPool'
import { pageOfMatches, scoreMatches } from '../search/bm25'
import { BM25_SQL, ScoreIndexReader } from '../search/scoreIndex'
import { snippet, snippetQuery } from '../search/snippet'
import type { ContentSource, PageQuery } from '../../core/contentSource'
import type { Locale } from '../../core/locale'

interface ArticleRow {
  id: number
  slug: string
  title: string
  lead: string
  category: string
  name_vi: string
  name_en: string
  published: string
  updated: string | null
  author: string
  language: Locale
  source: string | null
  image_json: string | null
  body_json: string
  plain_text: string
  /** Folded lead and body, from the search index (what the snippet marks matches in). */
  folded_lead: string
  folded_body: string
  words: number
  original_url: string | null
  confirmed_at: string | null
  text_language: string | null
}

const SUMMARY_COLUMNS = `a.id, a.slug, a.title, a.lead, a.category, c.name_vi, c.name_en, a.published, a.updated,
  a.author, a.language, a.image_json, a.words, a.original_url, a.confirmed_at, a.text_language`
const FROM = 'FROM articles a JOIN categories c ON c.slug = a.category'

function toSummary(row: ArticleRow): ArticleSummary {
  const image = row.image_json ? (JSON.parse(row.image_json) as LeadImage) : null
  return {
    slug: row.slug,
    title: row.title,
    lead: row.lead,
    category: { slug: row.category, name: { vi: row.name_vi, en: row.name_en } },
    published: row.published,
    updated: row.updated,
    author: row.author,
    language: row.language,
    ...(row.text_language ? { textLanguage: row.text_language } : {}),
    image: image ? { src: image.src, alt: image.alt, caption: image.caption ?? '' } : null,
    readingMinutes: readingMinutes(row.words),
    // Only synced articles (CONTENT_SOURCE=site) have these.
    ...(row.original_url ? { originalUrl: row.original_url } : {}),
    ...(row.confirmed_at ? { confirmedAt: row.confirmed_at } : {}),
  }
}

const offset = ({ page, pageSize }: PageQuery): number => (page - 1) * pageSize

/** Search pages ending past this many matches are ordered by the query that dates every match. */
const DATED_ALONE = 200

type CategoryRow = { slug: string; name_vi: string; name_en: string; description_vi: string; description_en: string; article_count: number }
type PageRow = { slug: string; title: string; lead: string; language: Locale; updated: string | null; body_json: string }

/** Every statement the source runs, prepared once when it is made (preparing costs more than most of these queries). */
function prepareStatements(db: Db) {
  const list = (where: string) =>
    db.prepare(`SELECT ${SUMMARY_COLUMNS} ${FROM} ${where} ORDER BY a.published_utc DESC, a.id DESC LIMIT @limit OFFSET @offset`)
  return {
    categoryExists: db.prepare('SELECT 1 FROM categories WHERE slug = ?').pluck(),
    listAll: list(''),
    listInCategory: list('WHERE a.category = @category'),
    countAll: db.prepare(`SELECT count(*) FROM articles`).pluck(),
    countInCategory: db.prepare(`SELECT count(*) FROM articles WHERE category = @category`).pluck(),
    article: db.prepare(`SELECT ${SUMMARY_COLUMNS}, a.source, a.body_json ${FROM} WHERE a.slug = ?`),
    categories: db.prepare(`SELECT c.*, (SELECT count(*) FROM articles a WHERE a.category = c.slug) AS article_count
      FROM categories c ORDER BY c.position`),
    page: db.prepare('SELECT * FROM pages WHERE slug = ?'),
    // Ranks ids only: sorting every match with its columns (the whole text among them) was most of
    // a search's cost. Ties in rank go to the newer article (dates from the small articles_dates index).
    searchRanked: db.prepare(`SELECT a.id FROM articles_fts f JOIN articles a INDEXED BY articles_dates ON a.id = f.rowid
      WHERE articles_fts MATCH @match ORDER BY ${BM25_SQL}, a.published_utc DESC
      LIMIT @limit OFFSET @offset`).pluck(),
    // The first matches by score alone, and the date of one article: see LecternSource.rankedIds.
    searchScored: db.prepare(`SELECT rowid AS id, ${BM25_SQL} AS score FROM articles_fts
      WHERE articles_fts MATCH @match ORDER BY score LIMIT @limit`),
    publishedUtc: db.prepare('SELECT published_utc FROM articles INDEXED BY articles_dates WHERE id = ?').pluck(),
    // SQLite's ln is the libm log FTS5's bm25 uses: idf computed with it is the same double.
    ln: db.prepare('SELECT ln(?)').pluck(),
    searchCount: db.prepare('SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?').pluck(),
    searchHit: db.prepare(`SELECT ${SUMMARY_COLUMNS}, a.plain_text, f.lead AS folded_lead, f.body AS folded_body ${FROM}
      JOIN articles_fts f ON f.rowid = a.id WHERE a.id = ?`),
    sitemapArticles: db.prepare('SELECT slug, title, language, text_language, category FROM articles ORDER BY published_utc DESC, id DESC'),
    sitemapPages: db.prepare('SELECT slug, title, language FROM pages ORDER BY slug'),
  }
}

/** The embedded content source: articles imported from `content/` into SQLite. */
export class LecternSource implements ContentSource {
  private readonly statements: ReturnType<typeof prepareStatements>
  private readonly scoreIndex: ScoreIndexReader
  private contentVersion?: string
  private pool?: SearchPool

  constructor(private readonly db: Db) {
    this.statements = prepareStatements(db)
    this.scoreIndex = new ScoreIndexReader(db)
  }

  /** A digest of everything imported, computed once per import (see contentChanged). */
  version(): string {
    this.contentVersion ??= createHash('sha1')
      .update(JSON.stringify([
        this.db.prepare('SELECT slug, content_hash FROM articles ORDER BY slug').all(),
        this.db.prepare('SELECT slug, content_hash FROM pages ORDER BY slug').all(),
        this.db.prepare('SELECT * FROM categories ORDER BY slug').all(),
      ]))
      .digest('base64url')
    return this.contentVersion
  }

  /** Call after an import: the digest is computed again, and answers cached for the old content are dropped. */
  contentChanged(): void {
    this.contentVersion = undefined
  }

  async listArticles(query: PageQuery & { category?: string }): Promise<Paged<ArticleSummary> | undefined> {
    const { category } = query
    const s = this.statements
    if (category && !s.categoryExists.get(category)) return undefined
    const params = { category: category ?? null, limit: query.pageSize, offset: offset(query) }
    const rows = (category ? s.listInCategory : s.listAll).all(params) as ArticleRow[]
    const total = (category ? s.countInCategory.get(params) : s.countAll.get()) as number
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize }
  }

  async getArticle(slug: string): Promise<Article | undefined> {
    const row = this.statements.article.get(slug) as ArticleRow | undefined
    if (!row) return undefined
    return { ...toSummary(row), source: row.source, body: JSON.parse(row.body_json) }
  }

  async listCategories(): Promise<Category[]> {
    const rows = this.statements.categories.all() as CategoryRow[]
    return rows.map((r) => ({
      slug: r.slug,
      name: { vi: r.name_vi, en: r.name_en },
      description: { vi: r.description_vi, en: r.description_en },
      articleCount: r.article_count,
    }))
  }

  async getPage(slug: string): Promise<Page | undefined> {
    const row = this.statements.page.get(slug) as PageRow | undefined
    if (!row) return undefined
    const { body_json, ...page } = row
    return { ...page, body: JSON.parse(body_json) }
  }

  /** Loads the search score index now (a search thread does, before it says it is ready), so no reader's search waits for it. */
  loadSearchScores(): void {
    this.scoreIndex.current()
  }

  /** Searches run in these threads (see SearchPool) once they are up, on this thread until then. */
  searchInThreads(pool: SearchPool): void {
    this.pool = pool
  }

  async search(query: PageQuery & { q: string }): Promise<Paged<SearchHit>> {
    if (this.pool?.available) return this.pool.search(query)
    // The threads start with the first search (an instance nobody searches never pays for them);
    // it, and those until they are up, run here.
    void this.pool?.start()
    return this.searchHere(query)
  }

  private searchHere(query: PageQuery & { q: string }): Paged<SearchHit> {
    const terms = foldedTerms(query.q)
    // A query with no letters or digits cannot match anything: answered without the database.
    if (!terms.length) return { items: [], total: 0, page: query.page, pageSize: query.pageSize }
    const s = this.statements
    // Every term quoted and prefixed: FTS5 operators in the reader's query are never interpreted.
    const match = terms.map((t) => `"${t}"*`).join(' AND ')
    const start = offset(query)
    const { ids, total } = this.rankedFromScores(terms, match, start, query.pageSize) ?? this.rankedByFts(match, start, query.pageSize)
    const marks = snippetQuery(query.q)
    const items = ids.map((id) => {
      const row = s.searchHit.get(id) as ArticleRow
      return { ...toSummary(row), snippet: snippet(`${row.lead}\n${row.plain_text}`, marks, 120, `${row.folded_lead}\n${row.folded_body}`) }
    })
    return { items, total, page: query.page, pageSize: query.pageSize }
  }

  /** One page of ids and the number of matches, from the score index (see bm25.ts); undefined without one. */
  private rankedFromScores(terms: string[], match: string, start: number, limit: number): { ids: number[]; total: number } | undefined {
    const index = this.scoreIndex.current()
    if (!index) return undefined
    const s = this.statements
    const matches = scoreMatches(index, terms, (x) => s.ln.get(x) as number)
    if (!matches) return undefined
    const ids = pageOfMatches(index, matches, start, limit, (rowid) => s.publishedUtc.get(rowid) as string) ??
      (s.searchRanked.all({ match, limit, offset: start }) as number[])
    return { ids, total: matches.ords.length }
  }

  private rankedByFts(match: string, start: number, limit: number): { ids: number[]; total: number } {
    const ids = this.rankedIds(match, start, limit)
    // A short page is the last one: its length gives the total without counting again.
    const total = ids.length < limit && (ids.length > 0 || start === 0) ? start + ids.length : (this.statements.searchCount.get(match) as number)
    return { ids, total }
  }

  /**
   * One page of the matches' ids, best score first and, between equal scores, newest first.
   * Scoring every match is a search's cost, and looking up the date of every match added a
   * fifth to it; only ties need the date. So the matches up to the end of the page, and one more,
   * are taken by score alone, and only these are dated and ordered. When a run of equal scores
   * goes past the page's end (the last and the next share a score), two share score and date,
   * or the page is deep, the query that dates every match answers instead: the same order always.
   */
  private rankedIds(match: string, offset: number, limit: number): number[] {
    const s = this.statements
    const end = offset + limit
    if (end > DATED_ALONE) return s.searchRanked.all({ match, limit, offset }) as number[]
    const scored = s.searchScored.all({ match, limit: end + 1 }) as { id: number; score: number }[]
    if (scored.length > end && scored[end - 1]!.score === scored[end]!.score) return s.searchRanked.all({ match, limit, offset }) as number[]
    const dated = scored.slice(0, end).map((row) => ({ ...row, published: s.publishedUtc.get(row.id) as string }))
    dated.sort((a, b) => a.score - b.score || (a.published < b.published ? 1 : a.published > b.published ? -1 : 0))
    const tied = dated.some((row, i) => i > 0 && row.score === dated[i - 1]!.score && row.published === dated[i - 1]!.published)
    if (tied) return s.searchRanked.all({ match, limit, offset }) as number[]
    return dated.slice(offset).map((row) => row.id)
  }

  async sitemap(): Promise<Sitemap> {
    const categories = await this.listCategories()
    type Row = { slug: string; title: string; language: Locale; text_language: string | null; category: string }
    const articles = this.statements.sitemapArticles.all() as Row[]
    const pages = this.statements.sitemapPages.all() as Sitemap['pages']
    return {
      categories: categories.map((c) => ({
        slug: c.slug,
        name: c.name,
        articles: articles.filter((a) => a.category === c.slug)
          .map(({ slug, title, language, text_language }) => ({ slug, title, language, ...(text_language ? { textLanguage: text_language } : {}) })),
      })),
      pages,
    }
  }
}
