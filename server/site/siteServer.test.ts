import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as v from 'valibot'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as S from '../../core/apiSchemas'
import { buildApp } from '../app'
import { readConfig, readSiteConfig } from '../config'
import { openDatabase } from '../db/schema'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import type { Readiness } from '../http/operations'
import { LecternSource } from '../sources/lectern'
import { CONTENT_DIR, NO_SHEDDING } from '../test/testApp'
import { siteSource, startSiteSync } from './siteService'
import { articlePage, TestOrigin, words } from './test/origin'

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)])

describe('Lectern in front of a portal (CONTENT_SOURCE=site)', () => {
  let origin: TestOrigin
  let pictureDir: string
  beforeEach(async () => {
    origin = await new TestOrigin().start()
    pictureDir = mkdtempSync(join(tmpdir(), 'lectern-site-'))
    origin.set('/sitemap.xml', { body: `<urlset>${['mot', 'hai', 'ba'].map((s) => `<url><loc>${origin.url}/tin/${s}.aspx</loc></url>`).join('')}</urlset>`, type: 'application/xml' })
    for (const slug of ['mot', 'hai', 'ba']) {
      origin.set(`/tin/${slug}.aspx`, articlePage(`Tin ${slug} về hội nghị`, [words(40)], `<meta property="og:image" content="/anh/${slug}.png">`))
      origin.set(`/anh/${slug}.png`, { body: png, type: 'image/png' })
    }
  })
  afterEach(async () => {
    await origin.stop()
    rmSync(pictureDir, { recursive: true, force: true })
  })

  it('says it is syncing with its progress until the first sync is done, then serves the articles with their original address, search and pictures', async () => {
    const db = openDatabase(':memory:')
    const config = readSiteConfig({ SITE_URL: `${origin.url}/`, SITE_RATE: '5', SITE_PICTURE_DIR: pictureDir, SITE_CONTACT: 'ops@portal.example' })
    const site = siteSource(db, config)
    const source = new LecternSource(db)
    const readiness: Readiness = { ready: true }
    const app = await buildApp({
      source, feedback: new SqliteFeedbackStore(db), runtime: readConfig({}).runtime, contentDir: CONTENT_DIR,
      distDir: pictureDir, readiness, overload: NO_SHEDDING, sitePictures: site.pictures,
    })
    try {
      const sync = startSiteSync(site, config, readiness, () => source.contentChanged(), () => undefined)
      const during = await app.inject({ url: '/readyz' })
      expect(during.statusCode).toBe(503)
      expect(during.json()).toEqual({ syncing: true, done: 0, total: expect.any(Number) })
      expect((await app.inject({ url: '/api/articles' })).statusCode).toBe(503)
      await sync.first
      await sync.stop()

      expect((await app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready' })
      const list = (await app.inject({ url: '/api/articles' })).json()
      expect(list.total).toBe(3)
      const article = (await app.inject({ url: '/api/articles/mot' })).json()
      expect(article.originalUrl).toBe(`${origin.url}/tin/mot.aspx`)
      expect(article.confirmedAt).toBeUndefined()
      expect(article.image.src).toMatch(/^\/anh-goc\/[0-9a-f]{32}$/)
      const picture = await app.inject({ url: article.image.src })
      expect(picture.statusCode).toBe(200)
      expect(picture.headers['content-type']).toBe('image/png')
      expect((await app.inject({ url: '/api/search?q=hoi nghi' })).json().total).toBe(3)
      expect(origin.requests.every((r) => r.userAgent === 'Lectern/0.1.0 (+ops@portal.example)')).toBe(true)
    } finally {
      await app.close()
    }
  })

  it('serves a page in another language with that language as its text\'s, in the article, the list and the sitemap, as the API contract allows', async () => {
    origin.set('/tin/hai.aspx', articlePage('Le nouveau pont', [`${'Le conseil provincial s’est réuni pour discuter du pont. '.repeat(8)}`]).replace('lang="vi"', 'lang="fr"'))
    const db = openDatabase(':memory:')
    const site = siteSource(db, readSiteConfig({ SITE_URL: `${origin.url}/`, SITE_RATE: '50', SITE_PICTURE_DIR: pictureDir }))
    await site.sync()
    const source = new LecternSource(db)

    const article = await source.getArticle('hai')
    expect(v.parse(S.Article, article)).toMatchObject({ language: 'en', textLanguage: 'fr' })
    expect((await source.getArticle('mot'))).not.toHaveProperty('textLanguage')
    const listed = await source.listArticles({ page: 1, pageSize: 10 })
    expect(listed?.items.find((a) => a.slug === 'hai')?.textLanguage).toBe('fr')
    const sitemap = v.parse(S.Sitemap, await source.sitemap())
    expect(sitemap.categories.flatMap((c) => c.articles).find((a) => a.slug === 'hai')).toMatchObject({ textLanguage: 'fr' })
  })
})

