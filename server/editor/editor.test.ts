import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeedbackStore } from '../feedback/store'
import { EditorBrowser } from '../test/editorBrowser'
import { storeKinds } from '../test/stores'
import { createTestApp } from '../test/testApp'
import { localAuthenticator } from './authenticate'
import { hashPassword } from './passwords'
import type { EditorOptions } from './plugin'

const PASSWORD = 'mật khẩu đủ dài 2026'
const SECRET = 'a-test-secret-of-at-least-32-characters!!'

let drafts = 0
const feedback = (change: Record<string, string> = {}) => ({
  draftId: `editor-draft-${String(++drafts).padStart(6, '0')}-${Date.now()}`, name: 'Trần Văn Bình', email: 'binh@example.vn',
  topic: 'noi-dung', message: 'Bài viết thiếu ngày cập nhật.', ...change,
})

describe.each(storeKinds())('the editors\' area over the $name store', (kind) => {
  let store: FeedbackStore
  let app: FastifyInstance
  let options: EditorOptions
  const submit = async (change: Record<string, string> = {}): Promise<string> => {
    const response = await app.inject({ method: 'POST', url: '/api/feedback', payload: feedback(change) })
    expect(response.statusCode).toBe(201)
    return response.json<{ reference: string }>().reference
  }
  const signedIn = async (address = '127.0.0.1'): Promise<EditorBrowser> => {
    const browser = new EditorBrowser(app, address)
    expect((await browser.signIn('bientap', PASSWORD)).headers.location).toBe('/bien-tap/gop-y')
    return browser
  }

  beforeAll(async () => {
    store = await kind.open()
    // Cheap scrypt parameters: the tests are about the protections, not the hash's cost.
    await store.addAccount('bientap', await hashPassword(PASSWORD, { N: 2 ** 10, r: 8, p: 1 }))
    options = { store, authenticator: localAuthenticator(store), sessionSecret: SECRET, secureCookie: 'auto', pageSize: 3 }
    ;({ app } = await createTestApp({ feedback: store, editor: options }))
  }, 60_000)
  afterAll(async () => {
    await app?.close()
    await store?.close()
  })

  describe('security', () => {
    it('without a session, every inbox page and the export redirect to sign-in and show no feedback', async () => {
      const reference = await submit({ message: 'secret-unauthenticated-marker' })
      const browser = new EditorBrowser(app)
      for (const url of ['/bien-tap/', '/bien-tap/gop-y', `/bien-tap/gop-y/${reference}`, '/bien-tap/gop-y.csv', '/bien-tap/xoa-du-lieu', '/bien-tap/gop-y?tim=secret']) {
        const response = await browser.get(url)
        expect(response.statusCode, url).toBe(303)
        expect(response.headers.location, url).toBe(url === '/bien-tap/' ? '/bien-tap/gop-y' : '/bien-tap/dang-nhap')
        expect(response.body).not.toContain('secret-unauthenticated-marker')
        expect(response.body).not.toContain('binh@example.vn')
      }
    })

    it('without a session, every state-changing form is refused with 401 and changes nothing', async () => {
      const reference = await submit({ email: 'unauth-erase@example.vn' })
      const browser = new EditorBrowser(app)
      await browser.get('/bien-tap/dang-nhap')
      const csrf = browser.csrf()
      for (const [url, form] of [
        [`/bien-tap/gop-y/${reference}/trang-thai`, { 'trang-thai': 'closed' }],
        [`/bien-tap/gop-y/${reference}/ghi-chu`, { 'ghi-chu': 'x' }],
        ['/bien-tap/xoa-du-lieu', { 'thu-dien-tu': 'unauth-erase@example.vn' }],
        ['/bien-tap/xoa-du-lieu/xac-nhan', { 'thu-dien-tu': 'unauth-erase@example.vn' }],
        ['/bien-tap/dang-xuat-moi-noi', {}],
      ] as const) {
        const response = await browser.post(url, { _csrf: csrf, ...form })
        expect(response.statusCode, url).toBe(401)
        expect(response.body).not.toContain('unauth-erase@example.vn')
      }
      expect(await store.find(reference)).toMatchObject({ status: 'new' })
      expect(await store.events(reference)).toEqual([])
    })

    it('CSRF: a form sent without the token, with a wrong one or with another session\'s is refused with 403 and changes nothing', async () => {
      const reference = await submit()
      const browser = await signedIn()
      const other = await signedIn()
      await other.get('/bien-tap/gop-y')
      const url = `/bien-tap/gop-y/${reference}/trang-thai`
      for (const token of [undefined, 'not-a-token', other.csrf()]) {
        const response = await browser.post(url, { ...(token ? { _csrf: token } : {}), 'trang-thai': 'closed' })
        expect(response.statusCode, String(token)).toBe(403)
        expect(response.body).toContain('Biểu mẫu đã hết hạn')
      }
      expect((await store.find(reference))?.status).toBe('new')
      // The sign-in form is protected too (no signing a victim into the attacker's account).
      const fresh = new EditorBrowser(app)
      expect((await fresh.post('/bien-tap/dang-nhap', { ten: 'bientap', 'mat-khau': PASSWORD })).statusCode).toBe(403)
      // And with the right token the same change goes through: the refusals above were the token's doing.
      await browser.get(`/bien-tap/gop-y/${reference}`)
      expect((await browser.post(url, { _csrf: browser.csrf(), 'trang-thai': 'closed' })).statusCode).toBe(303)
      expect((await store.find(reference))?.status).toBe('closed')
    })

    it('session fixation: signing in issues a new session id, and the id from before sign-in stays signed out', async () => {
      const browser = new EditorBrowser(app)
      await browser.get('/bien-tap/dang-nhap')
      const before = browser.cookies.get('lectern_editor')
      expect(before).toBeTruthy()
      await browser.post('/bien-tap/dang-nhap', { _csrf: browser.csrf(), ten: 'bientap', 'mat-khau': PASSWORD })
      const after = browser.cookies.get('lectern_editor')
      expect(after).toBeTruthy()
      expect(after).not.toBe(before)
      const planted = new EditorBrowser(app)
      planted.cookies.set('lectern_editor', before!)
      expect((await planted.get('/bien-tap/gop-y')).headers.location).toBe('/bien-tap/dang-nhap')
      expect((await browser.get('/bien-tap/gop-y')).statusCode).toBe(200)
    })

    it('cookie flags: the session cookie is HttpOnly, SameSite=Lax, scoped to /bien-tap, and Secure when configured for HTTPS', { timeout: 30_000 }, async () => {
      const browser = new EditorBrowser(app)
      const response = await browser.get('/bien-tap/dang-nhap')
      const header = String(response.headers['set-cookie'])
      expect(header).toMatch(/^lectern_editor=/)
      expect(header).toMatch(/; HttpOnly/i)
      expect(header).toMatch(/; SameSite=Lax/i)
      expect(header).toMatch(/; Path=\/bien-tap(;|$)/)
      expect(header).not.toMatch(/; Secure/i)
      // EDITOR_SECURE_COOKIE=always behind a proxy that ends TLS (TRUST_PROXY): Secure, and never sent over plain HTTP.
      const { app: https } = await createTestApp({ feedback: store, editor: { ...options, secureCookie: true }, trustProxy: true })
      try {
        const secure = await https.inject({ method: 'GET', url: '/bien-tap/dang-nhap', headers: { 'x-forwarded-proto': 'https' } })
        expect(String(secure.headers['set-cookie'])).toMatch(/^lectern_editor=.*; Secure/i)
        expect(String(secure.headers['set-cookie'])).toMatch(/; HttpOnly/i)
        const plain = await https.inject({ method: 'GET', url: '/bien-tap/dang-nhap' })
        expect(plain.headers['set-cookie']).toBeUndefined()
      } finally {
        await https.close()
      }
    })

    it('brute force: the 11th wrong password in 15 minutes is refused with 429 and Retry-After, even when right, and the page says when to try again', { timeout: 30_000 }, async () => {
      const attacker = new EditorBrowser(app, '198.51.100.7')
      for (let n = 1; n <= 10; n++) {
        const response = await attacker.signIn('bientap', `wrong password ${n}`)
        expect(response.statusCode, `attempt ${n}`).toBe(401)
        expect(response.body).toContain('Tên đăng nhập hoặc mật khẩu không đúng')
      }
      const locked = await attacker.signIn('bientap', 'wrong password 11')
      expect(locked.statusCode).toBe(429)
      const retryAfter = Number(locked.headers['retry-after'])
      expect(retryAfter).toBeGreaterThan(14 * 60)
      expect(retryAfter).toBeLessThanOrEqual(15 * 60)
      expect(locked.body).toContain('Hãy thử lại sau')
      expect(locked.body).toMatch(/<time datetime="[^"]+">\d{1,2}:\d{2}<\/time>/)
      // Locked means locked: the right password from that address waits too.
      expect((await attacker.signIn('bientap', PASSWORD)).statusCode).toBe(429)
      // The real editor elsewhere is not locked out by a stranger's guessing.
      expect((await new EditorBrowser(app, '203.0.113.5').signIn('bientap', PASSWORD)).statusCode).toBe(303)
    })

    it('the lock-out ends by itself when the window passes (nobody can be locked out for good)', { timeout: 30_000 }, async () => {
      const { app: quick } = await createTestApp({ feedback: store, editor: { ...options, lockout: { max: 2, windowMs: 800 } } })
      try {
        const browser = new EditorBrowser(quick, '198.51.100.8')
        await browser.signIn('bientap', 'wrong 1')
        await browser.signIn('bientap', 'wrong 2')
        expect((await browser.signIn('bientap', PASSWORD)).statusCode).toBe(429)
        await new Promise((resolve) => setTimeout(resolve, 900))
        expect((await browser.signIn('bientap', PASSWORD)).statusCode).toBe(303)
      } finally {
        await quick.close()
      }
    })

    it('a reader\'s <script> and markup are shown as text in the list and the detail page, never as markup', async () => {
      const message = '<script>alert("x")</script><img src=x onerror=alert(1)> xss-marker'
      const reference = await submit({ message, name: '<b onmouseover=alert(2)>Kẻ xấu</b>', article: 'javascript:alert(3)' })
      const browser = await signedIn()
      const list = await browser.get('/bien-tap/gop-y?tim=xss-marker')
      const detail = await browser.get(`/bien-tap/gop-y/${reference}`)
      for (const page of [list.body, detail.body]) {
        expect(page).not.toMatch(/<script|<img|<b onmouseover|href="javascript:/i)
        expect(page).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;')
      }
      expect(detail.body).toContain('&lt;b onmouseover=alert(2)&gt;Kẻ xấu&lt;/b&gt;')
      expect(detail.headers['content-security-policy']).toMatch(/default-src 'none'/)
      expect(detail.headers['content-security-policy']).not.toMatch(/script-src/)
    })

    it('CSV export: UTF-8 with BOM, cells starting with = + - @ neutralised, markup left as inert text, no names or addresses', async () => {
      const marker = `csv-${Date.now()}`
      const formulas = ['=HYPERLINK("http://evil.example","bấm")', '+1+1', '-2+3', '@SUM(A1)']
      for (const formula of formulas) await submit({ message: formula, article: marker, email: 'csv-person@example.vn', name: 'Ngô Thị Csv' })
      await submit({ message: `<script>alert(1)</script> ${marker}`, article: marker })
      const browser = await signedIn()
      const response = await browser.get(`/bien-tap/gop-y.csv?tim=${marker}`)
      expect(response.statusCode).toBe(200)
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename="gop-y-\d{4}-\d{2}-\d{2}\.csv"$/)
      const raw = response.rawPayload
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
      const text = raw.toString('utf8')
      for (const formula of formulas) expect(text).toContain(`"'${formula.replace(/"/g, '""')}"`)
      expect(text).not.toMatch(/(^|,)"[=+\-@]/m)
      expect(text).toContain('"<script>alert(1)</script> ')
      expect(text).not.toContain('csv-person@example.vn')
      expect(text).not.toContain('Ngô Thị Csv')
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(6)
    })

    it('SQL metacharacters in every filter are data: no error, no extra rows, nothing dropped', async () => {
      const hit = await submit({ message: `quote ' OR '1'='1 -- and 100% _x_ \\ "; DROP TABLE feedback; --` })
      const before = await store.count()
      const browser = await signedIn()
      const search = await browser.get(`/bien-tap/gop-y?tim=${encodeURIComponent("' OR '1'='1")}`)
      expect(search.statusCode).toBe(200)
      expect(search.body).toContain(hit)
      expect(search.body).toMatch(/\(1 góp ý\)/)
      for (const text of ['%', '_', '"; DROP TABLE feedback; --', '\\']) {
        const response = await browser.get(`/bien-tap/gop-y?tim=${encodeURIComponent(text)}`)
        expect(response.statusCode, text).toBe(200)
        expect(response.body, text).toContain(hit)
        expect(response.body, text).toMatch(/\(1 góp ý\)/)
      }
      for (const [field, value] of [['chu-de', "noi-dung' OR '1'='1"], ['trang-thai', 'new; DROP TABLE feedback'], ['tu-ngay', "2026-01-01' OR 1=1"],
        ['den-ngay', '2026-01-01); DELETE FROM feedback; --']] as const) {
        const response = await browser.get(`/bien-tap/gop-y?${field}=${encodeURIComponent(value)}`)
        expect(response.statusCode, field).toBe(400)
        expect(response.body, field).toContain(`href="#${field}"`)
        expect(response.body, field).toContain('Không có góp ý nào khớp với bộ lọc.')
      }
      for (const page of ["1' OR 1=1", '-1', '1e9', '999999']) expect((await browser.get(`/bien-tap/gop-y?trang=${encodeURIComponent(page)}`)).statusCode).toBe(200)
      expect((await browser.get(`/bien-tap/gop-y/${encodeURIComponent("GY-2026-000001' OR '1'='1")}`)).statusCode).toBe(404)
      expect(await store.count()).toBe(before)
    })

    it('sign out everywhere ends every session of that editor, and the signed-out browser cannot come back with its old cookie', async () => {
      const laptop = await signedIn()
      const phone = await signedIn()
      const oldCookie = laptop.cookies.get('lectern_editor')!
      await laptop.get('/bien-tap/gop-y')
      expect((await laptop.post('/bien-tap/dang-xuat-moi-noi', { _csrf: laptop.csrf() })).headers.location).toBe('/bien-tap/dang-nhap?da-dang-xuat=1')
      expect((await phone.get('/bien-tap/gop-y')).headers.location).toBe('/bien-tap/dang-nhap')
      const replay = new EditorBrowser(app)
      replay.cookies.set('lectern_editor', oldCookie)
      expect((await replay.get('/bien-tap/gop-y')).headers.location).toBe('/bien-tap/dang-nhap')
    })
  })

  describe('inbox', () => {
    it('lists newest first with paging links, filters by topic and status, and reverses the date order on request', async () => {
      const marker = `inbox-${Date.now()}`
      const refs: string[] = []
      for (let n = 0; n < 4; n++) refs.push(await submit({ message: `${marker} ${n}`, topic: n === 3 ? 'ky-thuat' : 'noi-dung' }))
      const browser = await signedIn()
      const first = await browser.get(`/bien-tap/gop-y?tim=${marker}`)
      expect(first.body).toContain('<caption id="bang-gop-y">Góp ý, mới nhất trước: trang 1 trên 2 (4 góp ý)</caption>')
      expect(first.body.indexOf(refs[3]!)).toBeLessThan(first.body.indexOf(refs[2]!))
      expect(first.body).toContain(`href="/bien-tap/gop-y?tim=${marker}&amp;trang=2" rel="next"`)
      const second = await browser.get(`/bien-tap/gop-y?tim=${marker}&trang=2`)
      expect(second.body).toContain(refs[0])
      expect(second.body).not.toContain(refs[3])
      const oldest = await browser.get(`/bien-tap/gop-y?tim=${marker}&thu-tu=cu-nhat`)
      expect(oldest.body).toContain('aria-sort="ascending"')
      expect(oldest.body.indexOf(refs[0]!)).toBeLessThan(oldest.body.indexOf(refs[1]!))
      const topic = await browser.get(`/bien-tap/gop-y?tim=${marker}&chu-de=ky-thuat`)
      expect(topic.body).toContain('(1 góp ý)')
      expect(topic.body).toContain(refs[3])
      const today = new Date().toISOString().slice(0, 10)
      expect((await browser.get(`/bien-tap/gop-y?tim=${marker}&tu-ngay=2000-01-01&den-ngay=2000-01-02`)).body).toContain('Không có góp ý nào khớp')
      expect((await browser.get(`/bien-tap/gop-y?tim=${marker}&tu-ngay=2000-01-01&den-ngay=2100-01-01`)).body).toContain('(4 góp ý)')
      expect(today).toMatch(/^\d{4}/)
    })

    it('changes the status and adds a note with Post/Redirect/Get, recording who and when', async () => {
      const reference = await submit()
      const browser = await signedIn()
      await browser.get(`/bien-tap/gop-y/${reference}`)
      const changed = await browser.post(`/bien-tap/gop-y/${reference}/trang-thai`, { _csrf: browser.csrf(), 'trang-thai': 'answered' })
      expect(changed.statusCode).toBe(303)
      expect(changed.headers.location).toBe(`/bien-tap/gop-y/${reference}`)
      const page = await browser.get(`/bien-tap/gop-y/${reference}`)
      expect(page.body).toContain('Đã đổi trạng thái thành &quot;Đã trả lời&quot;.')
      expect(page.body).toMatch(/<strong>bientap<\/strong>: đổi trạng thái thành &quot;Đã trả lời&quot;/)
      const empty = await browser.post(`/bien-tap/gop-y/${reference}/ghi-chu`, { _csrf: browser.csrf(), 'ghi-chu': '   ' })
      expect(empty.statusCode).toBe(400)
      expect(empty.body).toContain('href="#ghi-chu"')
      await browser.post(`/bien-tap/gop-y/${reference}/ghi-chu`, { _csrf: browser.csrf(), 'ghi-chu': 'Gọi lại cho bạn đọc <sáng mai>' })
      // The longest note, in Vietnamese, fits the form's body limit once URL-encoded.
      expect((await browser.post(`/bien-tap/gop-y/${reference}/ghi-chu`, { _csrf: browser.csrf(), 'ghi-chu': 'ữ'.repeat(2000) })).statusCode).toBe(303)
      expect(await store.events(reference)).toEqual([
        expect.objectContaining({ editor: 'bientap', status: 'answered' }),
        expect.objectContaining({ editor: 'bientap', note: 'Gọi lại cho bạn đọc <sáng mai>' }),
        expect.objectContaining({ note: 'ữ'.repeat(2000) }),
      ])
      // Shown once: the message is gone on the next visit.
      expect((await browser.get(`/bien-tap/gop-y/${reference}`)).body).toContain('Đã thêm ghi chú.')
      expect((await browser.get(`/bien-tap/gop-y/${reference}`)).body).not.toContain('Đã thêm ghi chú.')
    })

    it('erases one person\'s feedback by e-mail after a confirmation, and lists only who, when and how many', async () => {
      const email = `erase-me-${Date.now()}@example.vn`
      const a = await submit({ email })
      const b = await submit({ email: email.toUpperCase() })
      const kept = await submit({ email: 'keep@example.vn' })
      const browser = await signedIn()
      await browser.get('/bien-tap/xoa-du-lieu')
      const confirm = await browser.post('/bien-tap/xoa-du-lieu', { _csrf: browser.csrf(), 'thu-dien-tu': email })
      expect(confirm.statusCode).toBe(200)
      expect(confirm.body).toContain('Có 2 góp ý gửi kèm địa chỉ')
      expect(await store.find(a)).toBeDefined()
      const done = await browser.post('/bien-tap/xoa-du-lieu/xac-nhan', { _csrf: browser.csrf(), 'thu-dien-tu': email })
      expect(done.headers.location).toBe('/bien-tap/xoa-du-lieu')
      const after = await browser.get('/bien-tap/xoa-du-lieu')
      expect(after.body).toContain('Đã xoá vĩnh viễn 2 góp ý.')
      expect(after.body).not.toContain(email)
      expect(await store.find(a)).toBeUndefined()
      expect(await store.find(b)).toBeUndefined()
      expect(await store.find(kept)).toBeDefined()
      const none = await browser.post('/bien-tap/xoa-du-lieu', { _csrf: browser.csrf(), 'thu-dien-tu': email })
      expect(none.statusCode).toBe(404)
      expect(none.body).toContain('không có gì để xoá')
    })
  })
})
