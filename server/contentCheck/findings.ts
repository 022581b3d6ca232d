import { checkDocument, CONTENT_RULES, ruleMessage } from '../../core/contentCheck'
import type { FindingSeverity } from '../../core/contentFindings'
import type { Db } from '../db/schema'
import type { ContentSource } from '../../core/contentSource'

/** One article's findings, as the CLI prints them and the editors' report lists them. */
export interface ArticleFindings {
  slug: string
  title: string
  /** Where the article was first published (a synced or WordPress page), when known. */
  originalUrl: string | null
  findings: { rule: string; severity: FindingSeverity; message: string; excerpt: string }[]
}

export interface FindingsFilter {
  rule?: string
  severity?: FindingSeverity
}

export type Locale = 'vi' | 'en'

export const isRule = (rule: string): boolean => CONTENT_RULES.some((r) => r.id === rule)
export const isSeverity = (value: string): value is FindingSeverity => value === 'error' || value === 'warning'

/** A source that names a web address is the original; sample content names itself in words. */
export const originalUrlOf = (source: string | null | undefined): string | null => (source && /^https?:\/\//i.test(source) ? source : null)

/**
 * The WHERE clause for the filters that are set, with named parameters (never the values): a
 * clause per filter lets SQLite use its indexes, which "(@rule IS NULL OR f.rule = @rule)" does not.
 */
export function whereOf(filter: FindingsFilter & { slug?: string }): string {
  const clauses = [filter.rule ? 'f.rule = @rule' : '', filter.severity ? 'f.severity = @severity' : '', filter.slug ? 'a.slug = @slug' : ''].filter(Boolean)
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''
}

/** The stored findings of every article that has any (matching the filter), most errors first. */
export function readFindings(db: Db, filter: FindingsFilter & { slug?: string } = {}, locale: Locale = 'vi'): ArticleFindings[] {
  const rows = db.prepare(`SELECT a.slug, a.title, a.source, f.rule, f.severity, f.excerpt
    FROM article_findings f JOIN articles a ON a.id = f.article_id JOIN article_checks c ON c.article_id = a.id
    ${whereOf(filter)} ORDER BY c.errors DESC, c.warnings DESC, a.published_utc DESC, a.id, f.position`)
    .all(filter) as { slug: string; title: string; source: string | null; rule: string; severity: FindingSeverity; excerpt: string }[]
  const bySlug = new Map<string, ArticleFindings>()
  for (const row of rows) {
    let article = bySlug.get(row.slug)
    if (!article) bySlug.set(row.slug, article = { slug: row.slug, title: row.title, originalUrl: originalUrlOf(row.source), findings: [] })
    article.findings.push({ rule: row.rule, severity: row.severity, message: ruleMessage(row.rule, locale), excerpt: row.excerpt })
  }
  return [...bySlug.values()]
}

/**
 * Checks a source's articles on demand, through the source (WordPress: nothing is stored, the
 * site is read as a reader's request would read it), `concurrency` requests at a time.
 */
export async function checkSource(source: ContentSource, { locale = 'vi', concurrency = 4 }: { locale?: Locale; concurrency?: number } = {}): Promise<ArticleFindings[]> {
  const sitemap = await source.sitemap()
  const entries = [...new Map(sitemap.categories.flatMap((c) => c.articles).map((a) => [a.slug, a])).values()]
  const results: ArticleFindings[] = []
  let next = 0
  const work = async (): Promise<void> => {
    while (next < entries.length) {
      const entry = entries[next++]!
      const article = await source.getArticle(entry.slug)
      if (!article) continue
      const findings = checkDocument(article.body, { language: article.language })
      if (findings.length) {
        results.push({
          slug: article.slug, title: article.title, originalUrl: originalUrlOf(article.source),
          findings: findings.map((f) => ({ ...f, message: ruleMessage(f.rule, locale) })),
        })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, entries.length) }, work))
  return results.sort((a, b) => errors(b) - errors(a) || b.findings.length - a.findings.length || a.slug.localeCompare(b.slug))
}

export const errors = (article: ArticleFindings): number => article.findings.filter((f) => f.severity === 'error').length
