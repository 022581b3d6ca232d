import Database from 'better-sqlite3'
import { createFindingsTables } from '../contentCheck/schema'

export type Db = Database.Database

const SCHEMA = `
CREATE TABLE IF NOT EXISTS categories (
  slug TEXT PRIMARY KEY,
  name_vi TEXT NOT NULL, name_en TEXT NOT NULL,
  description_vi TEXT NOT NULL, description_en TEXT NOT NULL,
  position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS articles (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  lead TEXT NOT NULL,
  category TEXT NOT NULL REFERENCES categories(slug),
  published TEXT NOT NULL,
  published_utc TEXT NOT NULL,
  updated TEXT,
  author TEXT NOT NULL,
  language TEXT NOT NULL CHECK (language IN ('vi', 'en')),
  source TEXT,
  image_json TEXT,
  body_json TEXT NOT NULL,
  plain_text TEXT NOT NULL,
  words INTEGER NOT NULL,
  content_hash TEXT NOT NULL,
  -- The site source (CONTENT_SOURCE=site): the page this copy came from, and, when the last
  -- refresh failed and this is the last good copy, when the origin last confirmed it.
  original_url TEXT,
  confirmed_at TEXT,
  -- A synced page's own language when it is neither vi nor en (a BCP 47 tag; see ArticleSummary.textLanguage).
  text_language TEXT
);
CREATE INDEX IF NOT EXISTS articles_by_date ON articles (published_utc DESC, id DESC);
CREATE INDEX IF NOT EXISTS articles_by_category ON articles (category, published_utc DESC, id DESC);
-- Search breaks ties in rank by date for every match: from this index, a few pages, rather than
-- from the article rows, whose text spreads them over the whole file (×4 on 10,000 articles).
CREATE INDEX IF NOT EXISTS articles_dates ON articles (id, published_utc);
CREATE TABLE IF NOT EXISTS pages (
  slug TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  lead TEXT NOT NULL,
  language TEXT NOT NULL,
  updated TEXT,
  body_json TEXT NOT NULL,
  content_hash TEXT NOT NULL
);
-- Holds Vietnamese-folded text (see src/content/fold.ts); rowid = articles.id. Every search term
-- is a prefix query: the prefix indexes answer the short ones ("b", "ba", "tin") from one doclist
-- instead of merging the doclists of every word they start (measured ×3 to ×8 faster on 10,000
-- articles); longer prefixes expand to few words anyway.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
  title, lead, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
-- The search scores' inputs, ready (see server/search/scoreIndex.ts): parts of one build, rebuilt
-- after every import that changed an article, emptied in the import's transaction.
CREATE TABLE IF NOT EXISTS search_scores (part TEXT PRIMARY KEY, data BLOB NOT NULL);
`

/** Opens (creating if needed) the content database. `:memory:` for tests. */
export function openDatabase(file: string): Db {
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  upgradeSearchIndex(db)
  db.exec(SCHEMA)
  addArticleColumns(db)
  createFindingsTables(db)
  return db
}

/**
 * A database made before the prefix indexes existed: drop its search index and mark every
 * article as changed, so the next import rebuilds the index (the results are the same).
 */
function upgradeSearchIndex(db: Db): void {
  const fts = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").get() as { sql: string } | undefined
  if (!fts || fts.sql.includes('prefix')) return
  db.exec("DROP TABLE articles_fts; UPDATE articles SET content_hash = ''")
}

/** A database made before the site source: its articles get the columns it writes (empty for Markdown ones). */
function addArticleColumns(db: Db): void {
  const columns = new Set((db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name))
  if (!columns.has('original_url')) db.exec('ALTER TABLE articles ADD COLUMN original_url TEXT')
  if (!columns.has('confirmed_at')) db.exec('ALTER TABLE articles ADD COLUMN confirmed_at TEXT')
  if (!columns.has('text_language')) db.exec('ALTER TABLE articles ADD COLUMN text_language TEXT')
}
