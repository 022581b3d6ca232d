import type { Db } from '../db/schema'

/**
 * Stored content-check findings (see core/contentCheck/). `article_checks` says which version of
 * an article (its content hash) was checked with which rules, and keeps what conversion noted, so
 * a new rule version can check it again without the source; `article_findings` holds what was
 * found, in the order found. Both go with their article (ON DELETE CASCADE).
 */
const FINDINGS_SCHEMA = `
CREATE TABLE IF NOT EXISTS article_checks (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  content_hash TEXT NOT NULL,
  rules_version INTEGER NOT NULL,
  notes_json TEXT NOT NULL,
  errors INTEGER NOT NULL,
  warnings INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS article_findings (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  rule TEXT NOT NULL,
  severity TEXT NOT NULL CHECK (severity IN ('error', 'warning')),
  excerpt TEXT NOT NULL,
  PRIMARY KEY (article_id, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS article_findings_by_rule ON article_findings (rule, severity);
CREATE INDEX IF NOT EXISTS article_checks_by_errors ON article_checks (errors DESC, warnings DESC);
-- Which articles need checking, from the index alone: an article's row puts its hash after its
-- body, and reading it there walks every body's overflow pages (0.5 s on 10,000 articles).
CREATE INDEX IF NOT EXISTS articles_checked ON articles (content_hash, slug);
`

export function createFindingsTables(db: Db): void {
  db.exec(FINDINGS_SCHEMA)
}
