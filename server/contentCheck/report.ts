import type { FindingSeverity } from '../../core/contentFindings'
import type { Db } from '../db/schema'
import { originalUrlOf, readFindings, whereOf, type ArticleFindings, type FindingsFilter } from './findings'

export interface RuleCount { rule: string; severity: FindingSeverity; findings: number; articles: number }
export interface ArticleCount { slug: string; title: string; errors: number; warnings: number }

/** What the editors' report reads: stored findings, counted and listed with the filters applied. */
export interface FindingsReport {
  ruleCounts(): RuleCount[]
  articles(filter: FindingsFilter, page: { offset: number; limit: number }): { total: number; items: ArticleCount[] }
  article(slug: string): ArticleFindings | undefined
  all(filter: FindingsFilter): ArticleFindings[]
}

/** The report over the embedded store (content/ imported, or a synced site): one indexed query per answer. */
export class StoredFindingsReport implements FindingsReport {
  private readonly statements

  constructor(private readonly db: Db) {
    this.statements = {
      ruleCounts: db.prepare(`SELECT rule, severity, count(*) AS findings, count(DISTINCT article_id) AS articles FROM article_findings
        GROUP BY rule, severity ORDER BY severity, findings DESC, rule`),
      // Without a filter the counts stored per article answer, without touching the findings.
      allArticles: db.prepare(`SELECT a.slug, a.title, c.errors, c.warnings FROM article_checks c JOIN articles a ON a.id = c.article_id
        WHERE c.errors + c.warnings > 0 ORDER BY c.errors DESC, c.warnings DESC, a.published_utc DESC, a.id LIMIT @limit OFFSET @offset`),
      allTotal: db.prepare('SELECT count(*) FROM article_checks WHERE errors + warnings > 0').pluck(),
      article: db.prepare('SELECT title, source FROM articles WHERE slug = ?'),
    }
  }

  ruleCounts(): RuleCount[] {
    return this.statements.ruleCounts.all() as RuleCount[]
  }

  articles(filter: FindingsFilter, { offset, limit }: { offset: number; limit: number }): { total: number; items: ArticleCount[] } {
    if (!filter.rule && !filter.severity) {
      return { total: this.statements.allTotal.get() as number, items: this.statements.allArticles.all({ offset, limit }) as ArticleCount[] }
    }
    // Counted and ordered from the findings' index alone; only the page's articles are read.
    const where = whereOf(filter)
    const total = this.db.prepare(`SELECT count(DISTINCT f.article_id) FROM article_findings f ${where}`).pluck().get(filter) as number
    const items = this.db.prepare(`SELECT a.slug, a.title, page.errors, page.warnings FROM (
        SELECT f.article_id, sum(f.severity = 'error') AS errors, sum(f.severity = 'warning') AS warnings FROM article_findings f ${where}
        GROUP BY f.article_id ORDER BY errors DESC, warnings DESC, f.article_id DESC LIMIT @limit OFFSET @offset
      ) AS page JOIN articles a ON a.id = page.article_id
      ORDER BY page.errors DESC, page.warnings DESC, a.id DESC`).all({ ...filter, offset, limit }) as ArticleCount[]
    return { total, items }
  }

  article(slug: string): ArticleFindings | undefined {
    const row = this.statements.article.get(slug) as { title: string; source: string | null } | undefined
    if (!row) return undefined
    return readFindings(this.db, { slug }, 'vi')[0] ?? { slug, title: row.title, originalUrl: originalUrlOf(row.source), findings: [] }
  }

  all(filter: FindingsFilter): ArticleFindings[] {
    return readFindings(this.db, filter, 'vi')
  }
}
