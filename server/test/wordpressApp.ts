import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../app'
import { openDatabase } from '../db/schema'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import { readConfig } from '../config'
import { WordPressSource } from '../sources/wordpress'
import { startVite } from '../ssr/devServer'
import { CONTENT_DIR } from './testApp'
import { startWordPressStub } from './wordpressStub'

/** The real app in WordPress mode, reading from the local WordPress stub. */
export async function createWordPressTestApp(options: { timeoutMs?: number; maxBytes?: number; pages?: boolean } = {}) {
  const stub = await startWordPressStub()
  const distDir = mkdtempSync(join(tmpdir(), 'lectern-dist-'))
  const vite = options.pages ? await startVite() : undefined
  const config = readConfig({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: stub.apiUrl })
  const source = new WordPressSource({ apiUrl: stub.apiUrl, timeoutMs: options.timeoutMs ?? 1500, maxBytes: options.maxBytes ?? 1024 * 1024 })
  // Feedback lives in Lectern's own database whatever the content source.
  const feedback = new SqliteFeedbackStore(openDatabase(':memory:'))
  const app = await buildApp({ source, feedback, runtime: config.runtime, contentDir: CONTENT_DIR, distDir, imageOrigins: [new URL(stub.apiUrl).origin], renderer: vite?.renderer })
  if (vite) app.addHook('onClose', async () => vite.vite.close())
  return { app, stub, config }
}
