import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleSummary, Paged, RuntimeConfig } from '../core/types'
import { startWordPressStub, type WordPressStub } from './test/wordpressStub'

/** The real start command, switched to WordPress by the environment alone. */
let stub: WordPressStub
let server: ChildProcess
let base: string

beforeAll(async () => {
  stub = await startWordPressStub()
  server = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'main.ts')], {
    // No shedding on event-loop delay: a busy test machine must not turn answers into 503s.
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: stub.apiUrl, OVERLOAD_EVENT_LOOP_DELAY_MS: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  base = await new Promise<string>((ready, fail) => {
    let out = ''
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const port = /ready at http:\/\/localhost:(\d+)/.exec(out)?.[1]
      if (port) ready(`http://127.0.0.1:${port}`)
    })
    server.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    server.on('exit', (code) => fail(new Error(`server exited with ${code}: ${out}`)))
  })
}, 30_000)

afterAll(async () => {
  server?.kill('SIGTERM')
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
