// First: the run mode decides which builds of Vue and its libraries load (see runMode.ts).
import './runMode'
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildApp } from './app'
import { loadBuiltRenderer } from './ssr/renderer'
import { readConfig } from './config'
import { importInParallel } from './db/importInParallel'
import { openDatabase } from './db/schema'
import { SearchPool } from './search/searchPool'
import { startEditorServices } from './editor/setup'
import { StoredFindingsReport } from './contentCheck/report'
import { openFeedbackStore } from './feedback/openStore'
import { seedTestEditor } from './editor/testEditor'
import { DEFAULT_OVERLOAD, type Readiness } from './http/operations'
import { closeGracefullyOnSignals } from './lifecycle'
import type { ContentSource } from '../core/contentSource'
import { LecternSource } from './sources/lectern'
import { WordPressSource } from './sources/wordpress'
import { withWordPressIdentity } from './sources/wordpressSite'
import { importPages, type ImportReport } from './db/importContent'
import { glossaryIn } from './content/glossary'
import { siteSource, startSiteSync } from './site/siteService'

async function main(): Promise<void> {
  const config = readConfig()
  // The database holds reader feedback whatever the content source, and the content itself
  // when it is the embedded one.
  if (config.databaseFile !== ':memory:') mkdirSync(dirname(config.databaseFile), { recursive: true })
  const db = openDatabase(config.databaseFile)
  let source: ContentSource
  let lectern: LecternSource | undefined
  if (config.source.kind === 'wordpress') {
    source = new WordPressSource({ apiUrl: config.source.apiUrl, timeoutMs: config.source.timeoutMs })
    console.log(`Content: WordPress at ${config.source.apiUrl}`)
    // The portal's own name and tagline, unless SITE_NAME_* say otherwise.
    config.runtime = await withWordPressIdentity(config.runtime, process.env, config.source.apiUrl, config.source.timeoutMs)
      .catch((error: unknown) => {
        console.warn(`Could not read the WordPress site's name (${error instanceof Error ? error.message : String(error)}); using the default.`)
        return config.runtime
      })
    console.log(`Site name: ${config.runtime.siteName.vi}`)
  } else {
    source = lectern = new LecternSource(db)
  }
  const site = config.source.kind === 'site' ? siteSource(db, config.source, glossaryIn(config.contentDir)) : undefined
  if (site) console.log(`Content: the portal at ${config.source.kind === 'site' ? config.source.url : ''}, synced as ${site.userAgent}`)
  // Not ready (503 on the API, /readyz false) until the content is imported; /healthz answers at once.
  const readiness: Readiness = { ready: !lectern }

  const feedback = await openFeedbackStore({ databaseUrl: config.editor.databaseUrl, db, notify: Boolean(config.editor.notify) })
  console.log(`Feedback: stored in ${feedback.kind === 'postgres' ? 'PostgreSQL' : 'the SQLite file'}${config.editor.notify ? ', editors notified by mail' : ''}`)
  if (config.testHooks) await seedTestEditor(feedback, process.env.LECTERN_TEST_EDITOR)
  const editor = startEditorServices(feedback, config.editor, config.source, (message) => console.log(message))

  const imageOrigins = config.source.kind === 'wordpress' && config.source.apiUrl.startsWith('http:') ? [new URL(config.source.apiUrl).origin] : []
  // `--dev` (npm run dev): pages rendered from the source with hot reload, instead of the build.
  // Vite is loaded only then: it is a development dependency, and loading it (with its bundler's
  // native threads) cost a production process about 160 MB of memory, measured at start.
  const dev = process.argv.includes('--dev') ? await (await import('./ssr/devServer')).startVite() : undefined
  const app = await buildApp({
    source,
    feedback,
    // The content-check report reads the findings the import stores (the embedded source only).
    editor: lectern ? { ...editor.options, findings: new StoredFindingsReport(db) } : editor.options,
    trustProxy: config.trustProxy,
    feedbackRateLimit: config.feedbackRateLimit,
    testHooks: config.testHooks,
    runtime: config.runtime,
    contentDir: config.contentDir,
    distDir: config.distDir,
    renderer: dev?.renderer ?? await loadBuiltRenderer(config.distDir, config.serverDir),
    vite: dev?.vite,
    imageOrigins,
    readiness,
    responseCacheBytes: config.responseCacheBytes,
    overload: { ...DEFAULT_OVERLOAD, maxEventLoopDelayMs: config.overloadEventLoopDelayMs },
    sitePictures: site?.pictures,
  })
  // In-flight requests finish, then the search threads, the editors' services and the feedback store stop, then the database.
  let searchPool: SearchPool | undefined
  let siteSync: ReturnType<typeof startSiteSync> | undefined
  closeGracefullyOnSignals(app, db, async () => {
    await siteSync?.stop()
    await searchPool?.close()
    await editor.stop()
    await feedback.close()
  })
  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const startSearchThreads = async (lectern: LecternSource) => {
    // Its threads start after the import (their memory never adds to its peak) and before readiness:
    // each loads the search score index first, so no reader's search waits for a thread to boot.
    if (config.searchThreads > 0 && config.databaseFile !== ':memory:') {
      searchPool = new SearchPool(config.databaseFile, {
        size: config.searchThreads,
        maxWaitMs: config.overloadEventLoopDelayMs,
        retryAfterSeconds: DEFAULT_OVERLOAD.retryAfterSeconds,
      })
      lectern.searchInThreads(searchPool)
      await searchPool.start()
    }
  }
  if (lectern && site && config.source.kind === 'site') {
    const pages: ImportReport = { articles: { added: 0, changed: 0, removed: 0, unchanged: 0 }, pages: 0, errors: [], rechecked: 0 }
    importPages(db, `${config.contentDir}/pages`, pages)
    for (const error of pages.errors) console.warn(`Content skipped: ${error}`)
    readiness.ready = true
    siteSync = startSiteSync(site, config.source, readiness, () => lectern.contentChanged(), (line) => console.log(line))
    // A database that already holds the site is ready at once and syncs behind; a new one waits for its first sync.
    if (!readiness.ready) await siteSync.first
    await startSearchThreads(lectern)
  } else if (lectern) {
    const started = performance.now()
    const report = await importInParallel(db, config.contentDir)
    const { added, changed, removed, unchanged } = report.articles
    const tookMs = Math.round(performance.now() - started)
    console.log(`Content: ${added} added, ${changed} changed, ${removed} removed, ${unchanged} unchanged, ${report.pages} pages (${tookMs} ms)`)
    for (const error of report.errors) console.warn(`Content skipped: ${error}`)
    if (report.searchScores === false) console.warn('Search scores: the score index did not match the FTS5 index; search ranks with FTS5 alone (same order, slower).')
    lectern.contentChanged()
    await startSearchThreads(lectern)
    readiness.ready = true
  }
  console.log(`Lectern is ready at http://localhost:${port}`)
}

main().catch((error: unknown) => {
  console.error(`Lectern could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
