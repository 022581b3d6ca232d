import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshFindings } from '../contentCheck/store'
import { openDatabase, type Db } from '../db/schema'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import { EditorBrowser } from '../test/editorBrowser'
import { createTestApp } from '../test/testApp'
import { localAuthenticator } from './authenticate'
import { hashPassword } from './passwords'

const PASSWORD = 'mật khẩu đủ dài 2026'
const SECRET = 'a-test-secret-of-at-least-32-characters!!'
const REPORT = '/bien-tap/kiem-tra-noi-dung'

describe('the editors\' content check report', () => {
  let app: FastifyInstance
  let db: Db
  let browser: EditorBrowser

  beforeAll(async () => {
    const store = new SqliteFeedbackStore(openDatabase(':memory:'))
    await store.addAccount('bientap', await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 }))
    ;({ app, db } = await createTestApp({ editor: { store, authenticator: localAuthenticator(store), sessionSecret: SECRET, secureCookie: 'auto', pageSize: 5 } }))
    // One article with an error, so the order by errors shows.
    const body = JSON.stringify({ version: 1, blocks: [{ type: 'figure', image: { src: '/media/x.jpg', alt: '', decorative: false }, caption: [] }] })
    db.prepare('UPDATE articles SET body_json = ?, content_hash = ? WHERE slug = ?').run(body, 'edited', 'khanh-thanh-cau-dan-sinh-binh-trung')
    refreshFindings(db)
    browser = new EditorBrowser(app)
    expect((await browser.signIn('bientap', PASSWORD)).headers.location).toBe('/bien-tap/gop-y')
  }, 60_000)
  afterAll(async () => app?.close())

  it('is for signed-in editors only', async () => {
    for (const url of [REPORT, `${REPORT}.csv`, `${REPORT}/khanh-thanh-cau-dan-sinh-binh-trung`]) {
      const response = await new EditorBrowser(app).get(url)
      expect(response.statusCode, url).toBe(303)
      expect(response.headers.location).toBe('/bien-tap/dang-nhap')
    }
  })

  it('counts findings by rule and lists articles with the most errors first, five to a page', async () => {
    const response = await browser.get(REPORT)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-security-policy']).toContain("default-src 'none'")
    expect(response.body).not.toContain('<script')
    expect(response.body).toMatch(/<th scope="row"><a href="\/bien-tap\/kiem-tra-noi-dung\?quy-tac=image-alt-missing">Ảnh chưa có mô tả \(alt\)<\/a><\/th><td class="severity severity-error">Lỗi<\/td><td>1<\/td><td>1<\/td>/)
    const rows = [...response.body.matchAll(/<th scope="row"><a href="\/bien-tap\/kiem-tra-noi-dung\/([^"]+)">/g)].map((m) => m[1])
    expect(rows[0]).toBe('khanh-thanh-cau-dan-sinh-binh-trung')
    expect(rows).toHaveLength(5)
    expect(response.body).toContain('rel="next"')
  })

  it('filters by rule and severity, and says when nothing matches', async () => {
    const filtered = await browser.get(`${REPORT}?quy-tac=image-alt-long`)
    const rows = [...filtered.body.matchAll(/<th scope="row"><a href="\/bien-tap\/kiem-tra-noi-dung\/([^"]+)">/g)].map((m) => m[1])
    expect(rows.sort()).toEqual(['ba-be-national-park-visitor-guide', 'nong-san-chu-luc-bac-kan-2020-2024', 'so-ket-chuong-trinh-nong-thon-moi-2021-2024'])
    expect(filtered.body).toContain('<option value="image-alt-long" selected>')
    const none = await browser.get(`${REPORT}?quy-tac=table-no-headers&muc-do=error`)
    expect(none.body).toContain('Không có bài viết nào khớp với bộ lọc.')
  })

  it('answers a filter it does not know with a 400 that says what to choose, and lists nothing', async () => {
    const response = await browser.get(`${REPORT}?quy-tac=%3Cscript%3E&muc-do=nguy-hiem`)
    expect(response.statusCode).toBe(400)
    expect(response.body).toContain('<title>Lỗi: Kiểm tra nội dung')
    expect(response.body).toContain('Chọn một quy tắc trong danh sách')
    expect(response.body).toContain('Chọn mức độ')
    expect(response.body).not.toContain('<script>')
  })

  it('shows one article\'s findings with the passage quoted and links to the article', async () => {
    const response = await browser.get(`${REPORT}/khanh-thanh-cau-dan-sinh-binh-trung`)
    expect(response.statusCode).toBe(200)
    expect(response.body).toContain('<a href="/bai-viet/khanh-thanh-cau-dan-sinh-binh-trung">Xem bài viết trên Lectern</a>')
    expect(response.body).toMatch(/<h2><span class="severity severity-error">Lỗi: <\/span>Ảnh chưa có mô tả \(alt\)<\/h2>/)
    expect(response.body).toContain('<blockquote class="excerpt">x.jpg</blockquote>')
    expect((await browser.get(`${REPORT}/khong-co-bai-nay`)).statusCode).toBe(404)
  })

  it('exports the filtered findings as CSV with the inbox CSV\'s protections', async () => {
    const response = await browser.get(`${REPORT}.csv?muc-do=error`)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="kiem-tra-noi-dung-\d{4}-\d{2}-\d{2}\.csv"$/)
    const lines = response.body.split('\r\n')
    expect(lines[0]).toBe('\uFEFF"Bài viết (slug)","Tiêu đề","Địa chỉ gốc","Quy tắc","Mức độ","Hướng dẫn sửa","Đoạn trích"')
    expect(lines.slice(1, -1)).toHaveLength(1)
    expect(lines[1]).toMatch(/^"khanh-thanh-cau-dan-sinh-binh-trung",".*","","image-alt-missing","error","Ảnh chưa có mô tả/)
    expect((await browser.get(`${REPORT}.csv?quy-tac=khong-co`)).statusCode).toBe(303)
  })
})
