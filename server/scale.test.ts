import type { FastifyInstance } from 'fastify'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect, type AddressInfo, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { registeredRoutes } from './http/operations'
import { SearchPool } from './search/searchPool'
import { SEED_SLUG, createTestApp } from './test/testApp'

const READS = ['/api/articles', '/api/articles?category=chinh-tri&pageSize=3', `/api/articles/${SEED_SLUG}`, '/api/categories',
  '/api/pages/gioi-thieu', '/api/search?q=bac%20kan', '/api/search?q=l%C5%A9%20qu%C3%A9t&pageSize=2', '/api/sitemap']

describe('two instances on one content directory', () => {
  const instances: { app: FastifyInstance; base: string }[] = []
  beforeAll(async () => {
    for (let n = 0; n < 2; n++) {
      const { app } = await createTestApp()
      await app.listen({ port: 0, host: '127.0.0.1' })
      const address = app.server.address()
      instances.push({ app, base: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` })
    }
  }, 60_000)
  afterAll(async () => {
    for (const { app } of instances) await app.close()
  })

  it.each(READS)('answer %s with the same ETag, and each accepts the other\'s for a 304', async (url) => {
    const [a, b] = await Promise.all(instances.map(({ base }) => fetch(base + url, { headers: { 'accept-encoding': 'br' } })))
    expect(a!.status).toBe(200)
    const etag = a!.headers.get('etag')
    expect(etag).toMatch(/^W\/".+"$/)
    expect(b!.headers.get('etag')).toBe(etag)
    expect(await a!.text()).toBe(await b!.text())
    const revalidated = await fetch(instances[1]!.base + url, { headers: { 'if-none-match': etag! } })
    expect(revalidated.status).toBe(304)
  })
})

describe('answers compressed once', () => {
  let app: FastifyInstance
  let contentChanged: () => void
  beforeAll(async () => {
    const test = await createTestApp()
    app = test.app
    contentChanged = () => test.source.contentChanged()
  }, 60_000)
  afterAll(() => app.close())

  it.each(READS)('%s: the same JSON and ETag plain, brotli, and from the cache', async (url) => {
    const plain = await app.inject({ url })
    const br = await app.inject({ url, headers: { 'accept-encoding': 'br' } })
    const again = await app.inject({ url, headers: { 'accept-encoding': 'br' } })
    expect(plain.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe(plain.rawPayload.length >= 1024 ? 'br' : undefined)
    const decoded = br.headers['content-encoding'] === 'br' ? brotliDecompressSync(br.rawPayload).toString() : br.body
    expect(JSON.parse(decoded)).toEqual(plain.json())
    expect(br.headers.etag).toBe(plain.headers.etag)
    expect(again.rawPayload.equals(br.rawPayload)).toBe(true)
    expect(again.headers.etag).toBe(plain.headers.etag)
    expect(again.headers['cache-control']).toBe(plain.headers['cache-control'])
    expect(again.headers['content-security-policy']).toBe(plain.headers['content-security-policy'])
    expect((await app.inject({ url, headers: { 'if-none-match': plain.headers.etag as string } })).statusCode).toBe(304)
  })

  it('validates a request the cache has seen an answer for in another form', async () => {
    await app.inject({ url: '/api/articles?page=1' })
    expect((await app.inject({ url: '/api/articles?page=0' })).statusCode).toBe(400)
  })

  it('asks the database again once the content changed', async () => {
    const before = await app.inject({ url: '/api/categories' })
    contentChanged()
    const after = await app.inject({ url: '/api/categories' })
    expect(after.headers.etag).toBe(before.headers.etag)
    expect(after.json()).toEqual(before.json())
  })
})

describe('health, readiness and overload', () => {
  it('is alive but not ready while importing, and the API says to come back', async () => {
    const readiness = { ready: false }
    const { app } = await createTestApp({ readiness })
    try {
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200)
      const notReady = await app.inject({ url: '/readyz' })
      expect(notReady.statusCode).toBe(503)
      expect(notReady.json().detail).toMatch(/importing/)
      const api = await app.inject({ url: '/api/articles' })
      expect(api.statusCode).toBe(503)
      expect(api.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(Number(api.headers['retry-after'])).toBeGreaterThan(0)
      readiness.ready = true
      expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' })
      expect((await app.inject({ url: '/api/articles' })).statusCode).toBe(200)
    } finally {
      await app.close()
    }
  }, 60_000)

  it('answers 503 problem+json with Retry-After at once when the event loop lags, and stays healthy', async () => {
    const { app } = await createTestApp({ overload: { maxEventLoopDelayMs: 20, retryAfterSeconds: 3 } })
    try {
      await app.ready()
      // Block the event loop well past the limit; the monitor's overdue sample runs right after.
      const until = Date.now() + 600
      while (Date.now() < until) { /* a request that hogs the CPU */ }
      await new Promise((resolve) => setTimeout(resolve, 30))
      const shed = await app.inject({ url: '/api/articles' })
      expect(shed.statusCode).toBe(503)
      expect(shed.headers['retry-after']).toBe('3')
      expect(shed.headers['content-type']).toMatch(/^application\/problem\+json/)
      expect(shed.json().detail).toMatch(/more requests than it can answer/)
      expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200)
    } finally {
      await app.close()
    }
  }, 60_000)
})

describe('a queue of requests read in one turn of the event loop', () => {
  /**
   * Five readers' requests arrive together (written while the server, in this process, cannot run,
   * so it reads all five in its next turn); each takes 250 ms of CPU. Answers: status per request.
   */
  async function fiveAtOnce(maxBusyTurnMs: number): Promise<{ statuses: number[]; retryAfter: (string | undefined)[]; health: number }> {
    // The monitor of mean delay is off: on a busy test machine it would shed at random moments.
    const { app } = await createTestApp({ overload: { maxEventLoopDelayMs: 0, maxBusyTurnMs, retryAfterSeconds: 2 } })
    app.get('/test/busy', async () => {
      const until = performance.now() + 250
      while (performance.now() < until) { /* a search that hogs the CPU */ }
      return { done: true }
    })
    try {
      await app.listen({ port: 0, host: '127.0.0.1' })
      const { port } = app.server.address() as AddressInfo
      // Five readers and a load balancer's health check, connected (and accepted) before any request.
      const sockets = await Promise.all(Array.from({ length: 6 }, () => new Promise<Socket>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket))
      })))
      await new Promise((resolve) => setTimeout(resolve, 50))
      const answers = sockets.map((socket) => new Promise<string>((resolve) => {
        let text = ''
        socket.on('data', (chunk: Buffer) => { text += chunk.toString() })
        socket.on('end', () => resolve(text))
      }))
      sockets.forEach((socket, n) => socket.write(`GET ${n < 5 ? '/test/busy' : '/healthz'} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`))
      const texts = await Promise.all(answers)
      const status = (text: string) => Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1])
      return {
        statuses: texts.slice(0, 5).map(status),
        retryAfter: texts.slice(0, 5).map((text) => /\r\nretry-after: (\d+)/i.exec(text)?.[1]),
        health: status(texts[5]!),
      }
    } finally {
      await app.close()
    }
  }

  it('answers the first, and turns away at once those read after the turn ran past the limit', async () => {
    const { statuses, retryAfter, health } = await fiveAtOnce(200)
    // 250 ms into the turn the next request is past 200 ms: it and the rest get 503 + Retry-After.
    expect([...statuses].sort()).toEqual([200, 503, 503, 503, 503])
    expect(retryAfter.filter((_, n) => statuses[n] === 503)).toEqual(['2', '2', '2', '2'])
    expect(health).toBe(200)
  }, 60_000)

  it('makes every request wait its turn when shedding is off', async () => {
    const { statuses } = await fiveAtOnce(0)
    expect(statuses).toEqual([200, 200, 200, 200, 200])
  }, 60_000)
})

describe('searches in threads, past their wait limit', () => {
  it('answer 503 problem+json with Retry-After, and the others as usual', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lectern-scale-'))
    const file = join(dir, 'lectern.db')
    const { app, source, db } = await createTestApp({ databaseFile: file })
    const pool = new SearchPool(file, { size: 1, maxWaitMs: 1, retryAfterSeconds: 3 })
    source.searchInThreads(pool)
    await pool.start()
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, n) => app.inject({ url: `/api/search?q=${encodeURIComponent(`bac kan ${n}`)}` })))
      const shed = answers.filter((answer) => answer.statusCode === 503)
      expect(answers.filter((answer) => answer.statusCode === 200).length).toBeGreaterThan(0)
      expect(shed.length).toBeGreaterThan(10)
      for (const answer of shed) {
        expect(answer.headers['retry-after']).toBe('3')
        expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/)
        expect(answer.json().detail).toMatch(/more searches than it can answer/)
      }
    } finally {
      await app.close()
      await pool.close()
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }, 60_000)
})

describe('GET /api/openapi.json', () => {
  it('describes every API route with its methods', async () => {
    const { app } = await createTestApp()
    try {
      const response = await app.inject({ url: '/api/openapi.json' })
      expect(response.statusCode).toBe(200)
      const spec = response.json() as { openapi: string; paths: Record<string, Record<string, unknown>> }
      expect(spec.openapi).toBe('3.1.0')
      const routes = registeredRoutes(app).filter((r) => r.url.startsWith('/api/') && !r.hidden)
      expect(routes.map((r) => r.url)).toEqual(expect.arrayContaining(['/api/articles', '/api/articles/:slug', '/api/search', '/api/feedback']))
      for (const route of routes) {
        const path = route.url.replace(/:(\w+)/g, '{$1}')
        for (const method of route.methods.filter((m) => m !== 'HEAD')) {
          expect(spec.paths[path], `${method} ${path}`).toHaveProperty(method.toLowerCase())
        }
      }
      const search = spec.paths['/api/search']!.get as { parameters: { name: string; in: string; required?: boolean }[] }
      expect(search.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'q', in: 'query', required: true })]))
    } finally {
      await app.close()
    }
  }, 60_000)
})
