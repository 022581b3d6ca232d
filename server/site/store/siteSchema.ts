import type { Db } from '../../db/schema'

/**
 * The site source's own tables, beside the articles it fills:
 * - site_pages: every article address found, its slug (fixed on first sight, so links between
 *   articles can point at Lectern before the target is fetched), the validators for conditional
 *   requests, the sitemap lastmod seen, and how its last fetch went;
 * - site_resources: robots.txt, sitemaps and feeds with their validators and last text;
 * - site_pictures: a picture's address on the origin by the hash Lectern serves it under.
 */
const SITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS site_pages (
  url TEXT PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  etag TEXT,
  last_modified TEXT,
  lastmod TEXT,
  content_hash TEXT,
  good_words INTEGER,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'good', 'stale', 'failed', 'gone', 'disallowed')),
  last_good TEXT,
  checked_at TEXT,
  failures INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE TABLE IF NOT EXISTS site_resources (
  url TEXT PRIMARY KEY,
  etag TEXT,
  last_modified TEXT,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS site_pictures (
  hash TEXT PRIMARY KEY,
  url TEXT NOT NULL
);
`

export function openSiteTables(db: Db): void {
  db.exec(SITE_SCHEMA)
}
