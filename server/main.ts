import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { buildApp } from './app'
import { startVite } from './ssr/devServer'
import { loadBuiltRenderer } from './ssr/renderer'
import { readConfig } from './config'
import { importContent } from './db/importContent'
import { openDatabase } from './db/schema'
import { FeedbackStore } from './feedback/store'
import type { ContentSource } from './sources/contentSource'
import { LecternSource } from './sources/lectern'
import { WordPressSource } from './sources/wordpress'
import { withWordPressIdentity } from './sources/wordpressSite'

async function main(): Promise<void> {
  const config = readConfig()
  // The database holds reader feedback whatever the content source, and the content itself
  // when it is the embedded one.
  if (config.databaseFile !== ':memory:') mkdirSync(dirname(config.databaseFile), { recursive: true })
  const db = openDatabase(config.databaseFile)
  let source: ContentSource
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
    const started = performance.now()
    const report = importContent(db, config.contentDir)
    const { added, changed, removed, unchanged } = report.articles
    console.log(`Content: ${added} added, ${changed} changed, ${removed} removed, ${unchanged} unchanged, ${report.pages} pages (${Math.round(performance.now() - started)} ms)`)
    for (const error of report.errors) console.warn(`Content skipped: ${error}`)
    source = new LecternSource(db)
  }

  const imageOrigins = config.source.kind === 'wordpress' && config.source.apiUrl.startsWith('http:') ? [new URL(config.source.apiUrl).origin] : []
  // `--dev` (npm run dev): pages rendered from the source with hot reload, instead of the build.
  const dev = process.argv.includes('--dev') ? await startVite() : undefined
  const app = await buildApp({
    source,
    feedback: new FeedbackStore(db),
    feedbackRateLimit: config.feedbackRateLimit,
    testHooks: config.testHooks,
    runtime: config.runtime,
    contentDir: config.contentDir,
    distDir: config.distDir,
    renderer: dev?.renderer ?? await loadBuiltRenderer(config.distDir, config.serverDir),
    vite: dev?.vite,
    imageOrigins,
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
