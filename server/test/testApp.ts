import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildApp } from '../app'
import { readConfig } from '../config'
import { importContent } from '../db/importContent'
import { openDatabase } from '../db/schema'
import { FeedbackStore } from '../feedback/store'
import { LecternSource } from '../sources/lectern'
import { startVite } from '../ssr/devServer'

export const CONTENT_DIR = resolve(import.meta.dirname, '../../content')
export const SEED_SLUG = 'nhung-chuyen-bien-tich-cuc-sau-03-nam-thuc-hien-chi-thi-05-ct-tw'

/**
 * The real app over an in-memory database of the sample content. `pages: true` renders pages
 * from the source through Vite's SSR loader (as `npm run dev` does), closed with the app.
 */
export async function createTestApp(options: { databaseFile?: string; feedbackRateLimit?: number; pages?: boolean } = {}) {
  const db = openDatabase(options.databaseFile ?? ':memory:')
  const report = importContent(db, CONTENT_DIR)
  const distDir = mkdtempSync(join(tmpdir(), 'lectern-dist-'))
  const vite = options.pages ? await startVite() : undefined
  const feedback = new FeedbackStore(db)
  const config = readConfig({ EDITOR_URL: 'https://cms.example.vn/wp-admin' })
  const app = await buildApp({
    source: new LecternSource(db),
    feedback,
    feedbackRateLimit: options.feedbackRateLimit ?? 1000,
    runtime: config.runtime,
    contentDir: CONTENT_DIR,
    distDir,
    renderer: vite?.renderer,
  })
  if (vite) app.addHook('onClose', async () => vite.vite.close())
  return { app, db, report, feedback }
}
