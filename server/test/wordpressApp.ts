import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../app'
import { openDatabase } from '../db/schema'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import { readConfig } from '../config'
import { WordPressSource } from '../sources/wordpress'
import { startVite } from '../ssr/devServer'
import { CONTENT_DIR, NO_SHEDDING } from './testApp'
import { startWordPressStub } from './wordpressStub'

interface Options { timeoutMs?: number; maxBytes?: number; fetch?: typeof fetch; pages?: boolean }

/** The real app in WordPress mode, reading from the local WordPress stub. */
export async function createWordPressTestApp(options: Options = {}) {
  const stub = await startWordPressStub()
  return { ...(await createWordPressAppFor(stub.apiUrl, options)), stub }
}

/** The real app in WordPress mode, reading the WordPress REST API at `apiUrl` (a stub or a real site). */
export async function createWordPressAppFor(apiUrl: string, options: Options = {}) {
  const distDir = mkdtempSync(join(tmpdir(), 'lectern-dist-'))
  const vite = options.pages ? await startVite() : undefined
  const config = readConfig({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: apiUrl })
  const source = new WordPressSource({
    apiUrl, timeoutMs: options.timeoutMs ?? 1500, maxBytes: options.maxBytes ?? 1024 * 1024, ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  // Feedback lives in Lectern's own database whatever the content source.
  const feedback = new SqliteFeedbackStore(openDatabase(':memory:'))
  const app = await buildApp({ source, feedback, runtime: config.runtime, contentDir: CONTENT_DIR, distDir, imageOrigins: [new URL(apiUrl).origin],
    renderer: vite?.renderer, overload: NO_SHEDDING })
  if (vite) app.addHook('onClose', async () => vite.vite.close())
  return { app, config }
}
