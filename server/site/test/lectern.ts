import { readSiteConfig } from '../../config'
import { openDatabase } from '../../db/schema'
import { startLectern } from '../../test/realWordpress/lectern'
import { siteSource } from '../siteService'
import type { SyncReport } from '../sync/syncSite'

/**
 * The real start command (`server/main.ts`, the built app in `dist/`) with CONTENT_SOURCE=site,
 * on a free loopback port; resolves once the first sync is done and Lectern says it is ready.
 */
export const startLecternForSite = (siteUrl: string, env: Record<string, string> = {}) =>
  startLectern({ CONTENT_SOURCE: 'site', SITE_URL: siteUrl, SITE_RATE: '50', OVERLOAD_EVENT_LOOP_DELAY_MS: '0', ...env })

/** One sync of `siteUrl` into a database file, in this process (to start Lectern on a site synced before). */
export async function syncInto(siteUrl: string, databaseFile: string, pictureDir: string): Promise<SyncReport> {
  const db = openDatabase(databaseFile)
  try {
    return await siteSource(db, readSiteConfig({ SITE_URL: siteUrl, SITE_RATE: '50', SITE_PICTURE_DIR: pictureDir })).sync()
  } finally {
    db.close()
  }
}
