import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleSummary, Paged } from '../core/types'
import { createTestApp } from './test/testApp'

let app: FastifyInstance
beforeAll(async () => {
  ;({ app } = await createTestApp())
})
afterAll(() => app.close())

describe('GET /sitemap.xml', () => {
  it('lists every article the API has, every category and the app pages, as absolute URLs of the request host', async () => {
    const response = await app.inject({ method: 'GET', url: '/sitemap.xml', headers: { host: 'cong.backan.example:8443' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^application\/xml/)
    const locs = [...response.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    const articles = (await app.inject({ method: 'GET', url: '/api/articles?pageSize=50' })).json() as Paged<ArticleSummary>
    expect(articles.total).toBeLessThanOrEqual(50)
    for (const article of articles.items) expect(locs).toContain(`http://cong.backan.example:8443/bai-viet/${article.slug}`)
    for (const path of ['/', '/lien-he', '/kha-nang-tiep-can', '/so-do-trang', '/gop-y', '/chuyen-muc/chinh-tri']) {
      expect(locs).toContain(`http://cong.backan.example:8443${path}`)
    }
    expect(new Set(locs).size).toBe(locs.length)
  })

  it('never writes a hostile Host header into the file', async () => {
    const response = await app.inject({ method: 'GET', url: '/sitemap.xml', headers: { host: 'evil"><x>' } })
    expect(response.body).not.toContain('evil')
    expect(response.body).toContain('<loc>http://localhost/</loc>')
  })
})

describe('GET /robots.txt', () => {
  it('allows reading and points to the sitemap on the request host', async () => {
    const response = await app.inject({ method: 'GET', url: '/robots.txt', headers: { host: 'cong.backan.example' } })
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/plain/)
    expect(response.body).toMatch(/^User-agent: \*\nAllow: \//)
    expect(response.body).toContain('Sitemap: http://cong.backan.example/sitemap.xml')
  })
})
