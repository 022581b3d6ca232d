import { createHook } from 'node:async_hooks'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
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

  it('leaves no timer behind once an answer is read (a timer each would wake the process once per request, long after)', async () => {
    origin.set('/page', text)
    const first = await fetcher.fetch(`${origin.url}/page`)
    if (first.kind !== 'ok') throw new Error('not read')
    // Every request deadline made while fetching (a timer of the fetcher's timeout: the origin's own
    // kept-alive sockets, served in this process, have timers too), unref'd ones included, until it fires or is cleared.
    const pending = new Set<number>()
    const hook = createHook({
      init: (id, type, _trigger, resource) => void (type === 'Timeout' && (resource as { _idleTimeout?: number })._idleTimeout === 5000 && pending.add(id)),
      destroy: (id) => void pending.delete(id),
    }).enable()

    try {
      for (let i = 0; i < 5; i++) expect((await fetcher.fetch(`${origin.url}/page`, { etag: first.etag })).kind).toBe('not-modified')
      await new Promise((resolve) => setImmediate(resolve))
    } finally {
      hook.disable()
    }

    expect(pending.size).toBe(0)
  })

  it('gives up on an answer whose body stops coming, at the deadline, and says so', async () => {
    // Headers and half a body, then nothing: the socket stays open.
    const stalling = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': '1000' })
      response.write('<p>'.padEnd(500, 'a'))
    })
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(stalling.address() as AddressInfo).port}`
    const impatient = new PoliteFetcher({ origin: url, userAgent: 'Lectern/test', rate: 500, concurrency: 1, timeoutMs: 300, maxBytes: 64 * 1024, retries: 0 })
    try {
      const started = performance.now()
      const result = await impatient.fetch(`${url}/slow`)

      expect(result).toMatchObject({ kind: 'failed', reason: 'no answer within 300 ms' })
      expect(performance.now() - started).toBeLessThan(2000)
    } finally {
      impatient.close()
      stalling.closeAllConnections()
      stalling.close()
    }
  })
})
