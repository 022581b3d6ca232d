import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildApp, type AppOptions } from '../app'
import { readConfig } from '../config'
import { importContent } from '../db/importContent'
import { openDatabase } from '../db/schema'
import type { EditorOptions } from '../editor/plugin'
import { StoredFindingsReport } from '../contentCheck/report'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import type { FeedbackStore } from '../feedback/store'
import { LecternSource } from '../sources/lectern'
import { startVite } from '../ssr/devServer'

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content')
export const SEED_SLUG = 'nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw'

/**
 * The machines running the suite are busy (and each test app's import blocks the loop): shedding
 * on event-loop delay would fail unrelated tests at random. It is tested on its own (scale.test.ts).
 */
export const NO_SHEDDING = { maxEventLoopDelayMs: 0, retryAfterSeconds: 2 }

/**
 * The real app over an in-memory database of the sample content. `pages: true` renders pages
 * from the source through Vite's SSR loader (as `npm run dev` does), closed with the app.
 * `feedback` and `editor`: another feedback store (PostgreSQL) and the editors' area over it.
 */
export async function createTestApp(options: {
  databaseFile?: string; feedbackRateLimit?: number; pages?: boolean
  feedback?: FeedbackStore; editor?: EditorOptions; trustProxy?: boolean
} & Pick<AppOptions, 'readiness' | 'overload'> = {}) {
  const db = openDatabase(options.databaseFile ?? ':memory:')
  const report = importContent(db, CONTENT_DIR)
  const distDir = mkdtempSync(join(tmpdir(), 'lectern-dist-'))
  const vite = options.pages ? await startVite() : undefined
  const feedback = options.feedback ?? new SqliteFeedbackStore(db)
  const source = new LecternSource(db)
  const config = readConfig({ EDITOR_URL: 'https://cms.example.vn/wp-admin' })
  const app = await buildApp({
    source,
    feedback,
    feedbackRateLimit: options.feedbackRateLimit ?? 1000,
    runtime: config.runtime,
    contentDir: CONTENT_DIR,
    distDir,
    // As main.ts does: the content-check report over the findings the import stored.
    editor: options.editor && { findings: new StoredFindingsReport(db), ...options.editor },
    trustProxy: options.trustProxy,
    renderer: vite?.renderer,
    readiness: options.readiness,
    overload: options.overload ?? NO_SHEDDING,
  })
  if (vite) app.addHook('onClose', async () => vite.vite.close())
  return { app, db, report, feedback, source }
}
