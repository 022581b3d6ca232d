import { createHash } from 'node:crypto'
import { foldedTerms } from '../../src/content/fold'
import { readingMinutes } from '../../src/content/text'
import type { Article, ArticleSummary, Category, LeadImage, Page, Paged, SearchHit, Sitemap } from '../../src/api/types'
import type { Db } from '../db/schema'
import { snippet } from '../search/snippet'
import type { ContentSource, PageQuery } from './contentSource'

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
  language: 'vi' | 'en'
  source: string | null
  image_json: string | null
  body_json: string
  plain_text: string
  words: number
}

const SUMMARY_COLUMNS = `a.id, a.slug, a.title, a.lead, a.category, c.name_vi, c.name_en, a.published, a.updated,
  a.author, a.language, a.image_json, a.words`
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
    image: image ? { src: image.src, alt: image.alt, caption: image.caption ?? '' } : null,
    readingMinutes: readingMinutes(row.words),
  }
}

const offset = ({ page, pageSize }: PageQuery): number => (page - 1) * pageSize

/** The embedded content source: articles imported from `content/` into SQLite. */
export class LecternSource implements ContentSource {
  private contentVersion?: string
  constructor(private readonly db: Db) {}

  /** A digest of everything imported: the import runs before the source is made, so it is computed once. */
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

  async listArticles(query: PageQuery & { category?: string }): Promise<Paged<ArticleSummary> | undefined> {
    const { category } = query
    if (category && !this.db.prepare('SELECT 1 FROM categories WHERE slug = ?').get(category)) return undefined
    const where = category ? 'WHERE a.category = @category' : ''
    const params = { category: category ?? null, limit: query.pageSize, offset: offset(query) }
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} ${FROM} ${where} ORDER BY a.published_utc DESC, a.id DESC LIMIT @limit OFFSET @offset`)
      .all(params) as ArticleRow[]
    const { total } = this.db.prepare(`SELECT count(*) AS total ${FROM} ${where}`).get(params) as { total: number }
    return { items: rows.map(toSummary), total, page: query.page, pageSize: query.pageSize }
  }

  async getArticle(slug: string): Promise<Article | undefined> {
    const row = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS}, a.source, a.body_json ${FROM} WHERE a.slug = ?`)
      .get(slug) as ArticleRow | undefined
    if (!row) return undefined
    return { ...toSummary(row), source: row.source, body: JSON.parse(row.body_json) }
  }

  async listCategories(): Promise<Category[]> {
    const rows = this.db
      .prepare(`SELECT c.*, (SELECT count(*) FROM articles a WHERE a.category = c.slug) AS article_count
        FROM categories c ORDER BY c.position`)
      .all() as { slug: string; name_vi: string; name_en: string; description_vi: string; description_en: string; article_count: number }[]
    return rows.map((r) => ({
      slug: r.slug,
      name: { vi: r.name_vi, en: r.name_en },
      description: { vi: r.description_vi, en: r.description_en },
      articleCount: r.article_count,
    }))
  }

  async getPage(slug: string): Promise<Page | undefined> {
    const row = this.db.prepare('SELECT * FROM pages WHERE slug = ?').get(slug) as
      | { slug: string; title: string; lead: string; language: 'vi' | 'en'; updated: string | null; body_json: string }
      | undefined
    if (!row) return undefined
    const { body_json, ...page } = row
    return { ...page, body: JSON.parse(body_json) }
  }

  async search(query: PageQuery & { q: string }): Promise<Paged<SearchHit>> {
    const terms = foldedTerms(query.q)
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize }
    if (!terms.length) return empty
    // Every term quoted and prefixed: FTS5 operators in the reader's query are never interpreted.
    const match = terms.map((t) => `"${t}"*`).join(' AND ')
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS}, a.plain_text FROM articles_fts f JOIN articles a ON a.id = f.rowid
        JOIN categories c ON c.slug = a.category
        WHERE articles_fts MATCH @match ORDER BY bm25(articles_fts, 10.0, 4.0, 1.0), a.published_utc DESC
        LIMIT @limit OFFSET @offset`)
      .all({ match, limit: query.pageSize, offset: offset(query) }) as ArticleRow[]
    const { total } = this.db
      .prepare('SELECT count(*) AS total FROM articles_fts WHERE articles_fts MATCH ?')
      .get(match) as { total: number }
    const items = rows.map((row) => ({
      ...toSummary(row),
      snippet: snippet(`${row.lead}\n${row.plain_text}`, query.q),
    }))
    return { items, total, page: query.page, pageSize: query.pageSize }
  }

  async sitemap(): Promise<Sitemap> {
    const categories = await this.listCategories()
    const articles = this.db
      .prepare('SELECT slug, title, language, category FROM articles ORDER BY published_utc DESC, id DESC')
      .all() as { slug: string; title: string; language: 'vi' | 'en'; category: string }[]
    const pages = this.db.prepare('SELECT slug, title, language FROM pages ORDER BY slug').all() as Sitemap['pages']
    return {
      categories: categories.map((c) => ({
        slug: c.slug,
        name: c.name,
        articles: articles.filter((a) => a.category === c.slug).map(({ slug, title, language }) => ({ slug, title, language })),
      })),
      pages,
    }
  }
}
