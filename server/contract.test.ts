import type { FastifyInstance } from 'fastify'
import * as v from 'valibot'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as S from '../core/apiSchemas'
import { SEED_SLUG, createTestApp } from './test/testApp'
import { realWordPress } from './test/realWordpress/provided'
import { createWordPressAppFor, createWordPressTestApp } from './test/wordpressApp'

/**
 * One contract, every content source: whatever is behind `/api/*`, the answers have the shapes
 * the browser validates (core/apiSchemas.ts), page the same way, 404 the same way and carry no
 * markup. Each adapter names a few facts about its sample content.
 */
interface Adapter {
  name: string
  /** Why this source cannot run here (printed as the suite's name), if it cannot. */
  skip?: string | undefined
  start: () => Promise<{ app: FastifyInstance; stop?: () => Promise<void> }>
  facts: { article: string; category: string; otherCategory: string; page: string; search: string }
}

const real = realWordPress()
const adapters: Adapter[] = [
  {
    name: 'lectern (embedded SQLite)',
    start: async () => ({ app: (await createTestApp()).app }),
    facts: { article: SEED_SLUG, category: 'chinh-tri', otherCategory: 'kinh-te', page: 'lien-he', search: 'bac kan' },
  },
  {
    name: 'wordpress (REST API v2 stub)',
    start: async () => {
      const { app, stub } = await createWordPressTestApp()
      return { app, stop: () => stub.close() }
    },
    facts: { article: 'khanh-thanh-cau-dan-sinh-ban-pac-ngoi', category: 'kinh-te', otherCategory: 'thong-bao', page: 'lien-he', search: 'Pác Ngòi' },
  },
  {
    // Debian's WordPress over a throwaway MariaDB, seeded as editors write (test/realWordpress/).
    name: 'wordpress (a real WordPress)',
    skip: real.skip,
    start: async () => ({ app: (await createWordPressAppFor(real.site!.apiUrl, { timeoutMs: 8000 })).app }),
    facts: { article: 'khanh-thanh-cau-dan-sinh-ban-pac-ngoi', category: 'kinh-te', otherCategory: 'thong-bao', page: 'lien-he', search: 'Pác Ngòi' },
  },
]

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/
const MARKUP = /<\/?[a-z][^>]*>|&(?:amp|lt|gt|quot|#\d+);/i

for (const { name, skip } of adapters) if (skip) console.log(`content API contract: ${name} skipped: ${skip}`)

describe.each(adapters)('content API contract: $name', ({ start, facts, skip }) => {
  if (skip) {
    it.skip(`skipped: ${skip}`, () => {})
    return
  }
  let app: FastifyInstance
  let stop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    ;({ app, stop } = await start())
  })
  afterAll(async () => {
    await app.close()
    await stop?.()
  })

  const get = async <T extends v.GenericSchema>(url: string, schema: T): Promise<v.InferOutput<T>> => {
    const response = await app.inject({ method: 'GET', url })
    expect(response.statusCode, `${url}: ${response.body.slice(0, 300)}`).toBe(200)
    const result = v.safeParse(schema, response.json())
    expect(result.success, `${url}: ${result.issues ? v.summarize(result.issues) : ''}`).toBe(true)
    return result.output as v.InferOutput<T>
  }
  const expectProblem = async (url: string, status: number) => {
    const response = await app.inject({ method: 'GET', url })
    expect(response.statusCode, url).toBe(status)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.json()).toMatchObject({ status, detail: expect.any(String) })
  }

  it('lists articles newest first, as text, with the paging envelope', async () => {
    const list = await get('/api/articles?pageSize=50', S.paged(S.ArticleSummary))
    expect(list).toMatchObject({ page: 1, pageSize: 50 })
    expect(list.items.length).toBeGreaterThanOrEqual(3)
    expect(list.total).toBe(list.items.length)
    const dates = list.items.map((a) => Date.parse(a.published))
    expect(dates).toEqual([...dates].sort((a, b) => b - a))
    for (const item of list.items) {
      expect(item.published).toMatch(ISO_WITH_OFFSET)
      expect(item.title).not.toMatch(MARKUP)
      expect(item.lead).not.toMatch(MARKUP)
      expect(item.readingMinutes).toBeGreaterThanOrEqual(1)
    }
  })

  it('pages: page 2 follows page 1, and a page past the end is empty with the same total', async () => {
    const first = await get('/api/articles?pageSize=2', S.paged(S.ArticleSummary))
    const second = await get('/api/articles?pageSize=2&page=2', S.paged(S.ArticleSummary))
    expect(second.items.map((a) => a.slug)).not.toContain(first.items[0]!.slug)
    expect(second.total).toBe(first.total)
    const beyond = await get('/api/articles?pageSize=2&page=999', S.paged(S.ArticleSummary))
    expect(beyond.items).toEqual([])
    expect(beyond.total).toBe(first.total)
  })

  it('filters by category and 404s an unknown one', async () => {
    for (const slug of [facts.category, facts.otherCategory]) {
      const list = await get(`/api/articles?category=${slug}`, S.paged(S.ArticleSummary))
      expect(list.items.length).toBeGreaterThanOrEqual(1)
      expect(list.items.every((a) => a.category.slug === slug)).toBe(true)
    }
    await expectProblem('/api/articles?category=khong-co-chuyen-muc', 404)
  })

  it('opens every listed article, each with a valid document and no markup in its text', async () => {
    const list = await get('/api/articles?pageSize=50', S.paged(S.ArticleSummary))
    for (const summary of list.items.slice(0, 14)) {
      const article = await get(`/api/articles/${summary.slug}`, S.Article)
      expect(article.slug).toBe(summary.slug)
      expect(article.title).toBe(summary.title)
      // A password-protected post is listed, but its text is never sent.
      if (summary.protected) expect(article.body.blocks).toEqual([])
      else expect(article.body.blocks.length).toBeGreaterThanOrEqual(1)
      expect(JSON.stringify(article)).not.toMatch(/<script|javascript:|\son[a-z]+=/i)
    }
    const known = await get(`/api/articles/${facts.article}`, S.Article)
    expect(known.author).not.toBe('')
  })

  it('404s an unknown article and 400s a malformed slug', async () => {
    await expectProblem('/api/articles/khong-ton-tai', 404)
    await expectProblem('/api/articles/Bad%20Slug', 400)
  })

  it('lists categories with counts, including the known ones', async () => {
    const categories = await get('/api/categories', v.array(S.Category))
    const slugs = categories.map((c) => c.slug)
    expect(slugs).toEqual(expect.arrayContaining([facts.category, facts.otherCategory]))
    for (const c of categories) expect(c.name.vi).not.toMatch(MARKUP)
  })

  it('serves a static page and 404s an unknown one', async () => {
    const page = await get(`/api/pages/${facts.page}`, S.Page)
    expect(page.slug).toBe(facts.page)
    expect(page.body.blocks.length).toBeGreaterThanOrEqual(1)
    await expectProblem('/api/pages/khong-co-trang', 404)
  })

  it('searches, with a snippet that marks the match, and answers nothing for nonsense', async () => {
    const hits = await get(`/api/search?q=${encodeURIComponent(facts.search)}&pageSize=50`, S.paged(S.SearchHit))
    const hit = hits.items.find((h) => h.slug === facts.article)
    expect(hit, `${facts.article} in ${hits.items.map((h) => h.slug).join(', ')}`).toBeDefined()
    expect(hit!.snippet.some((part) => part.match)).toBe(true)
    const none = await get('/api/search?q=zzqxj', S.paged(S.SearchHit))
    expect(none).toMatchObject({ items: [], total: 0 })
  })

  it('lists every article under its category in the sitemap, and the pages', async () => {
    const sitemap = await get('/api/sitemap', S.Sitemap)
    const list = await get('/api/articles?pageSize=50', S.paged(S.ArticleSummary))
    const inSitemap = sitemap.categories.flatMap((c) => c.articles.map((a) => a.slug))
    expect(inSitemap.sort()).toEqual(list.items.map((a) => a.slug).sort())
    expect(sitemap.categories.find((c) => c.slug === facts.category)!.articles.length).toBeGreaterThanOrEqual(1)
    expect(sitemap.pages.map((p) => p.slug)).toContain(facts.page)
  })
})
