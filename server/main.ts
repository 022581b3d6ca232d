import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildApp } from './app'
import { readConfig } from './config'
import { importInParallel } from './db/importInParallel'
import { openDatabase } from './db/schema'
import { FeedbackStore } from './feedback/store'
import { DEFAULT_OVERLOAD } from './http/operations'
import { closeGracefullyOnSignals } from './lifecycle'
import type { ContentSource } from './sources/contentSource'
import { LecternSource } from './sources/lectern'
import { WordPressSource } from './sources/wordpress'

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
  } else {
    source = lectern = new LecternSource(db)
  }
  // Not ready (503 on the API, /readyz false) until the content is imported; /healthz answers at once.
  const readiness = { ready: !lectern }

  const imageOrigins = config.source.kind === 'wordpress' && config.source.apiUrl.startsWith('http:') ? [new URL(config.source.apiUrl).origin] : []
  const app = await buildApp({
    source,
    feedback: new FeedbackStore(db),
    feedbackRateLimit: config.feedbackRateLimit,
    testHooks: config.testHooks,
    runtime: config.runtime,
    contentDir: config.contentDir,
    distDir: config.distDir,
    imageOrigins,
    readiness,
    responseCacheBytes: config.responseCacheBytes,
    overload: { ...DEFAULT_OVERLOAD, maxEventLoopDelayMs: config.overloadEventLoopDelayMs },
  })
  closeGracefullyOnSignals(app, db)
  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  if (lectern) {
    const started = performance.now()
    const report = await importInParallel(db, config.contentDir)
    const { added, changed, removed, unchanged } = report.articles
    console.log(`Content: ${added} added, ${changed} changed, ${removed} removed, ${unchanged} unchanged, ${report.pages} pages (${Math.round(performance.now() - started)} ms)`)
    for (const error of report.errors) console.warn(`Content skipped: ${error}`)
    lectern.contentChanged()
    readiness.ready = true
  }
  console.log(`Lectern is ready at http://localhost:${port}`)
}

main().catch((error: unknown) => {
  console.error(`Lectern could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
