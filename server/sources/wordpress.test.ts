import type { FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleSummary, Paged } from '../../core/types'
import { documentText } from '../../core/text'
import { readConfig } from '../config'
import { createWordPressTestApp } from '../test/wordpressApp'
import type { Fault, WordPressStub } from '../test/wordpressStub'
import { withOffset } from './wordpress'

let app: FastifyInstance
let stub: WordPressStub
beforeAll(async () => {
  ;({ app, stub } = await createWordPressTestApp({ timeoutMs: 700, maxBytes: 512 * 1024 }))
})
afterAll(async () => {
  await app.close()
  await stub.close()
})

const get = (url: string) => app.inject({ method: 'GET', url })
const article = async (slug: string) => (await get(`/api/articles/${slug}`)).json() as Article

describe('WordPress posts as Lectern articles', () => {
  it('maps a Gutenberg post: text title, offset dates, embedded author, featured image, category', async () => {
    const a = await article('khanh-thanh-cau-dan-sinh-ban-pac-ngoi')
    expect(a).toMatchObject({
      title: 'Khánh thành cầu dân sinh bản Pác Ngòi',
      published: '2024-05-12T08:30:00+07:00',
      updated: '2024-05-13T09:15:00+07:00',
      author: 'Hương Dịu',
      language: 'vi',
      category: { slug: 'kinh-te', name: { vi: 'Kinh tế' } },
      image: {
        src: 'https://portal.example/wp-content/uploads/2024/05/cau-pac-ngoi.jpg',
        alt: 'Cây cầu treo mới bắc qua suối, người dân đi bộ trên cầu',
        caption: 'Cầu dân sinh bản Pác Ngòi ngày khánh thành',
      },
    })
    expect(a.body.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'table', 'paragraph', 'paragraph', 'quote', 'rule', 'paragraph'])
    expect(documentText(a.body)).toContain('— Ông Hoàng Văn Thào')
  })

  it('decodes entities in titles and drops WordPress read-more tails from leads', async () => {
    const list = (await get('/api/articles?pageSize=50')).json() as Paged<ArticleSummary>
    const titles = list.items.map((i) => i.title)
    expect(titles).toContain('Lễ hội “Lồng Tồng” Ba Bể 2024')
    expect(titles).toContain('Thông báo lịch tiếp công dân tháng 6')
    const warning = list.items.find((i) => i.title.startsWith('Cảnh báo'))!
    expect(warning.title).toBe('Cảnh báo ngầm tràn mùa lũ – không đi qua khi nước dâng')
    expect(warning.lead).not.toContain('Đọc tiếp')
    expect(list.items.find((i) => i.title.startsWith('Thông báo'))!.lead).toMatch(/tháng 6 năm 2024…$/)
  })

  it('serves a post with a percent-encoded Vietnamese slug as p-<id>, embed and gallery readable', async () => {
    const a = await article('p-102')
    expect(a.title).toBe('Lễ hội “Lồng Tồng” Ba Bể 2024')
    const json = JSON.stringify(a.body)
    expect(json).toContain('"href":"https://www.youtube.com/embed/abc123?feature=oembed"')
    expect(a.body.blocks.filter((b) => b.type === 'figure')).toHaveLength(2)
    expect(json).toContain('"lang":"tay"')
  })

  it('asks /users and /media when the author or the picture is not embedded', async () => {
    const notice = await article('thong-bao-lich-tiep-cong-dan-thang-6')
    expect(notice.author).toBe('Ban Biên tập')
    expect(stub.requests.some((r) => r.startsWith('/wp-json/wp/v2/users/8'))).toBe(true)
    const warning = await article('canh-bao-ngam-tran-mua-lu')
    expect(warning.image?.alt).toBe('Biển cảnh báo trước ngầm tràn')
    expect(stub.requests.some((r) => r.startsWith('/wp-json/wp/v2/media/502'))).toBe(true)
  })

  it('normalizes classic-editor soup: one h1, no gaps, layout table gone, data table kept, relative image resolved', async () => {
    const a = await article('thong-bao-lich-tiep-cong-dan-thang-6')
    const headings = a.body.blocks.flatMap((b) => (b.type === 'heading' ? [b.level] : []))
    expect(headings).toEqual([2, 3, 3, 4]) // h1 THÔNG BÁO, h4, the layout cell's h3, h6
    expect(a.body.blocks.filter((b) => b.type === 'table')).toHaveLength(1)
    const figure = a.body.blocks.find((b) => b.type === 'figure')
    // Relative to the WordPress site Lectern reads from (here the stub).
    const site = stub.apiUrl.replace(/\/wp-json$/, '')
    expect(figure).toMatchObject({ image: { src: `${site}/wp-content/uploads/2024/05/quoc-huy.png`, decorative: false, alt: '' } })
    expect(JSON.stringify(a.body)).toContain('"newWindow":true')
    expect(JSON.stringify(a.body)).not.toMatch(/font-size|Times New Roman|900/)
  })

  it('reads an English post as English', async () => {
    expect((await article('ba-be-lake-visitor-season-opens')).language).toBe('en')
  })

  it('keeps hostile markup out of the document and keeps the text', async () => {
    const a = await article('canh-bao-ngam-tran-mua-lu')
    const json = JSON.stringify(a)
    expect(json).not.toMatch(/__pwned|javascript:|<script|onerror|onclick|position:fixed/i)
    expect(documentText(a.body)).toContain('không đi qua ngầm tràn')
    expect(json).toContain('"href":"tel:+842093870000"')
  })
})

describe('when WordPress misbehaves, Lectern answers problem+json and keeps running', () => {
  afterEach(() => {
    for (const path of ['/wp-json/wp/v2/posts', '/wp-json/wp/v2/categories']) stub.fault(path, undefined)
  })

  it.each<[Fault, number, RegExp]>([
    ['error500', 502, /status 500/],
    ['hang', 504, /did not answer .* within 700 ms/],
    ['reset', 502, /Could not reach|broke off/],
    ['notJson', 502, /not JSON/],
    ['wrongShape', 502, /unexpected shape/],
    ['huge', 502, /more than the 524288 bytes/],
  ])('%s → %i with a clear detail', async (fault, status, detail) => {
    stub.fault('/wp-json/wp/v2/posts', fault)
    const response = await get('/api/articles/khanh-thanh-cau-dan-sinh-ban-pac-ngoi')
    expect(response.statusCode).toBe(status)
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(response.headers['cache-control']).toBe('no-store')
    expect(response.json().detail).toMatch(detail)
    stub.fault('/wp-json/wp/v2/posts', undefined)
    expect((await get('/api/articles/khanh-thanh-cau-dan-sinh-ban-pac-ngoi')).statusCode).toBe(200)
  })

  it('an unreachable WordPress is a 502 that names the host', async () => {
    const { WordPressSource } = await import('./wordpress')
    const source = new WordPressSource({ apiUrl: 'http://127.0.0.1:9/wp-json', timeoutMs: 500 })
    await expect(source.listCategories()).rejects.toMatchObject({ status: 502, message: /127\.0\.0\.1:9/ })
  })

  it('does not remember a failed category list', async () => {
    const { WordPressSource } = await import('./wordpress')
    const source = new WordPressSource({ apiUrl: stub.apiUrl, timeoutMs: 700 })
    stub.fault('/wp-json/wp/v2/categories', 'error500')
    await expect(source.listCategories()).rejects.toMatchObject({ status: 502 })
    stub.fault('/wp-json/wp/v2/categories', undefined)
    expect((await source.listCategories()).length).toBeGreaterThan(3)
  })
})

describe('configuration', () => {
  it('lets article images come from the WordPress site even on plain http', async () => {
    const csp = (await get('/')).headers['content-security-policy'] as string
    expect(csp).toContain(`img-src 'self' data: https: ${new URL(stub.apiUrl).origin}`)
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
  })

  it('switches to WordPress from the environment and points the editor link at Lectern\'s own editors\' area', () => {
    const config = readConfig({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: 'https://portal.example/wp-json/' })
    expect(config.source).toEqual({ kind: 'wordpress', apiUrl: 'https://portal.example/wp-json', timeoutMs: 8000 })
    expect(config.runtime).toMatchObject({ contentSource: 'wordpress', editorUrl: '/bien-tap/' })
  })

  it('refuses to start without a usable CONTENT_API_URL or with an unknown source', () => {
    expect(() => readConfig({ CONTENT_SOURCE: 'wordpress' })).toThrow(/CONTENT_API_URL/)
    expect(() => readConfig({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: 'portal.example' })).toThrow(/CONTENT_API_URL/)
    expect(() => readConfig({ CONTENT_SOURCE: 'drupal' })).toThrow(/"lectern", "wordpress" or "site"/)
    expect(() => readConfig({ CONTENT_SOURCE: 'wordpress', CONTENT_API_URL: 'https://x.example/wp-json', CONTENT_API_TIMEOUT_MS: '5' })).toThrow(/TIMEOUT/)
  })

  it('writes WordPress local time with the offset it has from GMT', () => {
    expect(withOffset('2024-05-12T08:30:00', '2024-05-12T01:30:00')).toBe('2024-05-12T08:30:00+07:00')
    expect(withOffset('2024-01-01T00:00:00', '2024-01-01T05:30:00')).toBe('2024-01-01T00:00:00-05:30')
    expect(withOffset('2024-01-01T00:00:00', null)).toBe('2024-01-01T00:00:00Z')
  })
})
