import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../app'
import { openDatabase } from '../db/schema'
import { FeedbackStore } from '../feedback/store'
import { readConfig } from '../config'
import { WordPressSource } from '../sources/wordpress'
import { CONTENT_DIR, NO_SHEDDING } from './testApp'
import { startWordPressStub } from './wordpressStub'

/** The real app in WordPress mode, reading from the local WordPress stub. */
export async function createWordPressTestApp(options: { timeoutMs?: number; maxBytes?: number } = {}) {
  const stub = await startWordPressStub()
  const distDir = mkdtempSync(join(tmpdir(), 'lectern-dist-'))
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><html lang="vi"><head><meta name="lectern-config" content=""></head><body></body></html>')
  const config = readConfig({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: stub.apiUrl })
  const source = new WordPressSource({ apiUrl: stub.apiUrl, timeoutMs: options.timeoutMs ?? 1500, maxBytes: options.maxBytes ?? 1024 * 1024 })
  // Feedback lives in Lectern's own database whatever the content source.
  const feedback = new FeedbackStore(openDatabase(':memory:'))
  const app = await buildApp({ source, feedback, runtime: config.runtime, contentDir: CONTENT_DIR, distDir, imageOrigins: [new URL(stub.apiUrl).origin], overload: NO_SHEDDING })
  return { app, stub, config }
}
