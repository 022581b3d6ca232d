import { checkDocument, RULES_VERSION, type ContentFinding, type Glossary } from '../../core/contentCheck'
import type { ConversionNote } from '../../core/contentFindings'
import type { ArticleDocument } from '../../core/document'
import type { Db } from '../db/schema'

/** An article's check, ready to store: what conversion noted and what the rules found. */
export interface ArticleCheck {
  notes: ConversionNote[]
  findings: ContentFinding[]
}

/** Runs the rules over one converted article (in an import worker, or in refreshFindings). */
export const checkArticle = (document: ArticleDocument, language: string, notes: ConversionNote[], glossary?: Glossary): ArticleCheck =>
  ({ notes, findings: checkDocument(document, { language, notes, glossary }) })

/** Writes one article's check in place of the one before (call inside the caller's transaction). */
export class FindingsWriter {
  private readonly statements

  constructor(db: Db) {
    this.statements = {
      clear: db.prepare('DELETE FROM article_findings WHERE article_id = ?'),
      check: db.prepare(`INSERT INTO article_checks (article_id, content_hash, rules_version, notes_json, errors, warnings) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(article_id) DO UPDATE SET content_hash=excluded.content_hash, rules_version=excluded.rules_version,
        notes_json=excluded.notes_json, errors=excluded.errors, warnings=excluded.warnings`),
      finding: db.prepare('INSERT INTO article_findings (article_id, position, rule, severity, excerpt) VALUES (?, ?, ?, ?, ?)'),
    }
  }

  write(articleId: number, contentHash: string, { notes, findings }: ArticleCheck): void {
    const { clear, check, finding } = this.statements
    clear.run(articleId)
    const errors = findings.filter((f) => f.severity === 'error').length
    check.run(articleId, contentHash, RULES_VERSION, JSON.stringify(notes), errors, findings.length - errors)
    findings.forEach((f, position) => finding.run(articleId, position, f.rule, f.severity, f.excerpt))
  }
}

/** Slugs of the articles whose findings are missing, of another version of the article, or of other rules. */
export function staleChecks(db: Db): Set<string> {
  return new Set(db.prepare(`SELECT a.slug FROM articles a INDEXED BY articles_checked LEFT JOIN article_checks c ON c.article_id = a.id
    WHERE c.article_id IS NULL OR c.content_hash <> a.content_hash OR c.rules_version <> ?`).pluck().all(RULES_VERSION) as string[])
}

export interface RefreshOptions {
  /** What conversion noted for articles just written (by slug); otherwise the notes stored for the same version are kept. */
  notes?: ReadonlyMap<string, ConversionNote[]>
  glossary?: Glossary
}

/**
 * Checks every article whose findings are missing or stale, from its stored document: what the
 * site source calls after a sync (and the import after it, for what it did not check itself).
 * Returns how many articles were checked.
 */
export function refreshFindings(db: Db, { notes, glossary }: RefreshOptions = {}): number {
  const stale = db.prepare(`SELECT a.id FROM articles a INDEXED BY articles_checked LEFT JOIN article_checks c ON c.article_id = a.id
    WHERE c.article_id IS NULL OR c.content_hash <> a.content_hash OR c.rules_version <> ?`).pluck().all(RULES_VERSION) as number[]
  if (!stale.length) return 0
  const read = db.prepare(`SELECT a.id, a.slug, a.language, a.body_json AS body, a.content_hash AS hash,
      CASE WHEN c.content_hash = a.content_hash THEN c.notes_json END AS kept
    FROM articles a LEFT JOIN article_checks c ON c.article_id = a.id WHERE a.id = ?`)
  const writer = new FindingsWriter(db)
  db.transaction(() => {
    for (const id of stale) {
      const row = read.get(id) as { id: number; slug: string; language: string; body: string; hash: string; kept: string | null }
      const noted = notes?.get(row.slug) ?? (row.kept ? (JSON.parse(row.kept) as ConversionNote[]) : [])
      writer.write(row.id, row.hash, checkArticle(JSON.parse(row.body) as ArticleDocument, row.language, noted, glossary))
    }
  })()
  return stale.length
}
