import type { Server } from 'node:http'
import { brotliCompressSync, gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TestOrigin } from '../test/origin'
import { PoliteFetcher } from './politeFetcher'

const text = 'Hội nghị triển khai nhiệm vụ năm 2024. '.repeat(200)

describe('the fetcher on the wire', () => {
  let origin: TestOrigin
  let fetcher: PoliteFetcher
  beforeEach(async () => {
    origin = await new TestOrigin().start()
    fetcher = new PoliteFetcher({ origin: origin.url, userAgent: 'Lectern/test', rate: 500, concurrency: 2, timeoutMs: 5000, maxBytes: 64 * 1024, backoffMs: 5 })
  })
  afterEach(async () => {
    fetcher.close()
    await origin.stop()
  })

  it('reads gzip and brotli answers decoded', async () => {
    origin.set('/gz', { body: gzipSync(text), headers: { 'content-encoding': 'gzip' } })
    origin.set('/br', { body: brotliCompressSync(text), headers: { 'content-encoding': 'br' } })

    for (const path of ['/gz', '/br']) {
      const result = await fetcher.fetch(`${origin.url}${path}`)
      expect(result.kind).toBe('ok')
      if (result.kind === 'ok') expect(result.body.toString('utf8')).toBe(text)
    }
  })

  it('does not read a compressed answer that decodes past the size limit', async () => {
    origin.set('/bomb', { body: gzipSync(Buffer.alloc(10 * 1024 * 1024, 0x61)), headers: { 'content-encoding': 'gzip' } })

    const result = await fetcher.fetch(`${origin.url}/bomb`)

    expect(result).toMatchObject({ kind: 'failed', reason: 'larger than 65536 bytes: not read' })
  })

  it('keeps one connection alive across answers of every kind (200, 304, 404, redirect)', async () => {
    const connections = new Set<unknown>()
    origin.set('/page', text).set('/moved', { body: '', status: 301, headers: { location: '/page' } })
    const first = await fetcher.fetch(`${origin.url}/page`)
    if (first.kind !== 'ok') throw new Error('not read')
    // The origin's server sees each request's socket.
    const server = (origin as unknown as { server: Server }).server
    server.on('request', (request) => connections.add(request.socket))

    expect((await fetcher.fetch(`${origin.url}/page`, { etag: first.etag })).kind).toBe('not-modified')
    expect((await fetcher.fetch(`${origin.url}/missing`)).kind).toBe('gone')
    expect((await fetcher.fetch(`${origin.url}/moved`)).kind).toBe('ok')
    expect((await fetcher.fetch(`${origin.url}/page`, { etag: first.etag })).kind).toBe('not-modified')

    expect(connections.size).toBe(1)
  })
})
