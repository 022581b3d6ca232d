import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleSummary, Category, Paged, SearchHit, Sitemap } from '../src/api/types'
import { SEED_SLUG, createTestApp } from './test/testApp'

let app: FastifyInstance
beforeAll(async () => {
  ;({ app } = await createTestApp())
})
afterAll(() => app.close())

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers })

async function expectProblem(url: string, status: number, detail?: RegExp) {
  const response = await get(url)
  expect(response.statusCode, url).toBe(status)
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
  const body = response.json()
  expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) })
  if (detail) expect(body.detail).toMatch(detail)
  return body
}

describe('GET /api/articles', () => {
  it('lists articles newest first with the paging envelope', async () => {
    const body = (await get('/api/articles?pageSize=50')).json() as Paged<ArticleSummary>
    expect(body).toMatchObject({ page: 1, pageSize: 50 })
    expect(body.total).toBeGreaterThanOrEqual(1)
    const dates = body.items.map((a) => Date.parse(a.published))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
  })

  it('filters by category and pages', async () => {
    const body = (await get('/api/articles?category=chinh-tri&page=1&pageSize=1')).json() as Paged<ArticleSummary>
    expect(body.items).toHaveLength(1)
    expect(body.items[0]!.category.slug).toBe('chinh-tri')
    const beyond = (await get(`/api/articles?category=chinh-tri&page=9999&pageSize=1`)).json() as Paged<ArticleSummary>
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(body.total)
  })

  it.each([
    ['/api/articles?page=-1', /page must be >= 1/],
    ['/api/articles?page=0', /page/],
    ['/api/articles?page=abc', /page must be integer/],
    ['/api/articles?pageSize=100000', /pageSize must be <= 50/],
    ['/api/articles?category=%3Cscript%3Ealert(1)%3C%2Fscript%3E', /category must match/],
    ["/api/articles?category=x'%20OR%201=1--", /category must match/],
    ['/api/articles?unknown=1', /must NOT have additional properties/],
  ])('answers 400 problem+json for %s', async (url, detail) => {
    await expectProblem(url, 400, detail)
  })

  it('answers 404 problem+json for an unknown category', async () => {
    await expectProblem('/api/articles?category=khong-co', 404, /khong-co/)
  })
})

describe('GET /api/articles/:slug', () => {
  it('returns the seed article with its byline, source, image and document', async () => {
    const article = (await get(`/api/articles/${SEED_SLUG}`)).json() as Article
    expect(article.title).toBe('Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị')
    expect(article.author).toBe('Hương Dịu')
    expect(article.published).toBe('2019-09-10T15:08:44+07:00')
    expect(article.source).toMatch(/Cổng thông tin điện tử Bắc Kạn/)
    expect(article.image?.caption).toMatch(/^Các cá nhân điển hình tiên tiến/)
    expect(article.image?.alt.length).toBeGreaterThan(20)
    expect(article.body.version).toBe(1)
    expect(article.body.blocks.length).toBeGreaterThanOrEqual(7)
  })

  it('answers 404 for an unknown slug and 400 for a malformed one', async () => {
    await expectProblem('/api/articles/khong-ton-tai', 404, /khong-ton-tai/)
    await expectProblem('/api/articles/Bad%20Slug', 400, /slug must match/)
    await expectProblem(`/api/articles/${'a'.repeat(300)}`, 400)
  })

  it('sends an ETag and answers 304 when the client has the current version', async () => {
    const first = await get(`/api/articles/${SEED_SLUG}`)
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^W\/"/)
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/)
    const second = await get(`/api/articles/${SEED_SLUG}`, { 'if-none-match': etag })
    expect(second.statusCode).toBe(304)
    expect(second.body).toBe('')
  })
})

describe('GET /api/categories, /api/pages/:slug, /api/sitemap', () => {
  it('lists the five portal categories with counts', async () => {
    const categories = (await get('/api/categories')).json() as Category[]
    expect(categories.map((c) => c.slug)).toEqual(['tin-tuc-su-kien', 'chinh-tri', 'kinh-te', 'van-hoa-xa-hoi', 'thong-bao'])
    expect(categories.find((c) => c.slug === 'chinh-tri')!.articleCount).toBeGreaterThanOrEqual(1)
  })

  it('serves static pages and 404s unknown ones', async () => {
    const response = await get('/api/pages/lien-he')
    expect(response.statusCode).toBe(200)
    expect(response.json()).toMatchObject({ slug: 'lien-he', language: 'vi' })
    await expectProblem('/api/pages/khong-co', 404)
  })

  it('lists every article under its category in the sitemap', async () => {
    const sitemap = (await get('/api/sitemap')).json() as Sitemap
    const all = (await get('/api/articles?pageSize=50')).json() as Paged<ArticleSummary>
    const inSitemap = sitemap.categories.flatMap((c) => c.articles.map((a) => a.slug)).sort()
    expect(inSitemap).toHaveLength(all.total)
    expect(sitemap.pages.map((p) => p.slug)).toContain('kha-nang-tiep-can')
  })
})

describe('GET /api/search', () => {
  it.each(['bac kan', 'Bắc Kạn', 'dang uy', 'ĐẢNG ỦY', 'chi thi 05'])('finds the seed article for "%s"', async (q) => {
    const body = (await get(`/api/search?q=${encodeURIComponent(q)}&pageSize=50`)).json() as Paged<SearchHit>
    expect(body.items.map((a) => a.slug)).toContain(SEED_SLUG)
  })

  it('marks the matched words in the snippet in their original spelling', async () => {
    const body = (await get(`/api/search?q=${encodeURIComponent('bac kan')}&pageSize=50`)).json() as Paged<SearchHit>
    const seed = body.items.find((a) => a.slug === SEED_SLUG)!
    const marked = seed.snippet.filter((p) => p.match).map((p) => p.text)
    expect(marked).toContain('Bắc')
    expect(marked).toContain('Kạn')
  })

  it('treats FTS operators, SQL and HTML in the query as plain words', async () => {
    for (const q of ['" OR 1=1 --', 'NEAR(bac kan)', '<script>alert(1)</script>', "'; DROP TABLE articles; --", '*']) {
      const response = await get(`/api/search?q=${encodeURIComponent(q)}`)
      expect(response.statusCode, q).toBe(200)
    }
    const still = (await get('/api/articles')).json() as Paged<ArticleSummary>
    expect(still.total).toBeGreaterThan(0)
  })

  it('rejects an empty, missing or 10 kB query with 400 problem+json', async () => {
    await expectProblem('/api/search?q=', 400, /q must NOT have fewer than 1 characters/)
    await expectProblem('/api/search', 400, /must have required property 'q'/)
    await expectProblem(`/api/search?q=${'a'.repeat(10 * 1024)}`, 400, /q must NOT have more than 200 characters/)
  })
})

describe('the rest of the HTTP surface', () => {
  it('answers unknown API paths and methods with problem+json', async () => {
    await expectProblem('/api/nothing-here', 404)
    const post = await app.inject({ method: 'POST', url: '/api/articles', payload: {} })
    expect(post.statusCode).toBe(404)
    expect(post.headers['content-type']).toMatch(/problem\+json/)
  })

  it('404s missing assets instead of sending the shell', async () => {
    const response = await get('/assets/missing.js')
    expect(response.statusCode).toBe(404)
  })

  it('compresses responses for clients that accept brotli', async () => {
    const response = await get(`/api/articles/${SEED_SLUG}`, { 'accept-encoding': 'br' })
    expect(response.headers['content-encoding']).toBe('br')
    expect(Number(response.headers['content-length'] ?? response.rawPayload.length)).toBeLessThan(
      (await get(`/api/articles/${SEED_SLUG}`)).rawPayload.length,
    )
  })

  it('serves article images', async () => {
    const response = await get('/media/chi-thi-05-thu-khen.svg')
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/image\/svg\+xml/)
  })
})
