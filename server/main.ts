import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildApp } from './app'
import { readConfig } from './config'
import { importContent } from './db/importContent'
import { openDatabase } from './db/schema'
import { FeedbackStore } from './feedback/store'
import { LecternSource } from './sources/lectern'

async function main(): Promise<void> {
  const config = readConfig()
  if (config.databaseFile !== ':memory:') mkdirSync(dirname(config.databaseFile), { recursive: true })
  const db = openDatabase(config.databaseFile)
  const started = performance.now()
  const report = importContent(db, config.contentDir)
  const { added, changed, removed, unchanged } = report.articles
  console.log(`Content: ${added} added, ${changed} changed, ${removed} removed, ${unchanged} unchanged, ${report.pages} pages (${Math.round(performance.now() - started)} ms)`)
  for (const error of report.errors) console.warn(`Content skipped: ${error}`)

  const app = await buildApp({
    source: new LecternSource(db),
    feedback: new FeedbackStore(db),
    feedbackRateLimit: config.feedbackRateLimit,
    testHooks: config.testHooks,
    runtime: config.runtime,
    contentDir: config.contentDir,
    distDir: config.distDir,
  })
  const shutdown = async (): Promise<void> => {
    await app.close()
    db.close()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  console.log(`Lectern is ready at http://localhost:${port}`)
}

main().catch((error: unknown) => {
  console.error(`Lectern could not start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
