import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildApp, type AppOptions } from '../app'
import { readConfig } from '../config'
import { importContent } from '../db/importContent'
import { openDatabase } from '../db/schema'
import { FeedbackStore } from '../feedback/store'
import { LecternSource } from '../sources/lectern'

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content')
export const SEED_SLUG = 'nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw'

/**
 * The machines running the suite are busy (and each test app's import blocks the loop): shedding
 * on event-loop delay would fail unrelated tests at random. It is tested on its own (scale.test.ts).
 */
export const NO_SHEDDING = { maxEventLoopDelayMs: 0, retryAfterSeconds: 2 }

/** The real app over an in-memory database of the sample content, and a stand-in built shell. */
export async function createTestApp(options: { databaseFile?: string; feedbackRateLimit?: number } & Pick<AppOptions, 'readiness' | 'overload'> = {}) {
  const db = openDatabase(options.databaseFile ?? ':memory:')
  const report = importContent(db, CONTENT_DIR)
  const distDir = mkdtempSync(join(tmpdir(), 'lectern-dist-'))
  writeFileSync(join(distDir, 'index.html'),
    '<!doctype html><html lang="vi"><head><meta name="lectern-config" content=""><script>window.x=1</script></head><body><div id="app"></div></body></html>')
  const feedback = new FeedbackStore(db)
  const source = new LecternSource(db)
  const config = readConfig({ EDITOR_URL: 'https://cms.example.vn/wp-admin' })
  const app = await buildApp({
    source,
    feedback,
    feedbackRateLimit: options.feedbackRateLimit ?? 1000,
    runtime: config.runtime,
    contentDir: CONTENT_DIR,
    distDir,
    readiness: options.readiness,
    overload: options.overload ?? NO_SHEDDING,
  })
  return { app, db, report, feedback, source }
}
