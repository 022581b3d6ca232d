import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SEED_SLUG, createTestApp } from './test/testApp'
import { createWordPressTestApp } from './test/wordpressApp'
import type { WordPressStub } from './test/wordpressStub'

// Pages rendered on the server from the app's own source (through Vite's SSR loader).
let app: FastifyInstance
beforeAll(async () => {
  ;({ app } = await createTestApp({ pages: true }))
}, 60_000)
afterAll(() => app.close())

const get = (url: string, headers: Record<string, string> = {}) => app.inject({ method: 'GET', url, headers })
const form = (fields: Record<string, string>) =>
  app.inject({ method: 'POST', url: '/gop-y', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString() })
const state = (html: string) => JSON.parse(/<script type="application\/json" id="lectern-state">([\s\S]*?)<\/script>/.exec(html)![1]!)

describe('server-rendered pages', () => {
  it('sends the article as HTML, with its head, JSON-LD and the data to hydrate', async () => {
    const response = await get(`/bai-viet/${SEED_SLUG}`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toMatch(/^text\/html/)
    const html = response.body
    expect(html).toMatch(/<h1[^>]*id="article-title"[^>]*>Những chuyển biến tích cực/)
    expect(html).toMatch(/<title>Những chuyển biến tích cực[^<]* — Cổng thông tin điện tử Bắc Kạn<\/title>/)
    expect(html).toContain(`<link rel="canonical" href="http://localhost:80/bai-viet/${SEED_SLUG}">`)
    expect(html).toContain('<meta property="og:type" content="article">')
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!)
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', inLanguage: 'vi', headline: expect.stringMatching(/^Những chuyển biến/) })
    expect(Object.keys(state(html).resources)).toEqual(expect.arrayContaining([`article:"${SEED_SLUG}"`]))
    expect(html).not.toContain('needs JavaScript')
  })

  it('answers the truth: 404 for unknown articles, categories, pages and paths, 200 for search help', async () => {
    for (const url of ['/bai-viet/khong-ton-tai', '/chuyen-muc/khong-ton-tai', '/khong-co-trang-nay', '/bai-viet/Not_A_Slug', '/gop-y/da-gui']) {
      const response = await get(url)
      expect(response.statusCode, url).toBe(404)
      expect(response.body, url).toContain('Không tìm thấy trang')
    }
    const help = await get('/tim-kiem')
    expect(help.statusCode).toBe(200)
    expect(help.body).toContain('Tìm kiếm')
  })

  it('renders search results and paging as links, from a plain GET', async () => {
    const response = await get('/tim-kiem?q=bac+kan')
    expect(response.statusCode).toBe(200)
    expect(response.body).toMatch(/<ol class="search-results"/)
    expect(response.body).toMatch(/href="\/tim-kiem\?q=bac\+kan&amp;trang=2"|href="\/tim-kiem\?q=bac%20kan&amp;trang=2"/)
  })

  it('escapes the hydration data: nothing in it can end the script element', async () => {
    const response = await get('/tim-kiem?q=%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E')
    const block = /<script type="application\/json" id="lectern-state">([\s\S]*?)<\/script>/.exec(response.body)![1]!
    expect(block).not.toMatch(/<\/?script/i)
    expect(response.body).not.toContain('<script>alert(1)')
  })

  it('renders in the language of the cookie, and the language link sets it and comes back (only to this site)', async () => {
    const english = await get('/', { cookie: 'lectern-locale=en' })
    expect(english.body).toMatch(/<html lang="en"/)
    expect(english.body).toContain('Latest news')
    const link = await get('/ngon-ngu/en?ve=%2Fgop-y')
    expect(link.statusCode).toBe(303)
    expect(link.headers.location).toBe('/gop-y')
    expect(link.headers['set-cookie']).toMatch(/^lectern-locale=en; Path=\/; Max-Age=\d+; SameSite=Lax/)
    for (const away of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      expect((await get(`/ngon-ngu/vi?ve=${encodeURIComponent(away)}`)).headers.location, away).toBe('/')
    }
  })

  it('carries an ETag from the content, answers 304 to it, and lets a CDN cache briefly', async () => {
    const first = await get('/')
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^W\/"/)
    expect(first.headers['cache-control']).toBe('public, max-age=60, stale-while-revalidate=600')
    expect(first.headers.vary).toMatch(/Cookie/)
    expect((await get('/')).headers.etag).toBe(etag)
    expect((await get('/', { 'if-none-match': etag })).statusCode).toBe(304)
    expect((await get('/', { cookie: 'lectern-locale=en' })).headers.etag).not.toBe(etag)
  })

  it('keeps a CSP with one script hash and no unsafe-inline on rendered pages', async () => {
    const csp = (await get('/')).headers['content-security-policy'] as string
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
  })
})

describe('the feedback form without JavaScript', () => {
  const draftId = 'nojs-draft-0123456789'

  it('gives the form back with the error summary, inline errors and the text as typed (400)', async () => {
    const response = await form({ draftId, name: '', email: 'not-an-address', topic: 'khac', message: 'Chữ <b>đã gõ</b>' })
    expect(response.statusCode).toBe(400)
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.body).toMatch(/<title>Lỗi: Góp ý/)
    expect(response.body).toMatch(/class="error-summary"[^>]*role="alert"/)
    expect(response.body).toContain('href="#feedback-name"')
    expect(response.body).toContain('id="feedback-email-error"')
    expect(response.body).toContain('Chữ &lt;b&gt;đã gõ&lt;/b&gt;</textarea>')
    expect(response.body).toContain(`name="draftId" value="${draftId}"`)
  })

  it('stores a valid form once and redirects to the confirmation; the same draft again gets the same reference', async () => {
    const fields = { draftId, name: 'Hoa', email: '', topic: 'khac', article: '', message: 'Xin chào', language: 'vi' }
    const first = await form(fields)
    expect(first.statusCode).toBe(303)
    expect(first.headers.location).toMatch(/^\/gop-y\/da-gui\?ma=GY-\d{4}-\d{6}$/)
    const again = await form(fields)
    expect(again.headers.location).toBe(first.headers.location)
    const confirmation = await get(first.headers.location as string)
    expect(confirmation.statusCode).toBe(200)
    expect(confirmation.body).toContain(String(first.headers.location).split('=')[1])
  })

  it('refuses what a robot fills in (the honeypot) without storing it', async () => {
    const response = await form({ draftId: 'robot-draft-0123456789', name: 'Bot', topic: 'khac', message: 'spam', website: 'http://spam.example' })
    expect(response.statusCode).toBe(400)
  })
})

describe('pages when the content source fails (WordPress)', () => {
  let wp: { app: FastifyInstance; stub: WordPressStub }
  beforeAll(async () => {
    wp = await createWordPressTestApp({ pages: true, timeoutMs: 500 })
  }, 60_000)
  afterAll(async () => {
    await wp.app.close()
    await wp.stub.close()
  })

  it('answers 502 with the error page and a working "try again" link when the source is broken, 504 when it is slow', async () => {
    wp.stub.fault('/wp-json/wp/v2/', 'error500')
    const broken = await wp.app.inject({ method: 'GET', url: '/' })
    expect(broken.statusCode).toBe(502)
    expect(broken.headers['cache-control']).toBe('no-store')
    expect(broken.body).toMatch(/role="alert"/)
    expect(broken.body).toMatch(/<a href="\/" class="button">Thử lại<\/a>/)
    wp.stub.fault('/wp-json/wp/v2/', 'hang')
    expect((await wp.app.inject({ method: 'GET', url: '/chuyen-muc/tin-tuc' })).statusCode).toBe(504)
    wp.stub.fault('/wp-json/wp/v2/', undefined)
    expect((await wp.app.inject({ method: 'GET', url: '/' })).statusCode).toBe(200)
  })
})
