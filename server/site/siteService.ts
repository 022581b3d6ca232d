import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { SiteConfig } from '../config'
import type { Db } from '../db/schema'
import type { Readiness } from '../http/operations'
import { PoliteFetcher, userAgent } from './fetch/politeFetcher'
import { PictureCache } from './pictures/pictureCache'
import { PICTURE_PATH } from './pictures/pictureRoute'
import { SiteStore } from './store/siteStore'
import { extract, loadProfile } from './sync/extractor'
import { syncSite, type SyncOptions, type SyncReport } from './sync/syncSite'
import type { SiteProfile } from './types'
import { EMPTY_GLOSSARY, type Glossary } from '../content/glossary'

const version = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string }).version

/** Everything the site source needs, made once from its configuration. */
export function siteSource(db: Db, config: SiteConfig, glossary: Glossary = EMPTY_GLOSSARY) {
  const profile: SiteProfile = config.profilePath ? loadProfile(config.profilePath) : {}
  const agent = userAgent(version, config.contact)
  const limits = { origin: config.url, userAgent: agent, rate: config.rate, concurrency: config.concurrency, timeoutMs: config.timeoutMs }
  const fetcher = new PoliteFetcher({ ...limits, maxBytes: config.maxPageBytes })
  const store = new SiteStore(db)
  // Pictures share the sync's limiter: readers' first views never make Lectern ruder to the portal.
  const pictureFetcher = new PoliteFetcher({ ...limits, maxBytes: config.maxPictureBytes, retries: 0 }, fetcher.limiter)
  const pictures = new PictureCache({ dir: config.pictureDir, capBytes: config.pictureCacheBytes, fetcher: pictureFetcher,
    urlOf: (hash) => store.pictureUrl(hash) })
  const sync = (progress?: SyncOptions['progress'], log?: SyncOptions['log']): Promise<SyncReport> =>
    syncSite({ siteUrl: config.url, profile, userAgent: agent, fetcher, store, extract, progress, log, picturePath: PICTURE_PATH, glossary })
  return { store, fetcher, pictures, sync, userAgent: agent }
}

export const describeReport = (r: SyncReport): string =>
  `${r.found} found, ${r.added} added, ${r.changed} changed, ${r.unchanged} unchanged, ${r.notModified} not modified (304), ` +
  `${r.skipped} skipped (lastmod), ${r.removed} removed, ${r.keptLastGood} kept (last good copy), ${r.failed} failed; ` +
  `${r.requests} requests in ${(r.ms / 1000).toFixed(1)} s`

/**
 * The server's sync loop: a first full sync before the instance says it is ready (unless the
 * database already holds a synced site: then it is ready at once and syncs behind), progress in
 * the log and in /readyz, then an incremental sync every SITE_SYNC_MINUTES.
 */
export function startSiteSync(
  site: ReturnType<typeof siteSource>, config: SiteConfig, readiness: Readiness,
  contentChanged: () => void, log: (line: string) => void,
): { stop: () => Promise<void>; first: Promise<void> } {
  let running: Promise<void> | undefined
  let lastLogged = 0
  const first = site.store.articleCount() === 0
  if (first) {
    readiness.ready = false
    readiness.syncing = { done: 0, total: 0 }
  }
  const runOnce = (): Promise<void> => {
    running ??= site.sync((done, total) => {
      if (readiness.syncing) readiness.syncing = { done, total }
      if (first && (done === total || performance.now() - lastLogged > 5000)) {
        lastLogged = performance.now()
        log(`Site sync: ${done} of ${total} pages`)
      }
    }, (problem) => log(`Site sync: ${problem}`))
      .then((report) => {
        log(`Site sync done: ${describeReport(report)}`)
        contentChanged()
      })
      .catch((error: unknown) => log(`Site sync failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = undefined
        readiness.ready = true
        readiness.syncing = undefined
      })
    return running
  }
  const firstRun = runOnce()
  const timer = setInterval(() => void runOnce(), config.syncMinutes * 60_000)
  timer.unref()
  return {
    first: firstRun,
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}
