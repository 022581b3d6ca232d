import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleSummary, Paged, RuntimeConfig } from '../core/types'
import { startServer, type RunningServer } from './test/startServer'
import { startWordPressStub, type WordPressStub } from './test/wordpressStub'

/** The real start command, switched to WordPress by the environment alone. */
let stub: WordPressStub
let server: RunningServer
let base: string

beforeAll(async () => {
  stub = await startWordPressStub()
  // No shedding on event-loop delay: a busy test machine must not turn answers into 503s.
  server = await startServer({ env: { CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: stub.apiUrl, OVERLOAD_EVENT_LOOP_DELAY_MS: '0' }, timeoutMs: 25_000 })
  base = server.url
}, 30_000)

afterAll(async () => {
  await server?.stop()
  await stub?.close()
})

describe('CONTENT_SOURCE=wordpress CONTENT_API_URL=… npm start', () => {
  it('serves the WordPress site’s posts through the content API, and tells the app', async () => {
    const list = (await (await fetch(`${base}/api/articles`)).json()) as Paged<ArticleSummary>
    expect(list.items.map((a) => a.slug)).toContain('khanh-thanh-cau-dan-sinh-ban-pac-ngoi')
    const config = (await (await fetch(`${base}/api/config`)).json()) as RuntimeConfig
    expect(config.contentSource).toBe('wordpress')
    expect(stub.requests.some((r) => r.startsWith('/wp-json/wp/v2/posts'))).toBe(true)
  })

  it('keeps serving after WordPress stops answering', async () => {
    stub.fault('/wp-json/wp/v2/', 'reset')
    const failed = await fetch(`${base}/api/articles`)
    expect(failed.status).toBe(502)
    stub.fault('/wp-json/wp/v2/', undefined)
    expect((await fetch(`${base}/api/articles`)).status).toBe(200)
  })
})
