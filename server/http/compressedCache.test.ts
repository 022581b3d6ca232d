import Fastify from 'fastify'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ByteLru } from '../cache/byteLru'
import { CompressedCache, negotiateEncoding } from './compressedCache'

const html = `<!doctype html><title>Bắc Kạn</title><p>${'Cảnh báo mưa lớn, lũ quét. '.repeat(200)}</p>`

async function pageApp(cache: CompressedCache, renders: { count: number }) {
  const app = Fastify()
  app.get('/page', (request, reply) =>
    cache.send(request, reply, { etag: 'W/"v1"', contentType: 'text/html; charset=utf-8', body: () => (renders.count++, html) }))
  await app.ready()
  return app
}

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip;q=0.5', 'gzip'],
    ['deflate', 'identity'],
    ['*', 'br'],
    ['*;q=0, gzip', 'gzip'],
    ['identity', 'identity'],
  ])('Accept-Encoding %s gives %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected)
  })
})

describe('CompressedCache', () => {
  it('sends brotli, gzip or plain bytes that decode to the body, and renders the body once', async () => {
    const renders = { count: 0 }
    const app = await pageApp(new CompressedCache({ maxBytes: 1024 * 1024 }), renders)
    const br = await app.inject({ url: '/page', headers: { 'accept-encoding': 'gzip, br' } })
    expect(br.headers['content-encoding']).toBe('br')
    expect(br.headers.vary).toMatch(/accept-encoding/i)
    expect(br.headers.etag).toBe('W/"v1"')
    expect(br.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(html)
    const gzip = await app.inject({ url: '/page', headers: { 'accept-encoding': 'gzip' } })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(html)
    const plain = await app.inject({ url: '/page' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body).toBe(html)
    for (let n = 0; n < 5; n++) await app.inject({ url: '/page', headers: { 'accept-encoding': 'br' } })
    expect(renders.count).toBe(1)
    await app.close()
  })

  it('answers 304 without a body to a matching If-None-Match', async () => {
    const app = await pageApp(new CompressedCache({ maxBytes: 1024 * 1024 }), { count: 0 })
    const response = await app.inject({ url: '/page', headers: { 'if-none-match': 'W/"v1"', 'accept-encoding': 'br' } })
    expect(response.statusCode).toBe(304)
    expect(response.body).toBe('')
    expect(response.headers.etag).toBe('W/"v1"')
    await app.close()
  })

  it('keeps no more bytes than its bound, forgetting the least recently used first', () => {
    const lru = new ByteLru<string>(10)
    lru.set('a', 'a', 4)
    lru.set('b', 'b', 4)
    expect(lru.get('a')).toBe('a')
    lru.set('c', 'c', 4)
    expect(lru.get('b')).toBeUndefined()
    expect(lru.get('a')).toBe('a')
    expect(lru.size).toEqual({ entries: 2, bytes: 8 })
    lru.set('huge', 'x', 11)
    expect(lru.get('huge')).toBeUndefined()
    expect(lru.size.bytes).toBeLessThanOrEqual(10)
  })

  it('renders again once its bytes were evicted', async () => {
    const renders = { count: 0 }
    const app = await pageApp(new CompressedCache({ maxBytes: 100 }), renders)
    await app.inject({ url: '/page' })
    await app.inject({ url: '/page' })
    expect(renders.count).toBe(2)
    await app.close()
  })
})
