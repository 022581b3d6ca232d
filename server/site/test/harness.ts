import { openDatabase, type Db } from '../../db/schema'
import { PoliteFetcher, type FetcherOptions } from '../fetch/politeFetcher'
import { SiteStore } from '../store/siteStore'
import { extract } from '../sync/extractor'
import { syncSite, type SyncReport } from '../sync/syncSite'
import type { SiteProfile } from '../types'
import type { Glossary } from '../../content/glossary'

export const TEST_AGENT = 'Lectern/test (+ops@portal.example)'

/** A database, store and fetcher against a test origin, fast enough for tests (politeness proper is tested on its own). */
export function siteHarness(origin: string, fetcherOptions: Partial<FetcherOptions> = {}, db: Db = openDatabase(':memory:')) {
  const store = new SiteStore(db)
  const fetcher = new PoliteFetcher({
    origin, userAgent: TEST_AGENT, rate: 500, concurrency: 2, timeoutMs: 10_000, maxBytes: 1024 * 1024, backoffMs: 5, ...fetcherOptions,
  })
  return {
    db, store, fetcher,
    sync: (profile: SiteProfile = {}, glossary?: Glossary): Promise<SyncReport> =>
      syncSite({ siteUrl: `${origin}/`, profile, userAgent: TEST_AGENT, fetcher, store, extract, glossary }),
    article: (slug: string) => db.prepare('SELECT slug, title, original_url, confirmed_at, body_json, plain_text, category, image_json FROM articles WHERE slug = ?').get(slug) as
      | { slug: string; title: string; original_url: string; confirmed_at: string | null; body_json: string; plain_text: string; category: string }
        & { image_json: string | null }
      | undefined,
    slugs: () => (db.prepare('SELECT slug FROM articles ORDER BY slug').pluck().all() as string[]),
  }
}
