import { gzipSync } from 'node:zlib'
import iconv from 'iconv-lite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articlePage, TestOrigin, words } from '../test/origin'
import { siteHarness, TEST_AGENT } from '../test/harness'
import { syncSite } from './syncSite'

const sitemap = (paths: string[], lastmod?: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${paths
    .map((p) => `<url><loc>ORIGIN${p}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`).join('')}</urlset>`

/** As legacy editors wrote Vietnamese in windows-1258: precomposed where the code page has the letter, a combining tone mark after it otherwise. */
function toWindows1258(text: string): Buffer {
  const encodable = (c: string) => iconv.decode(iconv.encode(c, 'windows-1258'), 'windows-1258') === c
  const chars = [...text].flatMap((c) => {
    if (encodable(c)) return [c]
    const [base = '', ...marks] = [...c.normalize('NFD')]
    const letter = `${base}${marks[0] ?? ''}`.normalize('NFC')
    return encodable(letter) ? [letter, ...marks.slice(1)] : [base, ...marks]
  })
  return iconv.encode(chars.join(''), 'windows-1258')
}

describe('syncing a portal from a real HTTP origin', () => {
  let origin: TestOrigin
  const xml = (body: string) => ({ body: body.replaceAll('ORIGIN', origin.url), type: 'application/xml' })

  beforeEach(async () => {
    origin = await new TestOrigin().start()
    origin.set('/', '<!doctype html><html><head><title>Cổng</title></head><body><h1>Cổng</h1></body></html>')
  })
  afterEach(() => origin.stop())

  it('finds articles through robots.txt, a gzipped sitemap index and its sitemaps, and stores them with their original address', async () => {
    origin.set('/robots.txt', { body: 'User-agent: *\nDisallow: /noi-bo/\nSitemap: ORIGIN/sitemap_index.xml.gz'.replace('ORIGIN', origin.url), type: 'text/plain' })
    origin.set('/sitemap_index.xml.gz', {
      body: gzipSync(`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin.url}/tin.xml</loc></sitemap></sitemapindex>`),
      type: 'application/gzip',
    })
    origin.set('/tin.xml', xml(sitemap(['/tin-tuc/hop-ubnd.aspx', '/noi-bo/bi-mat.aspx', '/tin-tuc/le-hoi.html'])))
    origin.set('/tin-tuc/hop-ubnd.aspx', articlePage('Họp UBND tỉnh', [words(40), '<a href="/tin-tuc/le-hoi.html#phan-2">Lễ hội</a> và <a href="https://other.example/x">nơi khác</a>']))
    origin.set('/tin-tuc/le-hoi.html', articlePage('Lễ hội', [words(40)]))
    origin.set('/noi-bo/bi-mat.aspx', articlePage('Bí mật', [words(40)]))
    const site = siteHarness(origin.url)

    const report = await site.sync()

    expect(report).toMatchObject({ found: 2, added: 2, failed: 0 })
    expect(site.slugs()).toEqual(['hop-ubnd', 'le-hoi'])
    expect(origin.hits(/noi-bo/)).toEqual([])
    const article = site.article('hop-ubnd')!
    expect(article.original_url).toBe(`${origin.url}/tin-tuc/hop-ubnd.aspx`)
    expect(article.body_json).toContain('"href":"/bai-viet/le-hoi#phan-2"')
    expect(article.body_json).toContain('"href":"https://other.example/x"')
    expect(new Set(origin.requests.map((r) => r.userAgent))).toEqual(new Set([TEST_AGENT]))
    expect(site.db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'hop'").pluck().get()).toBe(1)
  })

  it('finds articles through the feed the home page announces, and through listing pages in the profile', async () => {
    origin.set('/', '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/rss"></head><body></body></html>')
    origin.set('/rss', { body: `<rss><channel><item><link>${origin.url}/a/tu-feed</link></item></channel></rss>`, type: 'application/rss+xml' })
    origin.set('/a/tu-feed', articlePage('Từ feed', [words(40)]))
    origin.set('/danh-sach', '<ul><li><a class="tin" href="/a/tu-danh-sach">x</a></li></ul><a class="sau" href="/danh-sach?trang=2">Sau</a>')
    origin.set('/danh-sach?trang=2', '<ul><li><a class="tin" href="/a/trang-hai">x</a></li></ul>')
    origin.set('/a/tu-danh-sach', articlePage('Từ danh sách', [words(40)]))
    origin.set('/a/trang-hai', articlePage('Trang hai', [words(40)]))
    const site = siteHarness(origin.url)

    const report = await site.sync({ listing: { pages: ['/danh-sach'], links: 'a.tin', next: 'a.sau' } })

    expect(report.added).toBe(3)
    expect(site.slugs()).toEqual(['trang-hai', 'tu-danh-sach', 'tu-feed'])
  })

  it('re-syncs an unchanged site with conditional requests answered 304, writing nothing', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/mot', '/a/hai'])))
    origin.set('/a/mot', articlePage('Một', [words(40)]))
    origin.set('/a/hai', articlePage('Hai', [words(40)]))
    const site = siteHarness(origin.url)
    await site.sync()
    origin.clear()

    const report = await site.sync()

    expect(report).toMatchObject({ notModified: 2, added: 0, changed: 0 })
    expect(origin.hits(/^\/a\//).map((r) => [r.conditional, r.status])).toEqual([[true, 304], [true, 304]])
    expect(origin.hits(/sitemap/).map((r) => r.status)).toEqual([304])
  })

  it('skips pages whose sitemap lastmod has not changed, and fetches the one whose lastmod moved', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/mot', '/a/hai'], '2024-05-01')))
    origin.set('/a/mot', articlePage('Một', [words(40)]))
    origin.set('/a/hai', articlePage('Hai', [words(40)]))
    const site = siteHarness(origin.url)
    await site.sync()
    origin.set('/sitemap.xml', xml(sitemap(['/a/mot'], '2024-05-01') .replace('</urlset>', `<url><loc>${origin.url}/a/hai</loc><lastmod>2024-06-01</lastmod></url></urlset>`)))
    origin.set('/a/hai', articlePage('Hai, sửa', [words(40)]))
    origin.clear()

    const report = await site.sync()

    expect(report).toMatchObject({ skipped: 1, changed: 1 })
    expect(origin.hits(/^\/a\//).map((r) => r.path)).toEqual(['/a/hai'])
    expect(site.article('hai')!.title).toBe('Hai, sửa')
  })

  it('removes an article whose page now answers 404 or 410', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/mot', '/a/hai'])))
    origin.set('/a/mot', articlePage('Một', [words(40)]))
    origin.set('/a/hai', articlePage('Hai', [words(40)]))
    const site = siteHarness(origin.url)
    await site.sync()
    origin.files.delete('/a/mot')
    origin.set('/a/hai', { body: 'gone', status: 410 })

    const report = await site.sync()

    expect(report.removed).toBe(2)
    expect(site.slugs()).toEqual([])
    expect(site.db.prepare('SELECT count(*) FROM articles_fts').pluck().get()).toBe(0)
  })

  it('keeps the last good copy when the origin answers a maintenance page with 200, or text that shrank by half, and says when it was confirmed', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/mot', '/a/hai'])))
    origin.set('/a/mot', articlePage('Một', [words(60)]))
    origin.set('/a/hai', articlePage('Hai', [words(60)]))
    const site = siteHarness(origin.url)
    await site.sync()
    origin.set('/a/hai', articlePage('Hai', [words(20, 'ngắn')]))
    origin.maintenance = '<!doctype html><html><body><h1>Hệ thống đang bảo trì</h1><p>Vui lòng quay lại sau.</p></body></html>'
    origin.files.delete('/a/hai')
    origin.set('/a/hai', articlePage('Hai', [words(26, 'ngắn')]))

    const maintenance = await site.sync()
    origin.maintenance = undefined
    const shrunk = await site.sync()

    expect(maintenance.keptLastGood).toBe(2)
    expect(shrunk.keptLastGood).toBe(1)
    expect(shrunk.problems.join('\n')).toMatch(/hai: text shrank from \d+ to \d+ words/)
    expect(site.article('hai')!.plain_text).toContain('chữ1')
    expect(site.article('hai')!.confirmed_at).toMatch(/^\d{4}-/)
    expect(site.article('mot')!.confirmed_at).toBeNull()
  })

  it('keeps the last good copy when the origin answers 503 every other request or never answers', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/mot', '/a/hai', '/a/ba'])))
    for (const slug of ['mot', 'hai', 'ba']) origin.set(`/a/${slug}`, articlePage(slug, [words(40)]))
    const first = siteHarness(origin.url)
    await first.sync()
    // The same database, read again with a short time limit and no retries (a busy machine cannot fail the first sync).
    const site = siteHarness(origin.url, { retries: 0, timeoutMs: 300 }, first.db)
    for (const slug of ['mot', 'hai', 'ba']) origin.set(`/a/${slug}`, articlePage(`${slug} mới`, [words(40, 'mới')]))
    origin.fail503Every = 2
    origin.hanging.add('/a/ba')

    const report = await site.sync()

    expect(report.keptLastGood).toBeGreaterThanOrEqual(2)
    expect(site.slugs()).toEqual(['ba', 'hai', 'mot'])
    expect(report.problems.join('\n')).toMatch(/\/a\/ba: no answer within 300 ms/)
    expect(site.article('ba')!.title).toBe('ba')
  })

  it('retries a 503 with back-off and gets the page', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/mot'])))
    origin.set('/a/mot', articlePage('Một', [words(40)]))
    origin.fail503Every = 4 // robots (1), sitemap (2), home page (3), the page's first try (4) fails
    const site = siteHarness(origin.url, { retries: 2 })

    const report = await site.sync()

    expect(report.added).toBe(1)
    expect(origin.hits(/^\/a\/mot$/).map((r) => r.status)).toEqual([503, 200])
  })

  it('does not follow a redirect to another host, and follows one within the origin', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/di-xa', '/a/cu'])))
    origin.set('/a/di-xa', { body: '', status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data' } })
    origin.set('/a/cu', { body: '', status: 301, headers: { location: '/a/moi' } })
    origin.set('/a/moi', articlePage('Mới', [words(40)]))
    const site = siteHarness(origin.url)

    const report = await site.sync()

    expect(report.added).toBe(1)
    expect(site.article('cu')!.original_url).toBe(`${origin.url}/a/moi`)
    expect(report.problems.join('\n')).toMatch(/di-xa: redirect to http:\/\/169\.254\.169\.254\/latest\/meta-data \(another origin or scheme\): not followed/)
  })

  it('reads a page in windows-1258 declared in a meta, and one larger than the limit is refused', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/cu', '/a/lon'])))
    const legacy = articlePage('Tin tỉnh Bắc Kạn', [`Ủy ban nhân dân tỉnh họp phiên thường kỳ ${words(40)}`]).replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
    origin.set('/a/cu', { body: toWindows1258(legacy), type: 'text/html' })
    origin.set('/a/lon', articlePage('Lớn', [words(40), 'x'.repeat(300_000)]))
    const site = siteHarness(origin.url, { maxBytes: 100_000 })

    const report = await site.sync()

    expect(site.article('cu')!.title).toBe('Tin tỉnh Bắc Kạn')
    expect(site.article('cu')!.plain_text).toContain('Ủy ban nhân dân tỉnh họp')
    expect(report.problems.join('\n')).toMatch(/lon: larger than 100000 bytes/)
  })

  it('skips and reports a page that breaks the DOM library, and goes on with the others', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/bom', '/a/mot'])))
    origin.set('/a/bom', articlePage('Bom', [words(40)]))
    origin.set('/a/mot', articlePage('Một', [words(40)]))
    const site = siteHarness(origin.url)
    const breaking = (html: string) => {
      if (html.includes('Bom')) throw new RangeError('Maximum call stack size exceeded')
      return { url: `${origin.url}/a/mot`, title: 'Một', contentHtml: `<p>${words(40)}</p>`, lead: '', language: 'vi' as const, wordCount: 40, warnings: [] }
    }

    const report = await syncSite({ siteUrl: `${origin.url}/`, profile: {}, userAgent: TEST_AGENT, fetcher: site.fetcher, store: site.store, extract: breaking })

    expect(report).toMatchObject({ added: 1, failed: 1 })
    expect(report.problems.join('\n')).toMatch(/\/a\/bom: the page could not be read \(Maximum call stack size exceeded\)/)
    expect(site.slugs()).toEqual(['mot'])
  })

  it('points pictures on the origin at Lectern and drops those from other hosts', async () => {
    origin.set('/sitemap.xml', xml(sitemap(['/a/anh'])))
    origin.set('/a/anh', articlePage('Ảnh', [words(40), '<img src="/anh/dau.jpg" alt="Ảnh đầu">', '<img src="/anh/hoi-nghi.jpg" alt="Hội nghị">', '<img src="https://cdn.example/x.jpg" alt="Ngoài">'],
      '<meta property="og:image" content="/anh/dau.jpg">'))
    const site = siteHarness(origin.url)

    await site.sync()

    const body = site.article('anh')!.body_json
    const hash = site.store.pictureHash(`${origin.url}/anh/hoi-nghi.jpg`)
    expect(body).toContain(`"src":"/anh-goc/${hash}"`)
    // The lead picture is shown above the text, not again in it.
    const lead = `/anh-goc/${site.store.pictureHash(`${origin.url}/anh/dau.jpg`)}`
    expect(JSON.parse(site.article('anh')!.image_json!).src).toBe(lead)
    expect(body).not.toContain(lead)
    expect(body).not.toContain('cdn.example')
    expect(site.store.pictureUrl(hash)).toBe(`${origin.url}/anh/hoi-nghi.jpg`)
  })
})
