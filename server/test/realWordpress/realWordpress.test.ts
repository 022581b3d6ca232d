import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleSummary, Paged, SearchHit, Sitemap } from '../../../src/api/types'
import { documentText } from '../../../src/content/text'
import { readConfig } from '../../config'
import { withWordPressIdentity } from '../../sources/wordpressSite'
import { createWordPressAppFor } from '../wordpressApp'
import { realWordPress } from './provided'

/**
 * What a real WordPress (Debian's 6.1, seeded as editors write: seed.php) sends, read through
 * Lectern: where leads come from, what never leaks into them, posts readers must never see, and
 * how many requests Lectern makes of WordPress.
 */
const { site, skip } = realWordPress()
if (skip) console.log(`Real WordPress tests skipped: ${skip}`)

/** Text the seed puts only in the heading, quote (with citation) and table of the post without an excerpt. */
const NOT_PROSE = ['Tiêu đề mục một', 'Một câu trích dẫn', 'Người nói', 'Số cầu', '2019']
const FIRST_PARAGRAPH = 'Sáng nay, huyện Ba Bể khánh thành cầu dân sinh bản Pác Ngòi, nối hai bờ suối cho hơn 300 hộ dân.'
/** Words only the posts readers must never see contain (title or text). */
const HIDDEN = ['BI-MAT', 'BAN-NHAP', 'RIENG-TU', 'HEN-GIO']

describe.skipIf(!!skip)(`Lectern reading a real WordPress${skip ? ` (skipped: ${skip})` : ''}`, () => {
  let app: FastifyInstance
  const requests: string[] = []
  const counting: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input))
    requests.push(`${url.pathname.replace(/^\/wp-json\/wp\/v2\//, '')}${url.search}`)
    return fetch(input, init)
  }
  beforeAll(async () => {
    ;({ app } = await createWordPressAppFor(site!.apiUrl, { timeoutMs: 8000, fetch: counting }))
  })
  afterAll(() => app?.close())

  const get = async <T>(url: string): Promise<T> => {
    const response = await app.inject({ method: 'GET', url })
    expect(response.statusCode, `${url}: ${response.body.slice(0, 200)}`).toBe(200)
    return response.json() as T
  }
  const list = () => get<Paged<ArticleSummary>>('/api/articles?pageSize=50')
  const summaryOf = async (id: number) => (await list()).items.find((a) => a.slug === slugFor(id))!
  const slugFor = (id: number) => {
    const slug = site!.seeded.slugs[id]!
    return /^[a-z0-9-]+$/.test(slug) ? slug : `p-${id}`
  }

  it('leads from a manual excerpt only: without one, listings show the first paragraph and the article says it once', async () => {
    const summary = await summaryOf(site!.seeded.noExcerpt)
    expect(summary.lead).toBe(FIRST_PARAGRAPH)
    const article = await get<Article>(`/api/articles/${slugFor(site!.seeded.noExcerpt)}`)
    expect(article.lead).toBe('')
    const text = `${article.lead}\n${documentText(article.body)}`
    expect(text.split(FIRST_PARAGRAPH)).toHaveLength(2) // exactly once
    expect(article.body.blocks[0]).toMatchObject({ type: 'paragraph' })

    const manual = await get<Article>(`/api/articles/${slugFor(site!.seeded.manualExcerpt)}`)
    expect(manual.lead).toBe('Hơn mười nghìn lượt khách đến Ba Bể trong tháng Mười, nhiều nhất từ trước đến nay.')
    expect((await summaryOf(site!.seeded.manualExcerpt)).lead).toBe(manual.lead)
  })

  it('never puts headings, quotes or tables into a lead or a search snippet', async () => {
    const leads = (await list()).items.map((a) => a.lead)
    for (const text of NOT_PROSE) expect(leads.filter((lead) => lead.includes(text)), text).toEqual([])
    // A post that opens with a heading and a table has no lead rather than their words.
    expect((await summaryOf(site!.seeded.headingFirst)).lead).toBe('')
    for (const q of ['Pác Ngòi', 'Người nói', 'trích dẫn', 'cầu']) {
      const hits = await get<Paged<SearchHit>>(`/api/search?q=${encodeURIComponent(q)}&pageSize=50`)
      for (const hit of hits.items) {
        const snippet = hit.snippet.map((part) => part.text).join('')
        for (const text of NOT_PROSE) expect(snippet, `${q} → ${hit.slug}`).not.toContain(text)
      }
    }
  })

  it('lists a password-protected post by title with a protected flag, and never its text', async () => {
    const summary = (await list()).items.find((a) => a.title === 'Tài liệu hội nghị nội bộ')!
    expect(summary).toMatchObject({ title: 'Tài liệu hội nghị nội bộ', lead: '', protected: true })
    const article = await get<Article>(`/api/articles/${summary.slug}`)
    expect(article).toMatchObject({ protected: true, lead: '', body: { blocks: [] } })
    const hits = await get<Paged<SearchHit>>(`/api/search?q=${encodeURIComponent('hội nghị nội bộ')}`)
    expect(JSON.stringify(hits)).not.toContain('BI-MAT')
  })

  it('never shows drafts, private or scheduled posts: not in lists, categories, search or sitemaps', async () => {
    const answers = [
      JSON.stringify(await list()),
      JSON.stringify(await get('/api/articles?category=kinh-te&pageSize=50')),
      JSON.stringify(await get<Sitemap>('/api/sitemap')),
      (await app.inject({ method: 'GET', url: '/sitemap.xml' })).body,
      ...(await Promise.all(HIDDEN.map((q) => get(`/api/search?q=${q}`).then((r) => JSON.stringify(r))))),
    ]
    for (const answer of answers) for (const word of HIDDEN) expect(answer).not.toContain(word)
    for (const slug of ['ban-nhap-bai-chua-duyet', 'rieng-tu-bai-noi-bo', 'hen-gio-bai-dang-sau', `p-${site!.seeded.draft}`, `p-${site!.seeded.scheduled}`]) {
      expect((await app.inject({ method: 'GET', url: `/api/articles/${slug}` })).statusCode, slug).toBe(404)
    }
  })

  it('serves the post whose slug WordPress keeps percent-encoded as p-<id>, and a child page', async () => {
    expect(site!.seeded.slugs[site!.seeded.vietnameseSlug]).toMatch(/%[0-9a-f]{2}/)
    const article = await get<Article>(`/api/articles/p-${site!.seeded.vietnameseSlug}`)
    expect(article.title).toBe('Đường tỉnh 258 được nâng cấp')
    const sitemap = await get<Sitemap>('/api/sitemap')
    expect(sitemap.pages.map((p) => p.slug)).toEqual(expect.arrayContaining(['gioi-thieu', 'lich-su-hinh-thanh', 'lien-he']))
    expect((await get<{ title: string }>('/api/pages/lich-su-hinh-thanh')).title).toBe('Lịch sử hình thành')
  })

  it('reads shortcodes, galleries and embeds as editors meant them', async () => {
    const article = await get<Article>(`/api/articles/${slugFor(site!.seeded.media)}`)
    const json = JSON.stringify(article.body)
    expect(json).toContain('https://www.youtube.com/watch?v=abc123')
    expect(json).not.toMatch(/\[caption|\[gallery|<style|#gallery-1/)
    const figures = article.body.blocks.filter((b) => b.type === 'figure')
    expect(figures.length).toBeGreaterThanOrEqual(3)
    for (const figure of figures) expect(figure.type === 'figure' && figure.image.alt).not.toBe('')
    expect(documentText(article.body)).toContain('Chợ phiên Bằng Vân sáng Chủ nhật.')
  })

  it('asks WordPress once per listing, article or category page, and twice per search: no N+1', async () => {
    await get('/api/categories') // the category list is cached for a minute
    const count = async (url: string) => {
      requests.length = 0
      await get(url)
      return [...requests]
    }
    const home = await count('/api/articles?pageSize=10')
    expect(home).toHaveLength(1)
    expect(home[0]).toMatch(/^posts\?.*_embed=/)
    expect(await count('/api/articles?category=kinh-te&pageSize=10')).toHaveLength(1)
    expect(await count(`/api/articles/${slugFor(site!.seeded.noExcerpt)}`)).toHaveLength(1)
    const search = await count('/api/search?q=c%E1%BA%A7u&pageSize=10')
    expect(search.map((r) => r.split('?')[0])).toEqual(['search', 'posts'])
    // Authors, featured images and categories all came embedded.
    requests.length = 0
    await get('/api/articles?pageSize=50')
    expect(requests.filter((r) => /^(users|media|categories)/.test(r))).toEqual([])
  })

  it('takes the portal’s name and tagline from WordPress unless SITE_NAME_* are set', async () => {
    const runtime = readConfig({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: site!.apiUrl }).runtime
    const fromSite = await withWordPressIdentity(runtime, {}, site!.apiUrl, 8000)
    expect(fromSite.siteName).toEqual({ vi: 'Cổng thông tin thử nghiệm', en: 'Cổng thông tin thử nghiệm' })
    expect(fromSite.siteDescription?.vi).toBe('Tin tức, thông báo và văn bản của tỉnh, bản thử nghiệm')
    const set = await withWordPressIdentity(runtime, { SITE_NAME_VI: 'Tên riêng' }, site!.apiUrl, 8000)
    expect(set).toBe(runtime)
  })
})
